// Promises no honest posting makes: guaranteed income, huge easy earnings, "be your own boss".
import type { SignalRuleInput } from '../schema.ts';

// Money in any currency: "$500", "Rs 150", "₹5,000", "R$ 300", "€80", "400 USDT", "2,000 reais".
const CUR_PRE = String.raw`(?:\$|us\$|usd|€|eur|£|gbp|₹|inr|rs\.?|r\$|usdt|₦|ngn|₱|php|aed)`;
// "1000$ - 1500$": the sign after the figure, as spam writes it.
const CUR_POST = String.raw`(?:(?:usd|usdt|dollars?|bucks|euros?|eur|pounds?|gbp|inr|rupees?|reais|reals?|naira|pesos?|dirhams?|r[o]?ubles?|shillings?|cedis?|rand|ringgit|baht|riyals?|dinars?|liras?|hryvnias?|kroner|kronor|zloty|zlotys)\b|\$)`;
const AMOUNT = String.raw`(?:${CUR_PRE}\s?\d[\d,.]{0,9}k?(?:\s?(?:-|–|to|and)\s?(?:${CUR_PRE}\s?)?\d[\d,.]{0,9}k?)?|\d[\d,.]{0,9}k?(?:\$?\s?(?:-|–|to|and)\s?\d[\d,.]{0,9}k?)?\s?${CUR_POST})`;
const PER_DAY_OR_WEEK = String.raw`(?:(?:a|per|each|every|in\sa|in\sone|\/)\s?(?:day|week)|daily|weekly|(?:day|week)\safter\s(?:day|week))\b`;
const PER_MONTH = String.raw`(?:(?:a|per|each|every|in\sa|in\sone|\/)\s?month|monthly)\b`;
// "earn no less than", "earn from", "make up to": words that sell a haul rather than state a rate.
// "more then" is the usual misspelling in these messages.
const HYPE_LEAD_MONTH = String.raw`(?:up\sto|as\smuch\sas|no\sless\sth[ae]n|not\sless\sth[ae]n|a\sminimum\sof|minimum\s(?:of\s)?|at\sleast|over|more\sth[ae]n|from|anywhere\sfrom)`;
// "You can easily earn around 200-1000 reais a day": a round figure for a day or a week is the haul, however hedged.
const HYPE_LEAD = String.raw`(?:${HYPE_LEAD_MONTH}|between|around|about|approximately|roughly)`;

const NOT_GUARANTEED = String.raw`\b(?:not|no|never|cannot|can['’]?t|isn['’]?t|aren['’]?t|without\s(?:a|any))\s(?:\w{1,12}\s){0,2}guarantee`;

