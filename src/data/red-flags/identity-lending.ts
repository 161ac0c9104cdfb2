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
    triggers: ['behalf', 'split', 'proxy', 'represent', 'impersonate', 'pretend', 'pose', 'instead', 'place', 'share', 'laptop', 'laptops', 'computer', 'computers'],
    patterns: [
      // "attend the technical interviews on my behalf": a company would say "on our behalf".
      String.raw`\b(?:interviews?|calls?|meetings?|assessments?|tests?|jobs?|work|tasks?)\s(?:\w{1,12}\s){0,3}on\smy\sbehalf\b`,
      String.raw`\bon\smy\sbehalf\b.{0,60}\b(?:interviews?|calls?|job|position|employer|company|clients?)\b`,
      String.raw`\bproxy\s(?:interviews?|interviewing|interviewers?|candidates?|calls?)\b`,
      // "take coding interviews on behalf of our candidates": sitting someone else's interview.
      String.raw`\b(?:take|attend|sit|pass|do|give|clear|handle)\w{0,3}\s(?:\w{1,12}\s){0,2}interviews?\s(?:\w{1,12}\s){0,2}(?:on\sbehalf\sof|for)\s(?:our|the|other|these)\s(?:candidates?|clients?|applicants?|job\sseekers?)\b`,
      String.raw`\b(?:represent|impersonate|pretend\sto\sbe|pose\sas|act\sas)\s(?:me|my\s(?:profile|identity|skills|experience|resume|cv)|someone\selse|another\sperson)\b.{0,60}\b(?:interviews?|calls?|meetings?|job|client)\w{0,2}\b`,
      String.raw`\bsplit\s(?:the\s)?(?:salary|paychecks?|pay|income|earnings|wages?)\b`,
      // "pass the interview instead of me", "interview in place of me".
      String.raw`\binterview\w{0,3}\s(?:\w{1,12}\s){0,4}(?:instead\sof|in\splace\sof)\s(?:me|him|her|them|someone\selse|the\scandidate)\b`,
      // "I will share my income with you", "share profit to you": the pay of a job done in your name.
      String.raw`\bshare\s(?:my\s(?:income|profits?|earnings|salary)\s(?:with|to)|(?:the\s)?(?:income|profits?|earnings|salary)\sto)\syou\b`,
      // Laptop farms: the employer's laptop goes to your home, someone abroad works on it.
      String.raw`\b(?:receive|accept|host|keep|set\sup)\s(?:\w{1,12}\s){0,3}(?:laptops?|computers?)\b.{0,60}\b(?:for\sme|on\smy\sbehalf|instead\sof\sme)\b`,
      String.raw`\b(?:laptops?|computers?)\b.{0,80}\bi\scan['’]?t\sreceive\b`,
    ],
    examples: {
      positive: [
        'We need someone to take coding interviews on behalf of our candidates.',
        'I need a partner to handle technical interviews on my behalf.',
        "You'll represent my experience during interviews and we'll split the salary.",
        'Looking for a proxy interview candidate with strong React skills.',
        'I would like you to pass the interview instead of me, then I will do the job.',
        'The company ships its laptop to you and you keep the laptop on for me.',
        'Once I get the contract I will share my income with you.',
      ],
      negative: [
        'Our recruiters conduct first-round interviews on our behalf.',
        'You will represent the company at client meetings.',
        'The bonus pool is split evenly across the team.',
        'You will receive a company laptop before your first day.',
        'Instead of me explaining the interview process, watch this video.',
      ],
    },
  },
  {
    id: 'remote-access-computer',
    severity: 'high',
    title: 'Wants remote access to a computer in your home',
    explanation:
      'Being paid to keep a computer or an employer\'s laptop at home, switched on, with TeamViewer or AnyDesk so someone abroad can work on it is a "laptop farm": the employer believes you are the worker, while the person using the machine may be sanctioned or a fraudster. The FBI warns that the people hosting the laptops are prosecuted. A real job never needs your home to hide someone else.',
    triggers: ['teamviewer', 'anydesk', 'rustdesk', 'remote', 'remotely', 'computer', 'computers', 'laptop', 'laptops', 'pc'],
    patterns: [
      String.raw`\b(?:teamviewer|anydesk|rustdesk|remote\s(?:control|access|desktop))\b.{0,60}\b(?:allowing\s(?:me|us)|so\s(?:that\s)?(?:i|we)\s(?:can|could)|let(?:ting)?\s(?:me|us)|for\sme)\b`,
      // "install the attached remote desktop software so our IT can configure your computer".
      String.raw`\binstall\w{0,3}\s(?:\w{1,12}\s){0,3}(?:remote\s(?:access|control|desktop|support)|teamviewer|anydesk|rustdesk|ultraviewer)\b.{0,60}\byour\s(?:personal\s|home\s|own\s)?(?:pc|computer|laptop|device|machine)\b`,
      String.raw`\b(?:remote\s(?:access|control)|teamviewer|anydesk|rustdesk)\s(?:\w{1,12}\s){0,2}(?:to|of|on|into)\syour\s(?:personal\s|home\s|own\s)?(?:pc|computer|laptop|device|machine)\b`,
      String.raw`\b(?:computer|laptop|pc|machine)s?\b.{0,100}\b(?:turn(?:ing)?\sit\son|keep(?:ing)?\sit\s(?:on|running|powered)|connect(?:ing)?\sit\sto\sthe\sinternet)\b`,
    ],
    unless: [String.raw`\b(?:customers?|clients?|users?|end[- ]users?|employees)'?s?\s(?:\w{1,12}\s)?(?:computers?|pcs?|devices?|machines?|laptops?)\b`],
    examples: {
      positive: [
        'You must install the attached remote desktop software so our IT can configure your computer.',
        'We will install AnyDesk, allowing me to work remotely on the PC.',
        'You only need to receive the laptop, connecting it to the internet and turning it on when necessary.',
        'I need remote access to your personal computer for a few hours a day.',
      ],
      negative: [
        'Support staff use TeamViewer to fix customers\' computers remotely.',
        'We ship you a laptop; keep it updated and bring it to the offsite.',
      ],
    },
  },
  {
    id: 'account-rental',
    severity: 'high',
    title: 'Wants to rent or use your account',
    explanation:
      'Offers to "rent your Upwork account", to "work through your verified profile" for a share of the pay, or to borrow your PayPal or bank account hand a stranger your name, your tax record and your payouts. Platforms ban it, the account holder answers for whatever is done with it, and the money often comes from fraud. A real client or employer never needs your login.',
    triggers: ['rent', 'renting', 'rental', 'lease', 'leasing', 'borrow', 'borrowing', 'lend', 'use', 'access', 'through', 'login', 'log', 'credentials', 'partnership', 'account', 'accounts'],
    patterns: [
      String.raw`\b(?:rent(?:ing)?|leas(?:e|ing)|borrow(?:ing)?)\s(?:out\s)?(?:your|an?|the)\s(?:\w{1,12}\s){0,2}(?:accounts?|profiles?)\b`,
      String.raw`\b${PLATFORM}\s(?:accounts?|profiles?)\s(?:rental|renting|leasing|sharing|partnership)\b`,
      String.raw`\baccounts?\s(?:rental|renting|leasing)\b`,
      // "create an account with your info and lend me it".
      String.raw`\blend\s(?:me|us)\s(?:it|your\s(?:\w{1,12}\s)?(?:account|profile)|the\s(?:account|profile))\b`,
      // "creating an Upwork account together, using your name and a selfie".
      String.raw`\b(?:create|creating|open|opening|make|making|set\sup|setting\sup)\s(?:an?\s|the\s|your\s)?(?:new\s)?(?:\w{1,12}\s)?accounts?\s(?:together|for\s(?:me|us))\b`,
      // "let us use your Upwork account", "allowing me to utilize it", "the person who let me use his account".
      String.raw`\b(?:let|lets|letting|allow|allows|allowing|give|permit)\s(?:us|me|our\s\w{1,12})\s(?:to\s)?(?:use|utili[sz]e|access|control|operate|work\s(?:on|from|through|under|with)|bid\s(?:on|from|through|with)|log\s?in(?:to)?)\s(?:(?:your|his|her|their)\s(?:\w{1,12}\s)?(?:accounts?|profiles?)\b|it\s(?:via|through|by|with)\s(?:remote|teamviewer|anydesk))`,
      // "creating an Upwork account with your identity".
      String.raw`\baccounts?\s(?:with|using|under|in)\s(?:your|someone\selse['’]?s)\s(?:identity|id|real\sname\sand)\b`,
      // Paying the "account owner" a share: "I worked with the account owner by paying them 25%".
      String.raw`\baccount\s(?:owners?|holders?)\b.{0,60}\b\d{1,2}\s?%`,
      // "We will use your Upwork account to bid": someone else works under it. ("Use your Upwork
      // account to apply" is the posting telling you how to apply, so a first-person subject is needed.)
      String.raw`\b(?:we|i|they|our\s(?:team|company|developers|engineers))\s(?:will|would|'ll|can|could|(?:want|need|plan|would\slike)\sto)\s(?:\w{1,12}\s)?(?:use|work\s(?:on|from|through|under)|bid\s(?:on|from|through)|operate|run|manage)\s(?:your)\s${PLATFORM}\s(?:accounts?|profiles?)\b`,
      String.raw`\b(?:share|send|give|provide)\s(?:us|me)?\s?(?:your\s)${PLATFORM}\s(?:account\s)?(?:login|log-?in|credentials|password)\b`,
      // "If you're not using your freelancing platform accounts, how about sharing with me?"
      String.raw`\b(?:not|aren['’]?t|don['’]?t|no\slonger)\s(?:\w{1,12}\s)?(?:using|use)\s(?:your|the)\s(?:\w{1,12}\s){0,3}accounts?\b.{0,80}\bshar(?:e|ing)\b`,
      String.raw`\bshar(?:e|ing)\s(?:it|them|(?:your|the)\s(?:\w{1,12}\s){0,2}accounts?)\swith\s(?:me|us)\b`,
    ],
    examples: {
      positive: [
        'We want to rent your Upwork account and pay you 20% of every contract.',
        'Just let us use your verified profile and collect $300 a month.',
        'We will use your freelancer account to bid on projects for our team.',
        'This is an account rental partnership, no work needed from you.',
        'Create an account with your info and lend me it, and I will pay you weekly.',
        'Next we set up an Upwork account together using your name and photo.',
        'The person who let me use his account has stopped, so I am looking for a new partner.',
        'I paid the account owner 25% of my monthly earnings.',
        "If you're not using your freelancing platform accounts at the moment, how about sharing with me? I'll offer you 20% of the earnings.",
      ],
      negative: [
        'Apply with your LinkedIn profile or upload a resume.',
        'Use your Upwork account to submit a proposal for this job.',
        'Never share your account password with anyone, including us.',
        'You will manage client accounts and profiles in our CRM.',
        'Create an account on our portal to track your application.',
      ],
    },
  },
];
