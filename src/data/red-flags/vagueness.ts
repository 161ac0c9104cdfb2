// What the posting leaves out or inflates: no real task, no pay, pay far above the work,
// placeholder text. Mostly low severity: each is weak alone and adds up with others.
import type { SignalRuleInput } from '../schema.ts';
import { IN_PERSON_WORKPLACE, FREE_MAIL } from './contact-channels.ts';

/** Anything that says who the employer is: a name with a legal form, an "about us", a self-description. */
// "Join our team", "serve our clients" name no one: every posting, a scam's too, has a team.
const COMPANY_IDENTITY = String.raw`\b(?:about\s(?:us|the\s(?:company|team|employer))|who\swe\sare|company\s(?:overview|profile|description)|company\s?:|employer\s?:|founded\sin|our\s(?:company|mission|story|firm|organi[sz]ation|business)|we\sare\s(?:a|an|the)\b|headquartered|inc\b|llc|llp\b|ltd|gmbh|corporation|(?:is|are)\s(?:a|an|the)\s(?:leading|global|growing|fast|well[- ]known))`;

/**
 * The employer's name after "role at", "team at", "here at" ("The Virtual Assistant role at Modern
 * Tribe"): read in its letter case, so a capital starts the name and "role at home" names nobody.
 * The role word is checked behind " at " once that is found: a regex that starts with the choice
 * of role words is tried at every word of the text, five times slower.
 */
// Capitalised words after "at" that start no employer's name ("at The…", "at Home", "at Least").
const NOT_A_NAME = 'The|This|Our|Your|All|Any|Home|Least|Times|First|Work|Night';
const EMPLOYER_NAMED_AT = String.raw`\sat\s(?<=\b(?:[Rr]ole|[Pp]osition|[Jj]obs?|[Tt]eam|[Cc]areers?|[Hh]ere|[Oo]pportunity|[Ll]ife|[Ii]nternship)\sat\s)(?!(?:${NOT_A_NAME}|A|An|Us|Me)\b)\p{Lu}[\p{L}\d&'.-]+`;
/** "We at Yapsody India are seeking…", "At Harbor Tools, we…": the employer names itself. In its letter case. */
const EMPLOYER_SAYS_WE = String.raw`\b[Ww]e\sat\s(?!(?:${NOT_A_NAME})\b)\p{Lu}[\p{L}\d&'.-]+|(?:^|[.!?]\s|\n)At\s(?!(?:${NOT_A_NAME})\b)\p{Lu}[\p{L}\d&'.-]+(?:\s\p{Lu}[\p{L}\d&'.-]+){0,3},\s[Ww]e\b`;
/** Capitalised words that open a sentence but name no employer ("Company is hiring", "We are seeking"). */
const NOT_AN_EMPLOYER = 'We|I|You|They|He|She|It|Who|Company|Client|Firm|Agency|Business|Employer|Recruiter|Recruiters|Management|Everyone|Someone|Nobody|Now|Currently|Still';
// "is seeking", and "is a solopreneur seeking", "is a growing agency looking for".
const IS_HIRING = String.raw`\s(?:is|are)\s(?:currently\s|now\s|actively\s)?(?:an?\s(?:[\p{L}-]+\s){1,3})?(?:in\ssearch\sof|seeking|looking\sfor|hiring|recruiting)\b`;
/**
 * "Kuluntu Reproductive Justice Center (KRJC) is in search of a virtual assistant", "Harbor Tools
 * is hiring": a sentence that opens with the employer's name. In its letter case; the name is
 * checked behind the verb once that is found, so the regex is not tried at every word. The name
 * may carry an aside ("MobyMax, creator of the fastest growing K-8 curriculum, is looking for"). Not a
 * heading run into "We are seeking" by flattened text ("Customer Service SpecialistWe are…").
 */
const EMPLOYER_IS_HIRING = String.raw`(?<!We)${IS_HIRING}(?<=(?:^|[.!?:]\s|\n)\s*(?!(?:${NOT_A_NAME}|${NOT_AN_EMPLOYER})\b)\p{Lu}[\p{L}\d&'.-]*(?:\s(?:(?:of|for|and|&)\s)?\p{Lu}[\p{L}\d&'.-]*){0,5}(?:\s\([\p{Lu}\d&.]{2,10}\))?(?:,\s[^,.!?\n]{3,100},)?${IS_HIRING})`;
/**
 * "As a shopper for MemberShoppers", "As an evaluator for BARE International", "working for Harbor
 * Tools": the employer after the worker's "for". In its letter case; the capital after "for" is
 * asked first, so the words behind it are read at few of the many "for"s.
 */
