// Borrowed names: look-alike vendor domains and "work for OpenAI" claims with nothing behind
// them. The vendor and lab lists live here so they can be updated without touching the engine.
import type { SignalRuleInput } from '../schema.ts';

/** Known AI-training vendors, the labels that spell their brand, and their real domains. */
export const AI_VENDORS = [
  { name: 'DataAnnotation', brands: ['dataannotation', 'dataanotation'], domains: ['dataannotation.tech'] },
  { name: 'Outlier', brands: ['outlier', 'outlierai'], domains: ['outlier.ai'] },
  { name: 'Scale AI', brands: ['scaleai'], domains: ['scale.com', 'scaleai.com'] },
  { name: 'Remotasks', brands: ['remotasks', 'remotask'], domains: ['remotasks.com'] },
  { name: 'Appen', brands: ['appen'], domains: ['appen.com'] },
  { name: 'TELUS Digital', brands: ['telusinternational', 'telusdigital', 'telusai'], domains: ['telusinternational.com', 'telusinternational.ai', 'telusdigital.com', 'telus.com'] },
  { name: 'Mercor', brands: ['mercor'], domains: ['mercor.com', 'mercor.io'] },
  { name: 'micro1', brands: ['micro1'], domains: ['micro1.ai'] },
  { name: 'Surge AI', brands: ['surgehq', 'surgeai'], domains: ['surgehq.ai'] },
  { name: 'Handshake', brands: ['joinhandshake', 'handshakeai'], domains: ['joinhandshake.com', 'handshake.com'] },
  { name: 'Alignerr', brands: ['alignerr'], domains: ['alignerr.com'] },
  { name: 'Invisible Technologies', brands: ['invisibletech', 'invisibletechnologies'], domains: ['invisible.co', 'invisibletech.ai'] },
  { name: 'Turing', brands: ['turing'], domains: ['turing.com'] },
  { name: 'Toloka', brands: ['toloka'], domains: ['toloka.ai', 'toloka.yandex.com', 'toloka.yandex.ru'] },
  { name: 'Prolific', brands: ['prolific'], domains: ['prolific.com', 'prolific.co', 'prolific.ac'] },
];

/** Applicant-tracking systems and job boards whose subdomains carry company names legitimately. */
export const ATS_DOMAINS = [
  'greenhouse.io', 'lever.co', 'ashbyhq.com', 'workable.com', 'myworkdayjobs.com', 'smartrecruiters.com',
  'icims.com', 'bamboohr.com', 'recruitee.com', 'teamtailor.com', 'jobvite.com', 'breezy.hr', 'rippling.com',
  'dover.com', 'wellfound.com', 'personio.de', 'personio.com', 'pinpointhq.com', 'jazzhr.com', 'applytojob.com',
];

/** Unrelated organisations that happen to share a vendor's name. */
const SAME_NAME_OTHERS = ['outlier.org', 'turing.ac.uk', 'prolific.org', 'linkedin.com', 'indeed.com', 'upwork.com', 'glassdoor.com'];

const AFFIXES = [
  'ai', 'jobs', 'job', 'careers', 'career', 'hiring', 'hire', 'hr', 'work', 'works', 'team', 'app', 'global', 'recruit',
  'recruiting', 'recruitment', 'official', 'portal', 'join', 'apply', 'my', 'get', 'the', 'tasks', 'task', 'remote',
  'online', 'inc', 'llc', 'support', 'pay', 'payment', 'payments', 'onboarding', 'staff', 'talent', 'us', 'usa', 'hq',
];

/** Big employers whose names fake offers borrow; every domain they hire from (careers sites, short links, owned brands). */
const BIG_EMPLOYERS = [
  // Not the products named after them: "join Microsoft Teams", "join Google Meet", "a Google Ads role with".
  { name: 'Microsoft', brands: [String.raw`microsoft(?!\s(?:teams|excel|word|office|365|azure|dynamics|certified|outlook|sharepoint|power\s?(?:bi|apps|point|automate)))`], domains: ['microsoft.com', 'aka.ms', 'linkedin.com', 'github.com', 'bing.com'] },
  { name: 'Google', brands: [String.raw`google(?!\s(?:meet|docs|sheets|drive|ads|analytics|cloud|workspace|forms|slides|maps|play|search|chat|hangouts|certified|tag))`], domains: ['google.com', 'careers.google.com', 'withgoogle.com', 'goo.gl', 'g.co', 'youtube.com', 'deepmind.com', 'deepmind.google'] },
  { name: 'Amazon', brands: [String.raw`amazon(?!\s(?:web\sservices|aws|seller|sellers|ec2|s3|prime|associates|fba|store|storefront|listings?))`], domains: ['amazon.com', 'amazon.jobs', 'amazon.science', 'aboutamazon.com', 'mturk.com', 'a2z.com', 'amazon.co.uk', 'amazon.de', 'amazon.in'] },
  { name: 'Apple', brands: [String.raw`apple(?!\s(?:pay|music|watch|id|tv|store\sgift|gift))`], domains: ['apple.com'] },
  { name: 'NVIDIA', brands: ['nvidia'], domains: ['nvidia.com'] },
  // Not its products: "GitHub Actions", "GitHub Copilot", "your GitHub profile".
  { name: 'GitHub', brands: [String.raw`github(?!\s(?:actions|copilot|pages|repos?|repositor(?:y|ies)|profile|account|link|handle|username|issues|projects|codespaces|enterprise))`], domains: ['github.com', 'githubusercontent.com', 'microsoft.com'] },
];

