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
    triggers: ['limited', 'within', 'act', 'now', 'first', 'miss', 'pass', 'filling', 'fast', 'hurry', 'expires', 'expire', 'today', 'still', 'left', 'remaining', 'disappear', 'vanish', 'reserve', 'hold', 'swift', 'timely', 'hours', 'hour', 'hrs', 'minutes', 'mins'],
    patterns: [
      // "Act fast: positions fill within the day". Not "Act fast: projects fill up quickly", a task
      // platform telling contributors when work runs out.
      String.raw`\bact\s(?:fast|now|quickly)\s?[:!—–-].{0,40}\b(?:positions?|spots?|slots?|places?|seats?|vacanc(?:y|ies)|offer|opportunit(?:y|ies))\b`,
      String.raw`\b(?:positions?|spots?|slots?|seats?|places?)\s(?:\w{1,10}\s)?(?:fill|go|close|run\sout)\s(?:up\s)?(?:with)?in\s(?:the|a|one|an|few|\d{1,2})\s(?:day|hour|hours|few\shours)\b`,
      String.raw`\blimited\s(?:number\sof\s)?(?:slots?|spots?|seats?|openings|places)\b`,
      // "Positions are limited!": scarcity as the last word of the ad.
      String.raw`\b(?:positions?|slots?|spots?|seats?|places|vacancies|openings)\s(?:are|is)\s(?:very\s|strictly\s)?limited\s?[!.]`,
      String.raw`\b(?:only\s)?(?:\d{1,3}|few)\s(?:slots?|spots?|seats?|places)\s(?:left|remaining|available)\b`,
      String.raw`\b(?:respond|reply|apply|confirm|register|sign\sup|answer|act)\s(?:\w{1,10}\s){0,2}within\s(?:the\snext\s)?(?:\d{1,2}|one|two|twenty[- ]four|forty[- ]eight)\s?(?:hours?|hrs?|minutes|mins)\b`,
      // "You have 24 hours to complete the application process": not a timed test ("2 hours to complete the assessment").
      String.raw`\byou\s(?:only\s)?have\s(?:only\s)?(?:\d{1,2}|one|two|twenty[- ]four|forty[- ]eight)\s?(?:hours?|hrs?|minutes|mins)\sto\s(?:(?:complete|submit|fill\s(?:out|in)|finish)\s(?:the\s|your\s|these\s|this\s|all\s)?(?:\w{1,12}\s)?(?:application|forms?|registration|hiring\sprocess|onboarding|paperwork|documents)|accept|confirm|respond|reply)\b`,
      String.raw`\b(?:act|apply|register|sign\sup|join|start)\s(?:right\s)?now\b.{0,30}\b(?:before|or\s(?:miss|lose)|limited|only|spots|slots)\b`,
      // Not "tasks are offered on a first-come, first-served basis": how task platforms hand out work.
      String.raw`(?<!\b(?:tasks?|projects?|work|assignments?|jobs|hits)\s(?:\w{1,12}\s){0,4})\bfirst[- ]come,?\s(?:first[- ]served?|basis)\b`,
      String.raw`\b(?:don['’]?t|do\snot)\s(?:let\sthis\s(?:opportunity|chance)\s(?:pass|slip)|miss\s(?:out|this\s(?:opportunity|chance)))\b`,
      String.raw`\b(?:spots?|slots?|positions?|seats?|openings)\s(?:are\s)?(?:filling|going)\s(?:up\s)?(?:fast|quickly)\b`,
      String.raw`\b(?:offer|invitation|link)\s(?:expires|will\sexpire)\s(?:in|within|today|tonight)\b`,
      String.raw`\bget\sstarted\s(?:right\s)?now\b`,
      String.raw`\bhurry\b`,
      // "this opportunity will disappear fast", "the offer may be gone soon".
      String.raw`\b(?:opportunity|offer|position|role|spot|job|chance)\s(?:will|may|might|could|is\sgoing\sto)\s(?:disappear|vanish|be\sgone|go|close|expire)\s(?:fast|quickly|soon|today)\b`,
      // "we can only reserve your spot for 24 hours".
      String.raw`\b(?:reserve|hold|keep)\s(?:your\s|the\s|this\s)?(?:spot|place|position|slot|seat|offer|job)\s(?:open\s)?(?:for\s)?(?:only\s)?(?:\d{1,2}|twenty[- ]four|forty[- ]eight|one|two)\s(?:hours?|hrs)\b`,
      // "your swift and timely response matters".
      String.raw`\b(?:swift|timely|prompt|immediate)\s(?:and\s(?:swift|timely|prompt|immediate)\s)?(?:response|reply)\s(?:\w{1,10}\s){0,2}(?:matters|is\s(?:required|needed|necessary|important))\b`,
    ],
    examples: {
      positive: [
        'How to apply: add our HR manager and send your name. Positions are limited!',
        'Act fast: positions fill within the day and will not be reposted.',
        'Only 5 slots left, reply within 24 hours to secure yours.',
        'Positions are filling fast, so don\'t miss out.',
        'Hurry, first come first served.',
        'This offer will disappear fast, so confirm tonight.',
        'We can hold your place for 24 hours only.',
        'Your swift and timely response is required to secure the role.',
        'Important: you have 24 hours to complete the application process.',
      ],
      negative: [
        'Once you start, you have 2 hours to complete the assessment.',
        'Act fast: projects fill up quickly, so complete your qualification exam within 7 days.',
        'Applications close on 30 June; we reply to everyone within two weeks.',
        'Limited travel may be required.',
        'We hold the offer open for two weeks while you decide.',
        'Hold the position for two years before applying for promotion.',
        'All tasks are offered on a first-come, first-served basis.',
      ],
    },
  },
  {
    id: 'urgent-hiring',
    // Honest employers also fill posts quickly, so alone this is a minor sign; it counts with others.
    severity: 'low',
    title: 'Urgent hiring, start at once',
    explanation:
      '"Urgently hiring", "immediate start" or "contact us immediately" rushes you past the checks you would normally make: who the employer is, what the job is, what it pays. Fake job offers lean on urgency (FTC); a real employer can wait a day while you look them up. Take the time to verify the company through its own website.',
    scope: 'any',
    triggers: ['urgent', 'urgently', 'immediate', 'immediately', 'asap'],
    patterns: [
      String.raw`\burgent(?:ly)?\s(?:need(?:s|ed)?|hiring|requir(?:es|ed|ement)|seek(?:s|ing)|looking|wanted|opening|vacanc(?:y|ies)|recruit(?:ing|ment))\b`,
      String.raw`\b(?:need(?:s|ed)?|hiring|requir(?:es|ed))\surgently\b`,
      String.raw`\bimmediate\s(?:openings?|hir(?:e|es|ing)|start|joining|joiners?|vacanc(?:y|ies)|placements?|employment)\b`,
      String.raw`\b(?:start|begin|join|hir(?:e|ed|ing))\s(?:work(?:ing)?\s)?(?:immediately|asap)\b`,
      String.raw`\b(?:contact|call|text|email|message)\s(?:us|me|our\s(?:office|manager|recruiter))\s(?:immediately|asap|right\saway|at\sonce)\b`,
    ],
    unless: [String.raw`\b(?:not|no)\s(?:an?\s)?(?:urgent|immediate)\b`],
    examples: {
      positive: [
        'Our client urgently needs reliable workers for its new branch.',
        'Immediate start available for all successful applicants.',
        'Interested persons should contact us immediately for placement.',
      ],
      negative: [
        'Report safety incidents to your immediate supervisor.',
        'This is not an urgent hire; we will take time to meet every candidate.',
        'You will escalate urgent cases to the on-call physician.',
      ],
    },
  },
];