const EMPLOYER_NAMED_FOR = String.raw`\sfor\s(?!(?:${NOT_A_NAME}|${NOT_AN_EMPLOYER}|A|An|Us|Me|Yourself|Free)\b)\p{Lu}(?<=\b(?:[Ss]hoppers?|[Ww]ork|[Ww]orking|[Cc]ontractors?|[Dd]rivers?|[Aa]mbassadors?|[Aa]s\san?\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+)\sfor\s\p{Lu})[\p{L}\d&'.-]*`;
/** Nouns a business describes itself by ("Good Samaritan Home Health Agency is a licensed home care agency"). */
const BUSINESS_NOUN = 'company|agency|firm|provider|organi[sz]ation|business|startup|start-up|service|platform|brand|group|manufacturer|practice|clinic|hospital|school|nonprofit|non-profit|charity|employer|leader|retailer|consultancy|studio|restaurant|store|shop';
/**
 * A capitalised name that says what business it is: "Good Samaritan Home Health Agency is a
 * licensed home care agency", "Tawkify is the fresh, smart matchmaking service".
 * In its letter case. Anchored on "is a": the capitalised name is read behind it and the noun ahead,
 * twice as fast as anchoring on the nouns.
 */
const EMPLOYER_DESCRIBED = String.raw`\s(?:is|are|was)\s(?:a|an|the)\s(?=(?:[\p{L},'&-]+\s){0,5}(?:${BUSINESS_NOUN})\b)(?<=(?:^|[^\p{L}\d&'.-])(?!(?:${NOT_A_NAME}|${NOT_AN_EMPLOYER}|There|Here|What|Which|Why|How|Team|Position|Role|Job|Data|Customer|Remote|Office|Online)\b)\p{Lu}[\p{L}\d&'.-]*(?:\s\p{Lu}[\p{L}\d&'.-]*){0,5}\s(?:is|are|was)\s(?:a|an|the)\s)`;
/** "We're SkyVerge and we love eCommerce", "We are Harbor Tools, a family firm": the employer says its name. In its letter case. */
const EMPLOYER_WE_ARE = String.raw`\b[Ww]e(?:['’]re|\sare)\s(?!(?:${NOT_A_NAME}|${NOT_AN_EMPLOYER}|Hiring|HIRING|Looking|Seeking|Recruiting|Growing|Expanding|Excited|Proud|Committed|Passionate|Currently|Always|Not)\b)\p{Lu}[\p{L}\d&'.-]+(?:\s\p{Lu}[\p{L}\d&'.-]+){0,3}(?=,|\.|!|\sand\b|\s\()`;
/**
 * "About Mercor", "**About Uline**": a heading of its own line that names the employer, as careers
 * pages head their company section. In its letter case; "About the Role", "About You" name nobody.
 */
const EMPLOYER_ABOUT = String.raw`(?:^|\n)[\s#*]*About\s(?!(?:${NOT_A_NAME}|Us|You|Me|Yourself|Role|Position|Job|Company|Team|Opportunity|Project|Program|Programme|Benefits|Pay|Compensation)\b)\p{Lu}[\p{L}\d&'.-]*(?:\s\p{Lu}[\p{L}\d&'.-]*){0,3}[\s*:]*\n`;
/** "email us at hello@lineation.ai": an address on the employer's own domain (not a free-mail one) says who it is. */
const COMPANY_EMAIL = String.raw`[\w.+-]@(?!(?:${FREE_MAIL})\.)[A-Za-z0-9][A-Za-z0-9-]*\.[A-Za-z]{2,}`;
/** Any mention of pay: a figure with a currency, a rate, "competitive salary". */
const PAY_MENTION = [
  String.raw`(?:\$|€|£|₹|¥|usd\s?|eur\s?|gbp\s?|inr\s?|rs\.?\s?)\d`,
  String.raw`\d\s?(?:usd|eur|gbp|inr|k\b|lpa|€|£)`,
  String.raw`\b(?:salary|compensation|pay|wage|rate|stipend|remuneration|hourly|per\shour)\b.{0,40}\d`,
  String.raw`\b(?:paid\shourly|hourly\srate|per\stask|competitive\s(?:pay|salary|compensation|rates?)|pay\s(?:range|rate|scale))\b`,
];

/** Benefits named at all: "benefits", health insurance, paid leave, a pension, perks. */
const BENEFITS_MENTION = String.raw`\bbenefits?\b|\bhealth\s(?:insurance|care|plan)\b|\bpaid\s(?:time\soff|leave|holidays?|vacation)\b|\bPTO\b|\b401\s?\(?k\b|\bdental\b|\bpension\b|\bvacation\b|\bperks\b`;

/** Words that say nothing of employer, pay or skills: pads examples past a rule's minimum length. */
const FILLER =
  'The role suits self-starters who like variety in their work and enjoy helping others. Training will be provided and you can begin soon, at times that suit you. ' +
  'Every day brings something new, and you will learn a lot along the way with the support of friendly colleagues. Please send your details and we will get back to you ' +
  'shortly with the next steps of the process. We look forward to hearing from you and to welcoming you on board, and we hope you will stay with us for many years to come.';

/**
 * Words of a job offer: hiring, a position, duties, requirements, pay, an opportunity, a household job ("care for
 * my pet", a nanny, a sitter), in English or the other languages' word for work.
 */
