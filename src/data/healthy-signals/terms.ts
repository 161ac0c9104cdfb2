// Money and paperwork in the open: stated pay, written terms, an explicit no-fee promise.
import type { SignalRuleInput } from '../schema.ts';
import { NEVER_CHARGE } from '../red-flags/shared.ts';

export const healthyTermsRules: SignalRuleInput[] = [
  {
    id: 'never-charges-fees',
    severity: 'high',
    title: 'States it never charges you',
    explanation:
      'The posting says outright that it never asks candidates for money. Reputable platforms (Appen, for example) publish exactly this; scams rarely do. Still, hold them to it: if anyone later asks for a fee, stop.',
    triggers: ['never', 'no', 'free', 'zero', 'not', 'won', 'don', 'doesn'],
    patterns: NEVER_CHARGE,
    examples: {
      positive: ['We will never ask you to pay for training or equipment.', 'There is no application fee.'],
      negative: ['A small registration fee applies to all new raters, with no refunds.'],
    },
  },
  {
    id: 'stated-pay-rate',
    severity: 'medium',
    title: 'Pay rate stated',
    explanation:
      'The posting states its rate or salary range. Transparent pay lets you judge the offer and compare it with the market before you invest time.',
    scope: 'text',
    triggers: ['hour', 'hr', 'hourly', 'h', 'year', 'yr', 'annum', 'annually', 'month', 'task', 'salary', 'pay', 'rate', 'compensation'],
    patterns: [
      String.raw`(?:\$|€|£|₹)\s?\d[\d,.]{0,9}k?\s?(?:(?:-|–|to)\s?(?:\$|€|£|₹)?\s?\d[\d,.]{0,9}k?\s?)?(?:usd\s)?(?:\/\s?|per\s|an?\s)(?:hour|hr|h|year|yr|annum|month|task)\b`,
      String.raw`\b(?:salary|pay|rate|compensation)(?:\srange)?\s?(?:of|is|:)?\s?(?:up\sto\s)?(?:\$|€|£|₹)\s?\d`,
    ],
    examples: {
      positive: ['Pay: $40-$60 per hour depending on expertise.', 'The salary range is $95,000 to $120,000.'],
      negative: ['Pay is competitive and discussed at interview.'],
    },
  },
  {
    id: 'written-terms',
    severity: 'low',
    title: 'Written contract or terms',
    explanation:
      'The posting mentions a written contract, contractor agreement or terms of engagement. Work under written terms gives you something to hold the company to when it comes to pay.',
    triggers: ['contract', 'agreement', 'terms', 'nda', 'offer', 'statement'],
    patterns: [
      String.raw`\b(?:(?:independent\s)?contractor\sagreement|written\s(?:contract|agreement|offer)|terms\sof\s(?:service|engagement|work)|employment\s(?:contract|agreement)|statement\sof\swork|non[- ]disclosure\sagreement|nda|offer\sletter|service\sagreement)\b`,
    ],
    examples: {
      positive: ['You will sign an independent contractor agreement before starting.', 'All work is covered by a statement of work.'],
      negative: ['Agreement on the best answer is reached by majority vote.'],
    },
  },
];