/** Words that make a big name the employer: "work for OpenAI", "on behalf of", "position at". */
const CLAIM_BEFORE = [
  String.raw`work(?:ing)?\s(?:directly\s)?(?:for|at)`, String.raw`hired\sby`, String.raw`employed\sby`, String.raw`(?:recruiting|hiring)\sfor`,
  String.raw`on\sbehalf\sof`, String.raw`join(?:ing)?`, String.raw`(?:position|job|role|career|opportunity)\s(?:at|with)`,
  String.raw`contract(?:or)?\s(?:for|with)`, String.raw`employees?\sof`, String.raw`become\s(?:an?\s)?`,
];
/** "OpenAI is hiring", "Anthropic recruiters", "OpenAI needs prompt reviewers". */
const CLAIM_AFTER = [
  String.raw`(?:is|are)\s(?:now\s)?(?:hiring|recruiting|looking\sfor)`, String.raw`(?:is\s)?seeking`, 'hiring', String.raw`recruit(?:er|ment|ing)`, String.raw`hr\s(?:team|department)`,
  // "OpenAI needs prompt reviewers", "an OpenAI chatbot trainer": the lab as the employer of raters.
  String.raw`(?:needs|wants|is\soffering|is\spaying)`, String.raw`(?:\w{1,12}\s)?(?:raters?|trainers?|evaluators?|tutors?|annotators?|reviewers?)`,
];

/** Companies whose own name is the vendor's: a posting under one of them is the vendor's own. */
const TRUSTED_VENDOR_NAMES = ['outlier', 'scale ai', 'mercor', 'appen', 'telus', 'dataannotation', 'micro1', 'surge', 'handshake', 'remotasks', 'alignerr', 'invisible', 'turing', 'toloka', 'prolific', 'opentrain', 'crowdgen'];

const LABS = [
  { name: 'OpenAI', brands: [String.raw`open\s?ai`], domains: ['openai.com'] },
  { name: 'Anthropic', brands: ['anthropic'], domains: ['anthropic.com'] },
  { name: 'Google DeepMind', brands: [String.raw`(?:google\s)?deepmind`, String.raw`google\sgemini`], domains: ['deepmind.com', 'deepmind.google', 'google.com'] },
  { name: 'Meta AI', brands: [String.raw`meta\sai`, String.raw`meta\ssuperintelligence`], domains: ['meta.com', 'metacareers.com', 'facebook.com'] },
  { name: 'xAI', brands: ['xai'], domains: ['x.ai'] },
  { name: 'Mistral AI', brands: [String.raw`mistral\sai`], domains: ['mistral.ai'] },
];

/**
 * Names fake offers borrow, folded to letters: vendors, labs and big employers. None of them
 * recruits from a free-mail box, so a mailbox that spells one is never the employer's own.
 */
export const BORROWED_NAMES = [
  ...AI_VENDORS.flatMap((v) => v.brands),
  ...TRUSTED_VENDOR_NAMES.map((n) => n.replace(/[^a-z0-9]/g, '')),
  'openai', 'anthropic', 'deepmind', 'gemini', 'xai', 'mistral', 'meta', 'microsoft', 'google', 'amazon', 'apple', 'nvidia', 'github',
  // The oil, airline and consulting majors recruitment scams borrow most ("Chevron is recruiting
  // foreign applicants, send your CV to chevron.uk@…"), as the FBI's and the firms' own fraud notices
  // name them. Distinctive names only: a short one ("bp", "shell") is part of many small employers' names.
  'chevron', 'exxonmobil', 'halliburton', 'schlumberger', 'aramco', 'sasol', 'totalenergies', 'petronas', 'emirates', 'qatarairways', 'etihad',
  'airasia', 'unitednations', 'unicef', 'pfizer', 'unilever', 'walmart', 'fedex', 'infosys', 'accenture', 'deloitte',
];