const OFFERS_WORK = String.raw`\b(?:hiring|we\s(?:are|['’]re)\s(?:looking|seeking|searching|recruiting)|looking\sfor\s(?:an?\s|\w+\s)?(?:candidates?|individuals?|people|persons?|applicants?|staff|workers?)|job\s(?:description|opening|offer|opportunity|title|summary|type)|positions?|vacanc(?:y|ies)|apply|applicants?|candidates?|join\s(?:our|the|us)|responsibilities|requirements|qualifications|duties|salary|compensation|full[- ]time|part[- ]time|employment|offering|collaborat\w*|opportunit(?:y|ies)|earn\w*|income|data\sentry|sitter|sitting|nanny|caregiver|babysit\w*|care\sfor\s(?:my|our)|errands?|trabajo|empleo|emploi|lavoro|trabalho|arbeit|stelle|project)\b`;

/** Office, data-entry and customer-service jobs: the kinds fake postings copy most (FTC, LinkedIn). */
// A rater of customer-service chats ("Customer Support AI Rater") is evaluator work, not an office job.
const OFFICE_JOB_TITLE = String.raw`^(?!.*\b(?:AI|rater|raters|evaluator|evaluators|annotator|annotators|annotation|labell?ing)\b).*?\b(?:data\s?entry|administrative|admin\s(?:assistant|clerk|support)|office\s(?:assistant|clerk|support|administrator)|clerks?\b|clerical|customer\s(?:service|support|care)|receptionist|typists?\b|secretary|call\s?cent(?:er|re)|payroll|bookkeep|personal\s(?:assistant|secretary)|virtual\sassistant|mystery\sshop|work\s(?:from|at)\shome|home[- ]based|packag(?:e|ing)\s(?:handler|processor)|reshipp)`;

