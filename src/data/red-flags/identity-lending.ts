// Schemes that hire your identity rather than your work: sitting interviews for someone else, or
// renting out your freelancer, job-board or payment account. Freelancers on Upwork and
// LinkedIn get these offers often (FBI IC3 on North Korean IT-worker schemes, Upwork's and
// LinkedIn's trust-and-safety pages); the person whose name is used carries the fraud.
import type { SignalRuleInput } from '../schema.ts';

/** Platforms whose accounts are rented out: freelance marketplaces, job and AI-training boards, payment services. */
const PLATFORM = String.raw`(?:upwork|linkedin|fiverr|freelancer(?:\.com)?|toptal|guru|peopleperhour|outlier|data\s?annotation|remotasks|appen|telus|toloka|alignerr|mercor|github|paypal|payoneer|wise|stripe|bank|freelance|freelancing|verified)`;

export const identityLendingRules: SignalRuleInput[] = [
  {
    id: 'proxy-interview',
    severity: 'high',
    title: 'Asks you to interview or work under someone else\'s name',
    explanation:
      'Being asked to "take interviews on my behalf", "represent my profile" and "split the salary" is identity fraud: the employer thinks it is hiring someone else. The hired person is often laundering pay for a third party, and the one who stood in is exposed when it comes out (FBI warnings on proxy interviews). A real job hires you, under your own name.',
    triggers: ['behalf', 'split', 'proxy', 'represent', 'impersonate', 'pretend', 'pose'],
    patterns: [
      // "attend the technical interviews on my behalf": a company would say "on our behalf".
      String.raw`\b(?:interviews?|calls?|meetings?|assessments?|tests?|jobs?|work|tasks?)\s(?:\w{1,12}\s){0,3}on\smy\sbehalf\b`,
      String.raw`\bon\smy\sbehalf\b.{0,60}\b(?:interviews?|calls?|job|position|employer|company|clients?)\b`,
      String.raw`\bproxy\s(?:interviews?|interviewing|interviewers?|candidates?|calls?)\b`,
      String.raw`\b(?:represent|impersonate|pretend\sto\sbe|pose\sas|act\sas)\s(?:me|my\s(?:profile|identity|skills|experience|resume|cv)|someone\selse|another\sperson)\b.{0,60}\b(?:interviews?|calls?|meetings?|job|client)\w{0,2}\b`,
      String.raw`\bsplit\s(?:the\s)?(?:salary|paychecks?|pay|income|earnings|wages?)\b`,
    ],
    examples: {
      positive: [
        'I need a partner to handle technical interviews on my behalf.',
        "You'll represent my experience during interviews and we'll split the salary.",
        'Looking for a proxy interview candidate with strong React skills.',
      ],
      negative: [
        'Our recruiters conduct first-round interviews on our behalf.',
        'You will represent the company at client meetings.',
        'The bonus pool is split evenly across the team.',
      ],
    },
  },
  {
    id: 'account-rental',
    severity: 'high',
    title: 'Wants to rent or use your account',
    explanation:
      'Offers to "rent your Upwork account", to "work through your verified profile" for a share of the pay, or to borrow your PayPal or bank account hand a stranger your name, your tax record and your payouts. Platforms ban it, the account holder answers for whatever is done with it, and the money often comes from fraud. A real client or employer never needs your login.',
    triggers: ['rent', 'renting', 'rental', 'lease', 'leasing', 'borrow', 'borrowing', 'use', 'access', 'through', 'login', 'log', 'credentials', 'partnership'],
    patterns: [
      String.raw`\b(?:rent(?:ing)?|leas(?:e|ing)|borrow(?:ing)?)\s(?:out\s)?(?:your|an?|the)\s(?:\w{1,12}\s){0,2}(?:accounts?|profiles?)\b`,
      String.raw`\b${PLATFORM}\s(?:accounts?|profiles?)\s(?:rental|renting|leasing|sharing|partnership)\b`,
      String.raw`\baccounts?\s(?:rental|renting|leasing)\b`,
      // "let us use your Upwork account", "allow me to work through your profile".
      String.raw`\b(?:let|allow|give|permit)\s(?:us|me|our\s\w{1,12})\s(?:to\s)?(?:use|access|work\s(?:on|from|through|under|with)|bid\s(?:on|from|through|with)|log\s?in(?:to)?)\s(?:your)\s(?:\w{1,12}\s)?(?:accounts?|profiles?)\b`,
      // "We will use your Upwork account to bid": someone else works under it. ("Use your Upwork
      // account to apply" is the posting telling you how to apply, so a first-person subject is needed.)
      String.raw`\b(?:we|i|they|our\s(?:team|company|developers|engineers))\s(?:will|would|'ll|can|could|(?:want|need|plan|would\slike)\sto)\s(?:\w{1,12}\s)?(?:use|work\s(?:on|from|through|under)|bid\s(?:on|from|through)|operate|run|manage)\s(?:your)\s${PLATFORM}\s(?:accounts?|profiles?)\b`,
      String.raw`\b(?:share|send|give|provide)\s(?:us|me)?\s?(?:your\s)${PLATFORM}\s(?:account\s)?(?:login|log-?in|credentials|password)\b`,
    ],
    examples: {
      positive: [
        'We want to rent your Upwork account and pay you 20% of every contract.',
        'Just let us use your verified profile and collect $300 a month.',
        'We will use your freelancer account to bid on projects for our team.',
        'This is an account rental partnership, no work needed from you.',
      ],
      negative: [
        'Apply with your LinkedIn profile or upload a resume.',
        'Use your Upwork account to submit a proposal for this job.',
        'You will manage client accounts and profiles in our CRM.',
      ],
    },
  },
];