export const impersonationRules: SignalRuleInput[] = [
  {
    id: 'lookalike-vendor-domain',
    kind: 'check',
    check: 'lookalike-domain',
    severity: 'high',
    title: 'Look-alike domain of a known AI-training platform',
    explanation:
      'Scammers copy the names of real AI-training platforms on domains those platforms do not own, such as DataAnnotation impersonated on .cc or .org instead of dataannotation.tech, or "outlier-careers" for outlier.ai. Type the platform\'s real address yourself and apply only there.',
    params: { vendors: AI_VENDORS, affixes: AFFIXES, ignoreDomains: [...ATS_DOMAINS, ...SAME_NAME_OTHERS] },
    examples: {
      positive: ['Register at dataannotation.cc to start earning.', 'Send your CV to jobs@outlier-careers.com.'],
      negative: ['Apply at dataannotation.tech or through outlier.ai.', 'Our application form is on jobs.lever.co/remotasks.', 'Over 240,000 taskers work flexibly on Remotasks.When you work on Remotasks, you set your hours.'],
    },
  },
  {
    id: 'ai-lab-name-without-source',
    kind: 'check',
    check: 'ai-lab-claim',
    severity: 'medium',
    title: 'Claims to hire for a big AI lab, with no real hiring source',
    explanation:
      'Posts that say "work for OpenAI" or "Anthropic is hiring raters" but come from no lab domain, known vendor or applicant-tracking page borrow the name for credibility. Much legitimate AI-training work is done through vendors, not the lab itself. Check the lab\'s own careers page before sharing anything.',
    params: {
      labs: LABS,
      claimBefore: CLAIM_BEFORE,
      claimAfter: CLAIM_AFTER,
      trustedDomains: [...AI_VENDORS.flatMap((v) => v.domains), ...ATS_DOMAINS],
      trustedCompanies: TRUSTED_VENDOR_NAMES,
      // Read after a lab's name in a title: its API or models as the employer's stack, or its money.
      productAfter: ['api', 'apis', 'automation', 'powered', 'integration', 'integrations', 'sdk', 'saas', 'plugin', 'plugins', 'stack', 'apps?', 'backed', 'funded', 'based', 'certified'],
    },
    examples: {
      positive: ['Work for OpenAI from home as a chatbot rater, $45 an hour.', 'Anthropic is hiring AI trainers now, message us to apply.', 'OpenAI needs prompt reviewers, weekly pay $1,500.', 'Become an OpenAI chatbot trainer today, $50/hr.'],
      negative: ['Help improve models similar to those from OpenAI and Anthropic.', 'Experience with OpenAI APIs is a plus.', 'Become an OpenAI API power user in your first month.', 'Anthropic is hiring research engineers: apply at job-boards.greenhouse.io/anthropic.'],
    },
  },
  {
    // LinkedIn and Indeed name "mismatched email or website domains" among job-scam signs: a fake
    // "Microsoft" offer whose every link goes to some other site.
    id: 'big-employer-offsite-links',
    kind: 'check',
    check: 'ai-lab-claim',
    severity: 'medium',
    title: 'Names a big employer, but its links go elsewhere',
    explanation:
      'The message says the job is at a big company such as Microsoft, Google or Amazon, yet its links and e-mail addresses are on other domains. Big employers hire through their own careers sites and company e-mail; a look-alike site is how fake offers collect logins, ID and bank details (LinkedIn, Indeed). Open the company\'s careers site yourself and look the job up there.',
    params: {
      labs: BIG_EMPLOYERS,
      // Only the employer's own hiring: not "become a Microsoft Certified …", "Google Ads reviewers",
      // nor a past "role at Amazon" or "that job at Google".
      claimBefore: [
        String.raw`work(?:ing)?\s(?:directly\s)?for`, String.raw`hired\sby`, String.raw`employed\sby`, String.raw`(?:recruiting|hiring)\sfor`, String.raw`on\sbehalf\sof`,
        String.raw`join(?:ing)?`, String.raw`(?:position|opportunity|vacancy|offer|career|careers)\s(?:at|with|from)`,
      ],
      claimAfter: CLAIM_AFTER.slice(0, 5),
      onlyWithOtherHosts: true,
      trustedDomains: [...AI_VENDORS.flatMap((v) => v.domains), ...ATS_DOMAINS],
      trustedCompanies: TRUSTED_VENDOR_NAMES,
    },
    examples: {
      positive: [
        'You have been selected for the Developer position at GitHub. Please complete the forms at auth.github-careers.online within 24 hours.',
        'Your application for a position at Microsoft has advanced to the final stage. Confirm your interview at careers-msft.online.',
        'Google is hiring remote assistants: send your CV to google.jobs.hr@gmail.com.',
      ],
      negative: [
        'Send links to your GitHub profile and LinkedIn with your application to jobs@lineation.ai.',
        'Your application for a position at Microsoft has advanced: see careers.microsoft.com for the next steps.',
        'Experience working at Google or Amazon is a plus.',
        'We are hiring for Google through TELUS Digital: apply at telusinternational.ai.',
      ],
    },
  },
  {
    // "greyson@chevron-hr.com": Indeed and LinkedIn name mismatched e-mail domains among job-scam signs;
    // a name plus "-hr" or "-careers" is the look-alike scammers register to pass as a company's HR.
    id: 'hr-affix-email-domain',
    kind: 'check',
    check: 'affix-email-domain',
    severity: 'medium',
    title: 'Recruiter e-mail on a "-hr" or "-careers" domain',
    explanation:
      'The address is on a domain made of a name plus "-hr", "-careers", "-recruitment" or "-jobs" (say chevron-hr.com). Companies recruit from their own domain; such look-alikes are registered to pass as a company\'s HR department (Indeed, LinkedIn: mismatched e-mail domains). Look up the company\'s real domain on its own website and write there instead.',
    params: { affixes: ['hr', 'career', 'careers', 'recruit', 'recruitment', 'recruiting', 'recruiters', 'job', 'jobs', 'hiring', 'employment', 'staffing', 'talent'] },
    examples: {
      positive: ['Kindly apply by sending your CV to greyson@chevron-hr.com for more details.', 'Write to onboarding@acme-careers.net with your ID.'],
      negative: ['Send your CV to careers@chevron.com.', 'Apply at chevron-hr.example.org/jobs or through our careers page.'],
    },
  },
  {
    // The FTC's government-job scam: a "previously undisclosed" federal or postal job, sold with a
    // fee for study guides, an exam or placement. Every federal job is public on USAJOBS.
    id: 'hidden-government-jobs',
    severity: 'medium',
    title: 'Offers "unadvertised" government jobs',
    explanation:
      'Federal jobs are all listed publicly, on usajobs.gov in the US; nobody has access to "previously undisclosed" or "unadvertised" government or postal jobs. The FTC warns that such offers end in a fee for study materials, an exam or placement. Look the job up on the government\'s own job site instead.',
    scope: 'any',
    // The rare words every match holds: not "posted" or "listed", which most postings say.
    triggers: ['undisclosed', 'unadvertised', 'unlisted', 'unpublished', 'hidden', 'secret', 'federal', 'government', 'postal', 'civil'],
    patterns: [
      String.raw`\b(?:previously\s)?(?:undisclosed|unadvertised|unlisted|unpublished|hidden|secret)\s(?:\w{1,12}\s){0,2}(?:federal|government|postal|civil[- ]service|state|public[- ]sector)\s(?:\w{1,12}\s)?(?:jobs?|positions?|vacanc(?:y|ies)|openings?|employment|careers?)\b`,
      String.raw`\b(?:federal|government|postal|civil[- ]service)\s(?:jobs?|positions?|vacanc(?:y|ies)|openings?)\s(?:\w{1,12}\s){0,4}(?:not|never)\s(?:\w{1,10}\s)?(?:publicly\s)?(?:advertised|listed|posted|published|announced)\b`,
    ],
    unless: [String.raw`\b(?:usajobs|scams?|fraud\w*|beware|warn\w*)\b`],
    examples: {
      positive: [
        'Get access to previously undisclosed federal jobs paying $25 an hour with full benefits.',
        'We place you in hidden government positions that are never advertised to the public.',
        'Postal jobs like these are not publicly advertised: call now to reserve your exam date.',
      ],
      negative: [
        'All of our federal positions are posted on USAJOBS; apply there.',
        'The contractor supports government agencies with secure document review.',
        'Some internal positions are not advertised externally before the team has met.',
      ],
    },
  },
  {
    // "More details visit today http://103.211.216.207/": a company that hires has a domain; a link
    // to a bare IP address is how phishing pages dodge domain blocklists (CISA, Google's Safe
    // Browsing guidance). In all labelled data it is only in a scam message.
    id: 'ip-address-link',
    severity: 'medium',
    title: 'A link to a bare IP address',
    explanation:
      'The link goes to a numeric address (like 103.21.16.7) instead of the company\'s website. Employers and hiring platforms link to their own domains; numeric addresses are used by phishing pages that collect your details. Do not open it; find the company\'s site yourself.',
    triggers: ['http', 'https'],
    patterns: [String.raw`\bhttps?\s?:?\s?\/\/\s?(?:\d{1,3}\.){3}\d{1,3}\b(?![.\d])`],
    examples: {
      positive: ['More details visit today http://103.211.216.207/ and fill the form.'],
      negative: ['Configure servers at 10.0.0.1 and http://localhost:8080 in the test lab.', 'Apply at https://careers.example.com/jobs/4412.'],
    },
  },
];
