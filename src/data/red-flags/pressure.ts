// Pressure to act before you can think or check (FTC guidance).
import type { SignalRuleInput } from '../schema.ts';

export const pressureRules: SignalRuleInput[] = [
  {
    id: 'pressure-to-act-now',
    severity: 'medium',
    title: 'Pressure to act now',
    explanation:
      '"Limited slots", "reply within 24 hours" or "don\'t miss out" push you to decide before you check who you are dealing with. Real hiring processes take days and tolerate questions (FTC). Slow down and verify the company first.',
    scope: 'any',
    triggers: ['limited', 'within', 'act', 'now', 'first', 'miss', 'pass', 'filling', 'fast', 'hurry', 'expires', 'expire', 'today', 'still', 'left', 'remaining'],
    patterns: [
      String.raw`\blimited\s(?:number\sof\s)?(?:slots?|spots?|seats?|openings|places)\b`,
      String.raw`\b(?:only\s)?(?:\d{1,3}|few)\s(?:slots?|spots?|seats?|places)\s(?:left|remaining|available)\b`,
      String.raw`\b(?:respond|reply|apply|confirm|register|sign\sup|answer|act)\s(?:\w{1,10}\s){0,2}within\s(?:the\snext\s)?(?:\d{1,2}|one|two|twenty[- ]four|forty[- ]eight)\s?(?:hours?|hrs?|minutes|mins)\b`,
      String.raw`\b(?:act|apply|register|sign\sup|join|start)\s(?:right\s)?now\b.{0,30}\b(?:before|or\s(?:miss|lose)|limited|only|spots|slots)\b`,
      String.raw`\bfirst[- ]come,?\s(?:first[- ]served?|basis)\b`,
      String.raw`\b(?:don'?t|do\snot)\s(?:let\sthis\s(?:opportunity|chance)\s(?:pass|slip)|miss\s(?:out|this\s(?:opportunity|chance)))\b`,
      String.raw`\b(?:spots?|slots?|positions?|seats?|openings)\s(?:are\s)?(?:filling|going)\s(?:up\s)?(?:fast|quickly)\b`,
      String.raw`\b(?:offer|invitation|link)\s(?:expires|will\sexpire)\s(?:in|within|today|tonight)\b`,
      String.raw`\bget\sstarted\s(?:right\s)?now\b`,
      String.raw`\bhurry\b`,
    ],
    examples: {
      positive: [
        'Only 5 slots left, reply within 24 hours to secure yours.',
        'Positions are filling fast, so don\'t miss out.',
        'Hurry, first come first served.',
      ],
      negative: [
        'Applications close on 30 June; we reply to everyone within two weeks.',
        'Limited travel may be required.',
      ],
    },
  },
];