export const vaguenessRules: SignalRuleInput[] = [
  {
    id: 'vague-simple-tasks',
    severity: 'low',
    title: 'Vague "simple online tasks"',
    explanation:
      'Real AI-training postings say what you will evaluate, in which domain, and against what standard. "Simple tasks from your phone, a few minutes a day" without that detail is how task scams describe themselves (FTC). Ask what exactly the work is and who the client is.',
    triggers: ['simple', 'easy', 'basic', 'quick', 'small', 'clicks', 'click', 'minutes', 'mins', 'hours', 'hour', 'hrs'],
    patterns: [
      String.raw`\b(?:simple|easy|basic|quick|small)\s(?:online\s|daily\s|phone\s|mobile\s|app\s)?(?:tasks?|jobs?|assignments?|work)\b.{0,40}\b(?:phone|smartphone|online|from\shome|daily|minutes|earn|paid|clicks?|anywhere)\b`,
      String.raw`\bjust\sa\sfew\s(?:clicks|minutes\s(?:a|per)\sday)\b`,
      String.raw`\b(?:earn|paid|money)\b.{0,30}\bjust\s(?:a\sfew\s)?clicks?\b`,
      // Not where an hourly or per-task rate follows: "give 2 hours a day and earn $20 per hour" is a rate.
      String.raw`\b(?:(?:\d{1,3}(?:\s?(?:-|–|to)\s?\d{1,3})?|a\sfew|few|couple\sof)\s(?:minutes|mins)|(?:[1-3](?:\s?(?:-|–|to)\s?[1-3])?|a\sfew|few|couple\sof|one|two)\s(?:hours?|hrs))\s(?:a|per|each)\sday\b.{0,60}\b(?:earn|make|paid|income)(?!\w{0,3}\s(?:\$|€|£|₹|usd\s?|rs\.?\s?)?\d[\d,.]*\s?(?:\/\s?(?:hour|hr|h)\b|per\s(?:hour|task|lesson|session)\b|an\shour\b|hourly\b|a\stask\b|for\s(?:each|every)\s(?:lesson|task|session)\b))`,
      // "only work 30 to 60 minutes and earn", "just 20 minutes a day" (minutes, not hours, sold as a perk).
      String.raw`\b(?:only|just)\s(?:work\s|need\s|takes?\s|spend\s)?(?:\d{1,3}(?:\s?(?:-|–|to)\s?\d{1,3})?|a\sfew|few)\s(?:minutes|mins)\b(?:\s(?:a|per|each)\sday\b|.{0,40}\b(?:earn|make|income|money)\b)`,
      String.raw`\b(?:earn|make)\w{0,3}\b.{0,60}\b(?:in|with)\s(?:only|just)\s(?:\d{1,3}(?:\s?(?:-|–|to)\s?\d{1,3})?|a\sfew|few)\s(?:minutes|mins|hours?|hrs)\b`,
    ],
    examples: {
      positive: [
        'Complete simple online tasks from your phone and get paid daily.',
        'Just a few clicks and you earn.',
        'Spend 45-75 minutes per day on the app and collect your income each night.',
        'It takes just 20 minutes a day.',
        'Only 15 to 40 minutes of your time and the money is yours.',
      ],
      negative: [
        'Evaluate chatbot answers to cardiology questions against a five-point rubric.',
        'Small team, quick decisions, and a flexible schedule.',
        'To apply, just click the button below.',
        'Expect to spend 10 to 20 hours a week on tasks; pay is $25 per hour.',
        'The onboarding quiz takes only 15 minutes.',
        'Commit 2 hours per day and earn $20 per hour on rating tasks.',
        'Tutors teach 2 hours a day and get paid $40 for each lesson.',
      ],
    },
  },
  {
    id: 'no-pay-information',
    kind: 'absence',
    severity: 'low',
    title: 'No pay information',
    explanation:
      'The posting never says what it pays. Many honest postings leave pay out, but for contract AI-training work a rate is normal; without one you cannot judge the offer, and scam posts often hide pay until you are "onboarded". Ask for the rate in writing before any work.',
    scope: 'any',
    patterns: PAY_MENTION,
    params: { skipIfPay: true, minChars: 300 },
    examples: {
      positive: [
        'We are looking for motivated people to join our growing team. You will help with various projects and support our clients. The role is remote and flexible and suits self-starters who like variety in their work. Training will be provided by our friendly staff and you can begin soon. Please send your details to our office and we will get back to you shortly with the next steps of the process.',
      ],
      negative: [
        'We are looking for motivated reviewers to join our growing team. You will rate chatbot answers and support our clients. The role is remote and flexible and suits self-starters who like variety in their work. Training will be provided by our friendly staff and you can begin soon. Pay is $30 per hour, paid weekly. Please send your details to our office and we will get back to you shortly with next steps.',
      ],
    },
  },
  {
    id: 'implausible-pay',
    kind: 'check',
    check: 'implausible-pay',
    severity: 'high',
    title: 'Pay far above the work, no experience needed',
    explanation:
      'Hundreds of dollars a day or for one survey or mystery shop, or $60 an hour and more (a day\'s pay for a few hours a day counts by the hour), for work that "needs no experience" is not how the market pays. Expert AI-evaluation rates that high come with a degree or licence requirement and an assessment. Pay that good with no bar to entry is bait.',
    params: {
      hourly: 60,
      daily: 400,
      weekly: 2000,
      monthly: 8000,
      extremeFactor: 5,
      extremeHourly: 500,
      // A survey or a mystery shop: with an easy-money line, or past the extreme with none.
      perShop: 100,
      extremePerShop: 300,
      cues: [
        String.raw`\b(?:no|little|minimal|zero)\s(?:prior\s|previous\s|special\s|work\s)?(?:experience|skills?)\s(?:\w{1,10}\s)?(?:is\s|are\s)?(?:needed|required|necessary)\b`,
        String.raw`\b(?:do\snot|don['’]?t)\sneed\sany\s(?:special\s)?(?:skills?|experience)\b`,
        String.raw`\banyone\scan\s(?:do|apply|join|earn|start)\b`,
        String.raw`\bcomfort\sof\s(?:your\s)?(?:own\s)?home\b`,
        String.raw`\ball\syou\s(?:need|require)\s(?:is|are)\s(?:a\s|an\s)?(?:smart)?(?:phone|computer|laptop|internet|access)\b`,
      ],
    },
    examples: {
      positive: ['Make $500 a day from the comfort of your home, no experience needed.', 'Earn $150 per hour rating apps, no skills required.', 'Part-time from your place, $65 per hr. No experience is required and training is given.', "You'll be paid £400 GBP for every survey completed, and each takes 30-45 minutes.", 'We are hiring people to conduct surveys in retail stores. Each task takes 15-30 minutes. Pay is $400/ assignment.', 'Pay ranges from €150 to €230 per day. You might work just one to three hours daily. No prior experience required.', 'Make £500 a day from the comfort of your home, no experience needed.'],
      negative: ['Board-certified physicians earn $150 per hour reviewing medical answers.', 'Board-certified physicians earn $350 per hour reviewing medical answers.', 'No experience needed; pay is $18 per hour.', 'Mystery shoppers earn $25 per shop plus the meal.', 'Benchmark designers are paid $1,450 per completed task after review.', 'Experts are paid $400 per assignment for a three-hour case review.', 'Shoppers visit one store per assignment and are paid $20 per visit.', 'Warehouse pickers earn $200 per day for an eight-hour shift; no experience needed.', 'Board-certified reviewers earn $400 per day, and most days take 2-3 hours a day of case review.', 'No experience needed: €120 per day, one to three hours daily of leafleting.', 'Packers earn $200 per day with a 1 hour a day lunch break; no experience needed.'],
    },
  },
  {
    id: 'placeholder-text',
    severity: 'medium',
    title: 'Placeholder text instead of a job description',
    explanation:
      'The posting contains filler text ("lorem ipsum") where the description should be. A real employer publishes what the job is; a placeholder post is a test, a mistake or bait to collect applications. Do not send personal details to it.',
    triggers: ['lorem', 'ipsum'],
    patterns: [String.raw`\blorem\sipsum\b`],
    examples: {
      positive: ['Lorem ipsum dolor sit amet, role details to follow.'],
      negative: ['The Lorem project team builds typography tools.'],
    },
  },
  {
    id: 'work-from-home-data-entry',
    severity: 'medium',
    title: 'Home-based data entry or typing offer',
    explanation:
      'Work-at-home "data entry", "typist" or "payroll clerk" offers with easy pay are a long-running scam family: the job turns into paying for training or software, or processing money (FTC). Real data-annotation work names the client or platform, the task and a qualification step.',
    scope: 'any',
    triggers: ['home', 'typist', 'typists', 'typing', 'entry', 'clerical', 'envelope', 'envelopes'],
    patterns: [
      String.raw`\b(?:home[- ]based|work\s(?:from|at)\shome|from\s(?:the\scomfort\sof\s)?(?:your\s)?(?:own\s)?homes?|at[- ]home)\b.{0,60}\b(?:data\sentry|typists?|typing|envelope\sstuffing|clerical|payroll\s(?:clerks?|typists?))\b`,
      String.raw`\b(?:data\sentry|typists?|typing|envelope\sstuffing|clerical|payroll\s(?:clerks?|typists?))\b.{0,60}\b(?:home[- ]based|work\s(?:from|at)\shome|from\s(?:the\scomfort\sof\s)?(?:your\s)?(?:own\s)?homes?)\b`,
    ],
    examples: {
      positive: ['Home-based typists wanted for data entry positions.', 'Data entry clerks can work from home in their spare time.'],
      negative: ['Data entry into the hospital record system is part of the role, on site in Leeds.', 'Work from home two days a week as a financial analyst.'],
    },
  },
  {
    id: 'no-company-identity',
    kind: 'absence',
    severity: 'low',
    title: 'Does not say who the employer is',
    explanation:
      'The posting never says who is hiring: no company name or description, no "about us", no address. Scam posts stay anonymous so they cannot be looked up (LinkedIn). Find out the company\'s name and check it on its own website before applying.',
    patterns: [COMPANY_IDENTITY],
    params: { skipIfCompany: true, minChars: 150, caseSensitivePatterns: [EMPLOYER_NAMED_AT, EMPLOYER_SAYS_WE, EMPLOYER_IS_HIRING, EMPLOYER_NAMED_FOR, EMPLOYER_DESCRIBED, EMPLOYER_WE_ARE, EMPLOYER_ABOUT, COMPANY_EMAIL] },
    examples: {
      positive: [
        'Looking for hard workers for an exciting role. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch with more information about the position and start date.',
        'Looking for hard workers for a role at home. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch with more information about the position and start date.',
        'Looking for hard workers for a role at home. Tasks include various duties as needed. Must be reliable and have a phone. Email your details to harbor.jobs@gmail.com and we will be in touch about the start date.',
        'Looking for hard workers for an exciting role.\nAbout the Role\nTasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch about the start date.',
      ],
      negative: [
        'Looking for hard workers for an exciting role at our company, a regional logistics firm. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'The Virtual Assistant role at Harbor Tools supports the operations team. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'Looking for hard workers for an exciting role. Tasks include various duties as needed. Must be reliable and have a phone. Email your details to jobs@harbortools.com and we will be in touch soon.',
        'Harbor Tools is hiring hard workers for an exciting role. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'Harbor Tools, maker of the sturdiest ladders in the north, is looking for hard workers. Tasks include various duties as needed. Must be reliable and have a phone. Send your details soon.',
        'As a shopper for HarborShoppers, you are an independent contractor. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'Harbor Home Care is a licensed home care agency. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'Hiya. We’re Harborware and we love tools. Tasks include various duties as needed. Must be reliable and have a phone. Send your details and we will be in touch soon.',
        'Tasks include various duties as needed. Must be reliable and have a phone.\nAbout Harborware\nFounders who love tools. Send your details and we will be in touch soon with the next steps.',
      ],
    },
  },
  {
    // Both signs are weak alone (plenty of honest postings skip the "about us", and plenty of office
    // jobs are real); together they are the commonest fake posting there is.
    id: 'anonymous-office-job',
    kind: 'absence',
    severity: 'medium',
    title: 'Office or data-entry job from an unnamed employer',
    explanation:
      'Fake administrative, data-entry and customer-service jobs are among the most common job scams (FTC, LinkedIn), and they rarely say who is hiring, so they cannot be looked up. Before you send a resume, ID or bank details, find out the company\'s name and check the job on its own website.',
    patterns: [COMPANY_IDENTITY],
    // Not where the job has a place of work: fake office jobs are done "from home".
    // An address on a company-like domain does not clear it: fake office jobs come with their own domains.
    params: { skipIfCompany: true, minChars: 150, onlyIfTitle: OFFICE_JOB_TITLE, caseSensitivePatterns: [EMPLOYER_NAMED_AT, EMPLOYER_SAYS_WE, EMPLOYER_IS_HIRING, EMPLOYER_NAMED_FOR, EMPLOYER_DESCRIBED, EMPLOYER_WE_ARE, EMPLOYER_ABOUT], unlessAnywhere: [IN_PERSON_WORKPLACE] },
    examples: {
      positive: [
        'Data Entry Clerk\nWe need organised people to enter orders into spreadsheets from home. Training is provided. You must have a computer and a phone. Send your resume and we will contact you with the next steps and a start date.',
        'Customer Service Representative\nAnswer calls and emails, resolve complaints and update records. Must be friendly and reliable. Full training is provided for the right people. Apply now and a manager will reach out to you this week.',
      ],
      negative: [
        'Data Entry Clerk\nAbout us: Harbor Tools is a family-owned maker of ladders. We need organised people to enter orders into our system at our Leeds office. Training is provided. Send your resume and we will contact you with the next steps.',
        'Customer Support AI Rater\nRate chatbot replies to customer questions for accuracy and tone against written guidelines. Tasks are paid per hour and reviewed weekly. Send your resume and we will contact you with the next steps and a qualification test.',
        'Senior Software Engineer\nWe need experienced people to build order systems in TypeScript. You must know SQL and cloud services. Send your resume and we will contact you with the next steps and a start date, after two interviews.',
        'Customer Service Representative\nWe at Northwind Travel are seeking friendly people to answer calls and emails and update records. Full training is provided for the right people. Apply now and a manager will reach out to you this week.',
        'Virtual Assistant\nLocation: Remote. Northwind Travel Collective (NTC) is in search of a virtual assistant to answer calls and emails and update records. Full training is provided. Apply now and a manager will reach out to you this week.',
        'Data Entry Operator\nEnter bookings into our software and answer client emails. Fresher to 1 year of experience. Ready to work in shifts, Monday to Saturday. Job Type: Full-time. Work Location: In person.',
      ],
    },
  },
  {
    // Three absences that each say little alone: no employer, no pay, and nothing specific asked of
    // the applicant (fewer than two skills, fields, tools or credentials required or preferred).
    // Together they are the vague offer scams are made of. Not on AI-training postings, whose short
    // platform listings often skip the employer and the requirements: their scams show other flags.
    id: 'anonymous-vague-offer',
    kind: 'absence',
    severity: 'medium',
    title: 'Anonymous offer that asks for nothing specific',
    explanation:
      'The posting says neither who is hiring nor what it pays, and asks for no particular skill, field or qualification. Real employers say at least one of these; vague, anonymous offers are how many job scams start (FTC). Find out the company and the pay, in writing, before you send a resume, ID or bank details.',
    patterns: [COMPANY_IDENTITY, ...PAY_MENTION],
    // Its patterns are those two rules' together: where they ran first, their verdicts are used.
    params: { skipIfCompany: true, skipIfPay: true, skipIfAiEvaluator: true, maxAskedFor: 1, minChars: 600, coveredBy: ['no-company-identity', 'no-pay-information'], caseSensitivePatterns: [EMPLOYER_NAMED_AT, EMPLOYER_SAYS_WE, EMPLOYER_IS_HIRING, EMPLOYER_NAMED_FOR, EMPLOYER_DESCRIBED, EMPLOYER_WE_ARE, EMPLOYER_ABOUT, COMPANY_EMAIL],
      // A text that warns of recruitment scams is an employer's or a bank's notice, not an offer (no scam says "scammers").
      unlessAnywhere: [String.raw`\b(?:recruitment|job|employment|hiring)\s(?:fraud|scams?)\b|\bscammers?\b|\bcon\sartists?\b|\bfraudsters?\b`],
      // Only a text that offers work: a help page or an FAQ ("What do I need in order to be a shopper?")
      // names no employer or pay either, and says nothing of hiring, positions, duties or pay.
      onlyIfAnywhere: [OFFERS_WORK] },
    examples: {
      positive: [
        'Assistant\nWe are looking for motivated people to join a growing team. You will help with various projects and support clients from home. ' + FILLER,
        'Hello\nThanks for your reply. I am moving to your area next month with my dog, and I need an honest and responsible person to care for my pet while I settle in. ' + FILLER,
      ],
      negative: [
        'Assistant\nWe are looking for motivated people to join a growing team. Requirements: a degree in accounting and two years of Excel and QuickBooks. ' + FILLER,
        'Assistant\nAbout us: Harbor Tools is a family-owned maker of ladders. We are looking for motivated people to join a growing team. ' + FILLER,
        'Assistant\nWe are looking for motivated people to join a growing team. The pay is $18 per hour, paid every two weeks. ' + FILLER,
        'Recruitment fraud\nScammers post fake jobs to collect personal details. We are looking for motivated people to join a growing team, and you will help with various projects. ' + FILLER,
        'What do I need in order to be a shopper?\nA reliable computer matters most: you will read each assignment, write your report and send it to the office from it. A phone with a camera helps too. ' +
          'Good shoppers notice details, keep to the guidelines and stay anonymous in the store, so that nobody there knows they are being observed. Reports are due soon after each visit. ' +
          'Read every guideline before a visit and ask the office when anything is unclear. Most questions are answered in the guidelines, and the office replies to the rest within a day or so. ' +
          'Keep your receipts, note the time you entered and left, and describe what you saw in plain words rather than opinions.',
      ],
    },
  },
  {
    // A full posting (a page and more) that names no employer, states no pay and offers no benefits:
    // what it leaves out is what a job seeker could check it by. Fake postings often copy a real job's
    // duties and requirements and drop the rest: on the EMSCAD ads this finds a tenth of the fraud
    // (hold-out: 55% → 61% at medium) for about one legitimate ad in a hundred. It keeps quiet where the
    // board names the employer (skipIfCompany), as the extension's adapters pass it: legitimate
    // postings it would flag are, on the labelled sets, all excerpts stored without their company.
    id: 'anonymous-unpaid-offer',
    kind: 'absence',
    severity: 'medium',
    title: 'Long posting that says nothing of who hires or what it pays',
    explanation:
      'The posting describes the job at length but never says who the employer is, what the pay is, or what benefits come with it. Those are what you could check an offer by, and fake postings, often copied from real ones, leave them out. Find out the company and the pay, in writing, before you send a resume, ID or bank details.',
    patterns: [COMPANY_IDENTITY, ...PAY_MENTION, BENEFITS_MENTION],
    params: { skipIfCompany: true, skipIfPay: true, skipIfAiEvaluator: true, minChars: 1500, coveredBy: ['no-company-identity', 'no-pay-information'], caseSensitivePatterns: [EMPLOYER_NAMED_AT, EMPLOYER_SAYS_WE, EMPLOYER_IS_HIRING, EMPLOYER_NAMED_FOR, EMPLOYER_DESCRIBED, EMPLOYER_WE_ARE, EMPLOYER_ABOUT, COMPANY_EMAIL],
      unlessAnywhere: [String.raw`\b(?:recruitment|job|employment|hiring)\s(?:fraud|scams?)\b|\bscammers?\b|\bcon\sartists?\b|\bfraudsters?\b`],
      onlyIfAnywhere: [OFFERS_WORK] },
    examples: {
      positive: ['Field Engineer\nWe are looking for motivated people to join a growing team. You will inspect equipment, write reports and support clients on site. ' + FILLER + ' ' + FILLER + ' ' + FILLER],
      negative: [
        'Field Engineer\nWe are looking for motivated people to join a growing team. Benefits include health insurance. ' + FILLER + ' ' + FILLER + ' ' + FILLER,
        'Field Engineer\nHarbor Tools is looking for motivated people to join a growing team. You will inspect equipment, write reports and support clients on site. ' + FILLER + ' ' + FILLER + ' ' + FILLER,
        'Field Engineer\nWe are looking for motivated people to join a growing team. The pay is $32 per hour. ' + FILLER + ' ' + FILLER + ' ' + FILLER,
      ],
    },
  },
  {
    id: 'bonus-up-front',
    // LinkedIn names an up-front signing bonus among job-scam signs: a warning, not a footnote.
    severity: 'medium',
    title: 'Leads with signing or referral bonuses',
    explanation:
      'A posting that advertises signing bonuses or cash for each person you refer, before describing the work, is using money as bait; LinkedIn lists upfront bonuses among job-scam signs. Real bonuses exist, so check them in the written offer.',
    triggers: ['signing', 'sign', 'referral', 'referred', 'refer'],
    patterns: [
      String.raw`\bsign(?:ing|[- ]on)\s(?:bonus(?:es)?|incentives?)\b`,
      String.raw`\b(?:earn|receive|get)\s\$\s?\d[\d,]{0,7}(?:\s?(?:-|to)\s?\$?\s?\d[\d,]{0,7})?\s(?:per|for\seach|for\severy)\s(?:hired\s)?(?:referral|person\syou\srefer|friend)`,
    ],
    // One item of a benefits list, as job boards tag them ("Benefits:\n• Health insurance\n• Paid time
    // off\n• Signing bonus", or run together on one line): an employer's package, not bait.
    // "Leads with": in the first quarter of the text. Honest postings name a signing bonus among the
    // pay and benefits near the end ("may be eligible for a signing bonus for qualified new hires").
    // An hourly rate and a benefits package stated too (401(k), dental and vision): the employer's whole
    // offer, where a sign-on bonus is one more item ("everything we offer beyond just a sign-on bonus",
    // a nursing home's RN posting). The bonus campaigns of the EMSCAD fraud state neither together.
    params: { leadsWithin: 0.25, unlessAnywhere: [String.raw`^(?=[\s\S]*?(?:\b401\s?\(?k|\bdental\b.{0,60}\bvision\b|\bmedical\b.{0,30}\bdental\b))(?=[\s\S]*?\$\s?\d[\d.,]*(?:\s?(?:-|–|to)\s?\$?\s?\d[\d.,]*)?\s?(?:\/\s?(?:hr|hour)\b|per\shour\b|an\shour\b|hourly\b))`] },
    unless: [
      String.raw`(?:^|\n)[\s•*·-]*sign(?:ing|[- ]on)\sbonus(?:es)?[\s.•*·-]*$`,
      String.raw`\bhealth\s(?:insurance|benefits)\b.{0,300}\bpaid\stime\soff\b|\bpaid\stime\soff\b.{0,300}\bhealth\s(?:insurance|benefits)\b`,
    ],
    examples: {
      positive: ['New raters get a signing bonus and earn $300 per hired referral.', 'Sign-on incentives: $18 application completion, plus $70-$100 upon starting.'],
      negative: [
        'Sign-on bonus up to $5,000! Registered Nurse, $42-$50/hr depending on experience. Benefits: medical, dental, vision, 401(k) with match.',
        'Referral of complex cases to the senior reviewer is part of the role.', 'Benefits: Flexible schedule Health insurance Paid time off Signing bonus Training & development', 'Benefits:\n• Health insurance\n• Paid time off\n• Signing bonus\n• Tuition reimbursement'],
    },
  },
  {
    id: 'pay-revealed-later',
    severity: 'low',
    title: 'Pay only revealed after you apply',
    explanation:
      'The posting promises great pay but says it will be disclosed only after your application or "onboarding". That keeps you from judging the offer and is common in scams that later ask for fees. Ask for the rate in writing first.',
    triggers: ['pay', 'salary', 'compensation', 'wage', 'wages', 'rate', 'earnings'],
    patterns: [
      String.raw`\b(?:pay|salary|compensation|wages?|rates?|earnings),?\s(?:[\w,]{1,12}\s){0,3}(?:discussed|disclosed|revealed|shared|explained|provided|given)\s(?:\w{1,12}\s){0,4}(?:after|once|upon|when)\s(?:\w{1,12}\s){0,2}(?:appl\w{1,9}|register\w{0,7}|sign(?:ed)?\sup|onboard\w{0,4}|hired|selected|contact)`,
    ],
    unless: [String.raw`\b(?:range|band)\s(?:is|of)\s`],
    examples: {
      positive: ['Great pay, which will be disclosed after your application is processed.'],
      negative: ['The pay range is $30 to $45 per hour; the final rate is discussed after the interview.'],
    },
  },
  {
    id: 'details-in-private',
    severity: 'low',
    title: 'The job is only explained in private messages',
    explanation:
      '"Inbox me", "text me for more details" or "DM me for details" on a post that says almost nothing about the work is how spam job offers pull people into a private chat, where the fee or the task scam follows. A real posting describes the work, the pay and the employer where everyone can read it.',
    triggers: ['inbox', 'dm', 'text', 'message', 'whatsapp', 'pm', 'details', 'information', 'info', 'share'],
    patterns: [
      String.raw`\b(?:kindly\s|please\s)?inbox\s(?:me|us)\b`,
      String.raw`\b(?:text|dm|pm|message|whatsapp)\s(?:me|us)\s(?:(?:now|today|directly|privately)\s)?(?:for|to\sget|to\sknow|to\slearn)\s(?:more\s|further\s|full\s)?(?:details|info|information)\b`,
      String.raw`\bget\sback\sto\sme\sfor\s(?:more\s)?(?:details|info|information)\b`,
      // The text-message opener: "Are you interested in a remote role? Can I share some brief details with you?"
      String.raw`\bcan\s(?:i|we)\s(?:share|send|give)\s(?:you\s)?(?:some\s|more\s|a\sfew\s)?(?:brief\s|quick\s|short\s)?(?:details|info|information)(?:\swith\syou)?(?:\sabout\s(?:it|this|the\s(?:job|role|position)))?\s?\?`,
    ],
    examples: {
      positive: ['Interested candidates, please inbox me for more details.', 'Text me for more details.', 'If interested, get back to me for more information on the job.', 'Are you interested in a flexible remote role? Can I share some brief details with you?'],
      negative: ['Message us with questions about the role; the full description is below.', 'Inbox zero is a team habit here.'],
    },
  },
  {
    id: 'pay-in-title',
    severity: 'low',
    title: 'Money in the headline',
    explanation:
      'A title that leads with earnings ("Earn $200 daily") sells money rather than a job. Some real postings show a rate in the title, so this counts only a little; look at what the work actually is.',
    scope: 'title',
    patterns: [
      String.raw`\bearn\w{0,3}\b.{0,20}\$\s?\d[\d,.]{0,9}(?:\s?(?:-|to)\s?\$?\s?\d[\d,.]{0,9})?`,
      String.raw`\$\s?\d[\d,.]{0,9}\s?(?:-\s?\$?\s?\d[\d,.]{0,9}\s?)?(?:\+\s?)?(?:daily|weekly|a\sday|per\sday|a\sweek|per\sweek)\b`,
      // "Sales Rep Needed $$$$$", "Earn a nice part time PAY!": money without a figure.
      String.raw`\${3,}`,
      String.raw`\bearn\w{0,3}\s(?:\w{1,12}\s){0,4}(?:pay|income|money|cash)\b`,
    ],
    examples: {
      positive: ['Earn $100-$200 Daily as a Remote Rater', 'Chat Reviewer $300 per day', 'Sales Rep Needed $$$$$$', 'Earn a nice part time PAY!'],
      negative: ['Senior AI Evaluator, Legal (Contract)', 'Daily Operations Lead'],
    },
  },
];