export const promiseRules: SignalRuleInput[] = [
  {
    id: 'guaranteed-income',
    severity: 'high',
    title: 'Guaranteed income or guaranteed job',
    explanation:
      'No honest employer guarantees big earnings or a job before you have even been assessed. AI-training work in particular depends on task volume, which changes week to week. "Guaranteed income" is an FTC-listed scam line; check how pay and task volume actually work.',
    scope: 'any',
    triggers: ['guarantee', 'guaranteed', 'guarantees', 'guaranteeing'],
    patterns: [
      String.raw`\bguarantee(?:d|s)?\s(?:\w{1,15}\s){0,2}(?:income|earnings|profits?|returns?|money|cash|payouts?|wages?|job|jobs|position|placement|employment|hire)\b`,
      String.raw`\b(?:earn|make|income\sof)\s(?:up\sto\s)?\$\s?\d[\d,.]{0,9}\s(?:\w{1,10}\s){0,3}guaranteed\b`,
      String.raw`\bguaranteed\s\$\s?\d`,
      String.raw`\b(?:100\s?%|fully)\sguaranteed\b`,
    ],
    // "This description does not constitute an employment contract or guarantee of continued
    // employment": the at-will disclaimer says the opposite of a promise.
    unless: [NOT_GUARANTEED, String.raw`\bguarantee\w{0,2}\s(?:of\s)?(?:continued|continuing|future)\s(?:employment|work)\b`],
    examples: {
      positive: [
        'Guaranteed income of $300 a day from your phone.',
        'Earn $5,000 a month guaranteed, no interview.',
        'Every applicant gets a guaranteed job placement.',
        'These positions guarantee wages from $12 per hour up to a six figure salary.',
      ],
      negative: [
        'Task volume and income are not guaranteed and vary by project.',
        'We guarantee a fair review of every application.',
        'This description does not constitute an employment contract or guarantee of continued employment.',
      ],
    },
  },
  {
    id: 'earnings-hype',
    severity: 'medium',
    title: 'Hyped earnings ("earn up to…", "financial freedom")',
    explanation:
      'Lines like "earn up to $2,500 a week", "earn as much as you want" or "financial freedom" sell the money rather than describe the work. Scams and pyramid-style schemes lead with them (FTC, Indeed). Look for a stated rate tied to concrete tasks instead.',
    scope: 'any',
    // Offers of a haul ("we can give you $800 a week") need a day or a week, so those words find
    // them; "give", "pay" and "get" would send most sentences of most postings through the rule.
    triggers: ['earn', 'earned', 'earning', 'earnings', 'earns', 'make', 'makes', 'mystery', 'secret', 'day', 'week', 'daily', 'weekly', 'commission', 'commissions', 'profit', 'profits', 'financial', 'financially', 'residual', 'passive', 'rich', 'cash', 'money', 'unlimited', 'income', 'average', 'lucrative', 'lifestyle'],
    patterns: [
      // "earn up to $2,000 a week", "earn as much as $5,000": a haul. A small ceiling with no period
      // ("earn up to $210 for the weekly task", "up to $25 per hour") is how task platforms state pay,
      // and so is a monthly or yearly ceiling ("earn up to $5,000/month"): hype words make a month one.
      String.raw`\b(?:earn|make)\s(?:up\sto|as\smuch\sas)\s\$\s?(?:\d[\d,.]{0,12}(?:\s?(?:-|to)\s?\$?\s?\d[\d,.]{0,12})?\s(?:a|per|each|every)\s(?:day|week)\b|(?:\d{1,3},\d{3}|\d{4,})(?![\d,])(?:\.\d{1,2})?(?!(?:\s?(?:-|–|to)\s?\$?\s?\d[\d,.]{0,12})?\s?(?:\/|a\s|per\s|each\s|every\s)\s?(?:month|year|yr|annum)))`,
      // "over $25" is how honest posts state an hourly floor; only a daily or weekly haul is hype.
      String.raw`\b(?:earn|make)\s(?:over|more\sthan|at\sleast|anywhere\sfrom)\s\$\s?\d[\d,.]{0,12}(?:\s?(?:-|to)\s?\$?\s?\d[\d,.]{0,12})?\s?(?:a|per|each|every|\/)\s?(?:day|week)\b`,
      String.raw`\baverage\s(?:yearly|annual|monthly|weekly|daily)?\s?(?:income|earnings)\s(?:of\s)?(?:is\s)?\$\s?\d[\d,.]{0,12}(?:\s?(?:-|to)\s?\$?\s?\d[\d,.]{0,12})?`,
      String.raw`\blucrative\s(?:opportunity|income|business|career)\b`,
      String.raw`\b(?:earn|make)\s(?:as\smuch\s(?:money\s)?as\syou|whatever\syou\swant|unlimited)\b`,
      String.raw`\b(?:earn|make)\s\$\s?\d[\d,]{0,9}(?:\.\d{2})?(?:\s?(?:-|to)\s?\$?\s?\d[\d,]{0,9})?\+?\s(?:\w{1,10}\s)?(?:daily|a\sday|per\sday|each\sday|weekly|a\sweek|per\sweek|every\sweek)\b`,
      String.raw`\bunlimited\s(?:earning|income|earnings)\s(?:potential|opportunit(?:y|ies))\b`,
      // Any currency, a day or a week: "earn Rs 150-5,000 in a day", "make €300 daily", "earn 80 USDT a day".
      String.raw`\b(?:earn|make)\w{0,3}\s(?:(?:easily|quickly|fast|effortlessly)\s)?(?:${HYPE_LEAD}\s)?${AMOUNT}\+?\s(?:\w{1,10}\s){0,2}${PER_DAY_OR_WEEK}`,
      // No currency, only thousands: "you can earn 10k to 15k weekly".
      String.raw`\b(?:earn|make)\w{0,3}\s(?:(?:up\sto|upto|around|about|between|from)\s)?\d{1,3}k\+?(?:\s?(?:-|–|to|and)\s?\d{1,3}k\+?)?\s(?:\w{1,10}\s)?${PER_DAY_OR_WEEK}`,
      // Mystery shopping pays tens of dollars a visit; hundreds a task is the bait of the fake-check scam (FTC).
      String.raw`\b(?:mystery|secret)\sshopp\w{2,4}\b.{0,200}?\$\s?[1-9]\d{2,}(?:\.\d{2})?\s?(?:\/\s?|per\s|each\s|on\seach\s|for\seach\s|an?\s)(?:task|assignment|shop|visit|evaluation|survey)s?\b`,
      // A month only with hype words: "earn no less than $3,000 per month", "earn from 2000-5000 reais a month".
      // A month's haul runs to thousands: "earn up to £100 extra per month" is a shift premium.
      String.raw`\b(?:earn|make)\w{0,3}\s${HYPE_LEAD_MONTH}\s(?=(?:${CUR_PRE}\s?)?(?:\d[\d,.]{0,9}k?\s?(?:-|–|to|and)\s?(?:${CUR_PRE}\s?)?)?(?:\d{1,3}[,.]\d{3}|\d{4,}|\d{1,3}(?:\.\d)?k))${AMOUNT}\+?\s(?:\w{1,10}\s){0,2}${PER_MONTH}`,
      // "daily income of Rs 3,000", "weekly commissions: $900", "earnings of $400 a day". Not "salary":
      // temp and day-labour posts state a weekly or daily wage plainly.
      String.raw`\b(?:daily|weekly)\s(?:income|earnings|profits?|commissions?)(?:\s?:\s?|\s(?:of\s|is\s|up\sto\s|from\s|around\s){0,2})${AMOUNT}`,
      // "Daily salary: 200+", the task scam's opener: a salary counted by the day (not a contractor's "day rate").
      String.raw`\bdaily\s(?:salary|salaries|wages?)\s?:?\s?(?:of\s|up\sto\s|from\s|is\s)?(?:${CUR_PRE}\s?)?\d`,
      // "Potential earnings: $200-$500 daily": the haul as a feature of the offer.
      String.raw`\b(?:potential\s(?:earnings|income)|earning\spotential|income\spotential)\s?:?\s(?:of\s|up\sto\s|is\s)?${AMOUNT}\+?\s(?:\w{1,10}\s)?${PER_DAY_OR_WEEK}`,
      String.raw`\b(?:income|earnings|profits?|commissions?)\s(?:of\s|up\sto\s|from\s|around\s){1,2}${AMOUNT}\+?\s(?:\w{1,10}\s){0,2}${PER_DAY_OR_WEEK}`,
      // The recruiter offering a haul: "we can give you $800 a week", "I will pay you ₹3,000 daily".
      String.raw`\b(?:can|will|could|would|'ll)\s(?:give|pay|offer)\syou\s(?:${HYPE_LEAD}\s)?${AMOUNT}\+?\s(?:\w{1,10}\s){0,2}${PER_DAY_OR_WEEK}`,
      String.raw`\byou\s(?:can|could|will|'ll)\s(?:easily\s)?(?:get|receive|take\shome|pocket)\s(?:${HYPE_LEAD}\s)?${AMOUNT}\+?\s(?:\w{1,10}\s){0,2}${PER_DAY_OR_WEEK}`,
      String.raw`\b(?:the\slifestyle\syou(?:'ve|\shave)?\s(?:always\s)?(?:dreamed|dreamt|wanted)|financial(?:ly)?\s(?:freedom|free|independence)|residual\sincome|passive\sincome|get\srich|quick\scash|easy\smoney|extra\scash\sfast|make\smoney\s(?:fast|online|from\shome|every\stime))\b`,
      // A haul with its currency left out, as text messages have it ("Make up to 1,000 per day"), and
      // money "on autopilot" (not "put your vacation rental on autopilot").
      String.raw`\b(?:earn|make)\w{0,3}\s(?:up\s?to|upto|over|as\smuch\sas)\s(?:\d{1,3},\d{3}|\d{3,6})\+?\s(?:a|per|each|every)\s(?:day|week)\b`,
      String.raw`\b(?:earn|make|making|earning|income|money|profits?|cash)\b.{0,60}?\bon\sauto[- ]?pilot\b`,
      // "you can't make six figures by moving slowly", "a monthly commission of at least 7,000".
      String.raw`\b(?:earn|make|making|earning)\w{0,3}\s(?:a\s|over\s|well\sover\s)?six[- ]figures?\b`,
      String.raw`\bcommissions?\s(?:of\s)?(?:at\sleast|over|in\sexcess\sof)\s\$?\s?\d[\d,]{2,}`,
      // The money set against a sliver of time: "work 1-2 hours daily from your phone and earn Rs 30,000".
      String.raw`\b(?:work|working|spend|spending|give|giving|just|only)\s(?:just\s|only\s)?(?:\d{1,2}\s?(?:-|–|to)\s?)?\d{1,2}\s(?:hours?|hrs?)\s(?:\w{1,10}\s)?(?:daily|a\sday|per\sday|each\sday)\b.{0,50}\b(?:earn|make)\w{0,3}\s(?!(?:\w{1,10}\s)?(?:\$|€|£|usd\s?)?\s?\d[\d,.]*\s?(?:\/\s?h|per\s(?:hour|task)|an\shour|hourly|a\stask)\b)`,
      // Minutes, not hours: "Spend a few minutes every day, you can earn 30,000 rupees per month".
      String.raw`\b(?:work|working|spend|spending|give|giving|just|only)\s(?:just\s|only\s)?(?:a\sfew|few|\d{1,2}(?:\s?(?:-|–|to)\s?\d{1,2})?)\s(?:minutes?|mins?)\s(?:\w{1,10}\s)?(?:daily|a\sday|per\sday|each\sday|every\sday)\b.{0,50}\b(?:earn|make)\w{0,3}\s(?!(?:\w{1,10}\s)?(?:\$|€|£|usd\s?)?\s?\d[\d,.]*\s?(?:\/\s?h|per\s(?:hour|task)|an\shour|hourly|a\stask)\b)`,
      // "Give us your valuable 2 hours per day, and we'll pay you Rs. 25,000": a sum for a few hours
      // a day, with no rate an honest part-time job would state (per hour, per task or per month).
      String.raw`\b(?:[1-4]|one|two|three|four|a\sfew)(?:\s?(?:-|–|to)\s?[2-5])?\s(?:hours?|hrs?)\s(?:a|per|each|every)\sday\b.{0,60}?\b(?:pay\syou|earn|make|get\spaid|receive)\s(?:${HYPE_LEAD}\s)?${AMOUNT}(?![\d,.]*k?\s?(?:\/\s?|an?\s|per\s|each\s|every\s|for\s(?:each|every)\s)?(?:hours?|hr|h|tasks?|items?|months?|mo|year|annum|project|article|video|lesson|session|class|shift)\b)`,
    ],
    // Travel and meal allowances are quoted per day too: "you will receive $60 a day per diem".
    // "Our experts collectively earn over $2 million a day": a platform's total, not anyone's pay.
    // "A digital agency helping companies make money online": the employer's service to its clients.
    unless: [
      String.raw`\b(?:per\sdiem|allowance|stipend|reimburse\w{0,4})\b`,
      String.raw`\d\s?(?:million|billion|trillion|mn|bn)\b`,
      String.raw`\bhelp\w{0,3}\s(?:our\s|other\s)?(?:companies|businesses|clients|customers|brands|merchants|sellers|retailers|creators|publishers|advertisers)\s(?:to\s)?(?:make|earn)\smoney\b`,
    ],
    examples: {
      positive: ['Online part-time job, you can earn 500-10000 rubles per day.', 
        "All you have to do is give us your valuable 2 hours per day, and we'll pay you Rs. 25,000.",
        'Work just 1-2 hours a day from your phone and earn $300.',
        'Earn up to $2,000 per week from your kitchen table.',
        'Enjoy residual income with our plan.',
        'Make $150 a day reviewing apps.',
        'You can easily earn around 200-1000 reais a day, paid the same day.',
        'Time commitment: 60-90 minutes a day. Potential earnings: $200-$500 daily.',
        'We are hiring a team, you can work from home, daily salary: 200+ whatsapp.',
        'I was a poor student, and now i make 1000$ - 1500$ every day here.',
        'Mystery shopper job offer available in your area, earn $300 per task.',
        'Do three visits in seven days and make $1200 week after week.',
        'Put our sticker on your car and earn 500 bucks every week.',
        'Average yearly income of $90,000 for our top partners.',
        'Members earn Rs 800-4,000 per day just from their phone.',
        'You could earn no less than €2,500 each month working part time.',
        'Our manager can give you 1,200 dollars every week for this.',
        'Students make 90 USDT daily with our app.',
        'Become one of our testers and make up to 1,000 per day.',
        'Start today and make money on auto pilot mode.',
        'With our plan you can easily get $300 to $900 a week.',
        'Daily income: ₹2,500 and more for active members.',
        'You cannot make six figures in a year by moving slowly.',
        'Earn Easily $400 To $500 Extra Per Day in your free time.',
        'Earn the money that can afford you the lifestyle you have always dreamed of.',
        'We will show you how to earn a monthly commission of at least 7,000-10,000.',
        'Work 1-2 hours daily from your phone and earn Rs 30,000 per month.',
        'Give just 2 hours a day and make money from home.',
        'Spend a few minutes every day, you can earn 30,000 rupees per month!',
        'Work with me and you can earn 10k to 15k weekly.',
      ],
      negative: [
        'Our platform lets owners put their vacation rental on autopilot.',
        'Each agent handles up to 1,000 calls per day.',
        'On the trade roster you could earn up to £100 extra per month and get priority overtime.',
        'Commit 2 hours per day and earn $20 per hour on rating tasks.',
        'Tutors teach 2 hours a day and get paid $40 for each lesson.',
        'Pay is $35 per hour for approved reviewers.',
        'Coding experts earn up to $5,000/month, paid weekly.',
        'Coding experts earn up to $5,000-$7,000/month.',
        'More than 30,000 experts in our network collectively earn over $2 million a day.',
        'We are a startup digital agency helping companies make money online with AdWords and A/B testing.',
        'Mystery shoppers earn $15 per visit plus the cost of a meal.',
        'You will help the finance team forecast earnings each quarter.',
        'Raters make over $25 per hour on this project.',
        'Earn up to $210 when you complete the weekly task target.',
        'Annotators earn up to $25 per hour on image projects.',
        'Contractors earn €45 per hour, paid monthly.',
        'We pay you $2,400 per month as a stipend during the fellowship.',
        'On travel days you will receive $75 a day as a meal allowance.',
        'The weekly salary of $900 is paid every Friday.',
        'Track daily earnings dashboards for the finance team.',
        'Work 4 hours a day on weekends; contractors earn $22 per hour.',
        'You must be able to work 4 hours a day, and you will earn $18 per hour.',
        'Spend 30 minutes a day on the survey panel and earn $2 per task.',
      ],
    },
  },
  {
    // "Be your own boss" sells independence, not money: business-opportunity and MLM pitches lead
    // with it (every EMSCAD posting that says it is fraudulent), but contract rating work is
    // self-employed too, and a vendor lists it among the benefits. A minor sign that adds up with others.
    id: 'be-your-own-boss',
    severity: 'low',
    title: '"Be your own boss" pitch',
    explanation:
      '"Be your own boss" and "work for yourself" are the opening lines of business-opportunity and multi-level-marketing pitches, which sell the lifestyle instead of describing the work. Contract work is self-employed, so on its own this means little; check that the posting also names concrete tasks, a pay rate and the company.',
    triggers: ['boss'],
    patterns: [String.raw`\b(?:be|become|being)\syour\sown\sboss\b`],
    unless: [String.raw`\b(?:not|never|won['’]?t|don['’]?t)\s(?:\w{1,10}\s)?(?:be|become)\syour\sown\sboss\b`],
    examples: {
      positive: ['Be your own boss and set your own schedule.', 'Do you want to be your own boss?'],
      negative: ['Report to your own boss weekly.', 'You will not be your own boss: this is a salaried role.'],
    },
  },
  {
    // The task-scam script reassures before it asks: the "part-time job" will not get in the way of the
    // job you have. Real side work says what it is and pays; it has no need to promise that. Rare
    // (every labelled text that says it is a scam) but not proof: a minor sign that adds up with others.
    id: 'wont-affect-your-job',
    severity: 'low',
    title: 'Sold as a side job that "won\'t affect your current job"',
    explanation:
      '"It will not interfere with your current job" and "earn without affecting your main work" are lines from the scripts of task and part-time job scams sent by text and WhatsApp, in many languages. They sell the ease of the money, not the work. Ask what exactly the tasks are, who the client is and how pay is set.',
    triggers: ['affect', 'affecting', 'interfere', 'interfering', 'disturb', 'disturbing', 'conflict', 'conflicting', 'impact', 'impacting'],
    patterns: [
      String.raw`\b(?:without|won['’]?t|will\snot|wouldn['’]?t|would\snot|does\snot|doesn['’]?t|not)\s(?:\w{1,10}\s){0,2}(?:affect|affecting|interfere|interfering|disturb|disturbing|conflict|conflicting|impact|impacting)\s(?:with\s)?(?:your\s|the\s)?(?:current|main|regular|normal|day|full[- ]time|existing|other|present|primary)\s(?:job|work|employment)\b`,
      // "It will not affect your daily programs or your full time job", "this will not affect your daily
      // schedule in anyway, but an avenue to earn extra income": the day, and a job or money said right after.
      String.raw`\b(?:won['’]?t|will\snot|wouldn['’]?t|would\snot|does\snot|doesn['’]?t)\s(?:\w{1,10}\s){0,2}(?:affect|interfere\swith|disturb)\s(?:your|the)\s(?:daily|normal|regular|usual)\s(?:programs?|schedule|routine|life|activities)\b(?:\W{1,3}\w{1,12}){0,8}?\W{1,3}(?:job|earn\w{0,3}|income)\b`,
    ],
    examples: {
      positive: ['This part-time job will not interfere with your current job.', 'Work online from home and get paid weekly without affecting your present job.', 'It is a part time job you can do from home, it will not affect your daily programs or your full time job.'],
      negative: ['Please make sure that outside work does not conflict with the hours of this role.', 'Our scheduling tool will not affect your current workload.', 'The new badge system will not affect your daily schedule.'],
    },
  },
  {
    id: 'no-experience-easy-work',
    severity: 'low',
    title: 'Anyone can do it, nothing needed',
    explanation:
      '"No experience or skills needed, all you need is a phone" is how mass-recruiting scams cast a wide net. Entry-level rating work exists, but it still has a qualification step. On its own this is weak; combined with high pay or fees it is a strong warning.',
    triggers: ['experience', 'exp', 'skills', 'skill', 'anyone', 'need', 'needed', 'required', 'necessary', 'qualifications', 'housewives', 'housewife', 'homemakers', 'moms', 'mums', 'retirees'],
    patterns: [
      // Texted ads shorten it: "No exp needed".
      String.raw`\b(?:no|little|minimal|zero)\s(?:prior\s|previous\s|special\s|work\s|real\s)?(?:experience|exp\.?|skills?|qualifications?)\s(?:\w{1,10}\s)?(?:is\s|are\s)?(?:needed|required|necessary)\b`,
      String.raw`\ball\syou\s(?:need|require)\s(?:is|are)\s(?:a\s|an\s)?(?:smart)?(?:phone|computer|laptop|internet|access\sto\sthe\sinternet|access\sto\sa\scomputer)\b`,
      // Texted ads as a form: "Experience: Not needed".
      String.raw`\bexperience\s?:\s?(?:not\s(?:needed|required|necessary)|none(?:\s(?:needed|required))?|no(?:t)?\sneeded)\b`,
      String.raw`\banyone\scan\s(?:do|apply|join|earn|start)\b`,
      // "Which really do not require any professional skills", "you don't have to have any skills".
      String.raw`\b(?:do(?:es)?\snot|don['’]?t|doesn['’]?t)\s(?:really\s)?(?:need|require|have\sto\shave)\sany\s(?:special\s|professional\s|prior\s|previous\s)?(?:skills?|experience|qualifications?)\b`,
      // The mass-casting list: "Housewives, students and retirees welcome".
      String.raw`\b(?:housewi(?:fe|ves)|house\swives|homemakers|stay[- ]at[- ]home\s(?:moms|mums|mothers|parents))\b.{0,40}\b(?:students?|retirees|retired|jobless|unemployed|job\s?seekers?|anyone|everyone|welcome|can\s(?:apply|join|earn|work))\b`,
      // The cast the other way round: "Are you a Student, Housewife, jobseeker?"
      String.raw`\b(?:students?|retirees|job\s?seekers?)\W{1,3}(?:or\s|and\s)?(?:house\s?wi(?:fe|ves)|homemakers)\b`,
      // The same cast as an age window: "Age 22-80", "ages 23-68", "Age from 20 to 55 years old". Where
      // postings state an age limit at all it is narrow; a window of most of working life is anyone.
      String.raw`\b(?:age|ages|aged)\s(?:requirement\s|range\s|limit\s)?:?\s?(?:from\s|between\s)?(?:1[89]|2\d)\s?(?:-|–|to|and)\s?(?:[5-8]\d)\b`,
    ],
    examples: {
      positive: ['No experience needed, all you need is a smartphone.', 'Anyone can do this job from home.', 'Housewives and students welcome.', 'Are You a Student, Housewife, jobseeker?', 'Working hours can be arranged freely. Age 22-80.', 'Age from 20 to 55 years old is eligible to work.', 'Test products from home. No exp needed.', 'Training: 1 week. Experience: Not needed.', 'A temporary job which really does not require any professional skills.'],
      negative: [
        'Three years of clinical experience are required.',
        'No prior annotation experience is required, but a nursing licence is.',
        'Age 21-30, graduate in commerce.',
        'Children aged 6 to 12 attend the program.',
      ],
    },
  },
  {
    id: 'network-marketing',
    severity: 'medium',
    title: 'Network marketing or commission-only recruiting',
    explanation:
      'Network-marketing (MLM) and commission-only offers pay you for recruiting others or selling a starter stock, not for work. Most participants lose money. If the "job" is to build a downline, it is not AI-training work.',
    scope: 'any',
    triggers: ['network', 'mlm', 'multi', 'downline', 'commission', 'recruit', 'recruiting'],
    patterns: [
      String.raw`\b(?:network|multi[- ]level)\smarketing\b`,
      String.raw`\bmlm\b`,
      String.raw`\bdownline\b`,
      String.raw`\b(?:commission[- ]only|100\s?%\scommission|straight\scommission)\b`,
      String.raw`\brecruit\w{0,3}\s(?:\w{1,10}\s){0,2}(?:friends|family|others|members)\s(?:\w{1,10}\s){0,3}(?:earn|commission|bonus)`,
    ],
    unless: [
      String.raw`\bnot\s(?:an?\s)?(?:network\smarketing|mlm|commission[- ]only)`,
      // MLM is also masked language modelling, a pre-training objective of language models.
      String.raw`\b(?:masked\slanguage|pre[- ]?train\w{0,4}|bert|nsp|language\smodel\w{0,3}|llms?|transformers?|self[- ]supervis\w{0,6})\b`,
    ],
    examples: {
      positive: ['This is a network marketing opportunity with residual bonuses.', 'Compensation is commission-only.'],
      negative: ['This is not an MLM; you are paid hourly.', 'Monitor network traffic and marketing dashboards.', 'Know how language models are pre-trained with MLM and NSP objectives.'],
    },
  },
  {
    // "Urgent need young boys for Playboy / gigolo work, meet high profile females in your city, earn
    // 25,000 a day": a registration-fee scam widely reported in India (police cyber cells warn of it);
    // the "job" never exists and the fees and the shame keep victims quiet.
    id: 'escort-job-offer',
    severity: 'high',
    title: '"Playboy" or escort work for high pay',
    explanation:
      'Offers of "playboy", "gigolo" or "call boy" work meeting "high-profile women" for large daily pay are a known fee scam: a registration or membership fee comes first, then more fees, and no work. Do not pay or send photos or ID.',
    triggers: ['gigolo', 'gigolos', 'playboy', 'call', 'callboy', 'high', 'highprofile'],
    patterns: [
      String.raw`\bgigolos?\b`,
      String.raw`\b(?:playboy|call\s?boy)\s(?:jobs?|work|services?|club|membership)\b`,
      String.raw`\bmeet\s(?:\w{1,12}\s)?high[- ]?profile\s(?:women|ladies|females?|girls|housewives)\b`,
    ],
    examples: {
      positive: ['Urgent need young boys for Playboy job, meet high profile ladies in your city and earn daily.', 'Join as a gigolo, earn 25000 a day.'],
      negative: ['Marketing coordinator for the Playboy brand licensing team in Los Angeles.', 'You will work with high profile clients in finance.'],
    },
  },
];
