// A company you can find: its own domain or ATS page, an address, an equal-opportunity policy,
// an official application channel.
import type { SignalRuleInput } from '../schema.ts';
import { AI_VENDORS, ATS_DOMAINS } from '../red-flags/impersonation.ts';

export const healthyIdentityRules: SignalRuleInput[] = [
  {
    id: 'known-hiring-source',
    kind: 'check',
    check: 'trusted-source',
    severity: 'medium',
    title: 'Hosted on a known hiring system or platform',
    explanation:
      'The posting or its apply link is on an applicant-tracking system (Greenhouse, Lever, Ashby, Workable and similar) or on a known AI-training platform\'s own domain. Those systems verify the employer account, which makes the posting far more likely to be real.',
    params: { domains: [...ATS_DOMAINS, ...AI_VENDORS.flatMap((v) => v.domains)], inText: true },
    examples: {
      positive: ['Apply at https://jobs.ashbyhq.com/example-ai/123.', 'Apply through boards.greenhouse.io/examplelabs.'],
      negative: ['Apply at example-careers-now.net today.'],
    },
  },
  {
    id: 'equal-opportunity',
    severity: 'low',
    title: 'Equal-opportunity statement',
    explanation:
      'An equal-opportunity or non-discrimination statement usually comes from an employer with an HR function and legal obligations. It is a small good sign, not proof.',
    triggers: ['equal', 'eoe', 'affirmative', 'regard', 'discriminate', 'diversity'],
    patterns: [
      String.raw`\bequal\s(?:employment\s)?opportunit(?:y|ies)\b`,
      String.raw`\beoe\b`,
      String.raw`\baffirmative\saction\b`,
      String.raw`\bwithout\sregard\sto\s(?:race|age|sex|gender|religion|color)\b`,
      String.raw`\b(?:does|do|will)\snot\sdiscriminate\b`,
    ],
    examples: {
      positive: ['We are an equal opportunity employer.', 'Applicants are considered without regard to race, religion or age.'],
      negative: ['Every rater gets an equal share of tasks.'],
    },
  },
  {
    id: 'company-address',
    severity: 'low',
    title: 'Company address or headquarters named',
    explanation:
      'The posting gives a street address or headquarters. A findable physical company is a good sign; check that the address exists and belongs to that company.',
    triggers: ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'suite', 'headquartered', 'headquarters', 'hq', 'offices'],
    patterns: [
      String.raw`\b\d{1,5}\s(?:[a-z]{2,20}\s){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane)\b`,
      String.raw`\bsuite\s\d{1,5}\b`,
      String.raw`\b(?:headquartered|based|hq)\sin\s[a-z]{3,}`,
      String.raw`\bheadquarters\s(?:is\s|are\s)?(?:in|at)\s[a-z]{3,}`,
    ],
    examples: {
      positive: ['Our office is at 120 Market Street, Suite 400.', 'We are headquartered in Austin, Texas.'],
      negative: ['Road safety data is one of our annotation projects.'],
    },
  },
  {
    id: 'official-apply-channel',
    severity: 'low',
    title: 'Applications through an official channel',
    explanation:
      'The posting sends you to apply through the company\'s own careers site or portal rather than a chat app or personal email. That keeps your data in a system the company controls.',
    triggers: ['apply', 'applications', 'application'],
    patterns: [
      String.raw`\bapply\s(?:only\s)?(?:online\s)?(?:through|via|on|at|using)\s(?:our|the)\s(?:official\s)?(?:careers?|jobs|company|application)\s(?:page|site|portal|website|form)\b`,
      String.raw`\b(?:applications|apply)\s(?:are\s)?(?:only\s)?(?:accepted\s)?(?:through|via)\s(?:our|the)\s(?:official\s)?(?:website|careers?\s(?:page|site|portal))\b`,
    ],
    examples: {
      positive: ['Please apply through our careers page.', 'Applications are only accepted through the official careers portal.'],
      negative: ['Please apply by messaging us on Telegram.'],
    },
  },
  {
    id: 'warns-about-impersonators',
    severity: 'low',
    title: 'Warns about fake recruiters',
    explanation:
      'The posting tells you how the company does and does not contact people ("we only email from @company.com", "we will never contact you on WhatsApp"). Companies that are impersonated write this; it gives you a rule to check every later message against. A scam can copy the sentence, so it counts only with other signs.',
    triggers: ['never', 'only', 'beware', 'impersonat', 'impersonating', 'impersonators', 'fraudulent', 'scams', 'scammers', 'phishing'],
    patterns: [
      String.raw`\b(?:we|our\s(?:recruiters?|team|hiring\steam|staff))\s(?:will\s)?(?:only|never)\s(?:contact|email|e-mail|message|reach\sout\sto|reach|text|call)\s(?:you\s)?(?:from|on|via|through|using|by|over)\b`,
      String.raw`\b(?:only|exclusively)\s(?:from|use|uses|using)\s(?:an?\s|our\s)?@[a-z0-9-]{2,40}\.[a-z]{2,10}\b`,
      String.raw`\b(?:beware|be\swary|be\saware)\sof\s(?:\w{1,12}\s){0,2}(?:scams?|fraud\w{0,4}|impersonat\w{1,4}|fake\s(?:recruiters?|job\soffers?|offers?)|phishing)\b`,
      String.raw`\b(?:scammers|fraudsters|bad\sactors)\s(?:\w{1,12}\s){0,3}(?:impersonat\w{1,4}|pos(?:e|ing)\sas|pretend\w{0,3}\sto\sbe)\b`,
    ],
    examples: {
      positive: [
        'Our recruiters only email from @acme.com addresses.',
        'Be wary of scams: we will never contact you on WhatsApp or Telegram.',
        'Scammers sometimes impersonate our recruiters; report anything suspicious.',
      ],
      negative: ['We only hire in the United States.', 'Message us on Telegram for details.'],
    },
  },
];
