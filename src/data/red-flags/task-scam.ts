// Task scams: "rate products" or "boost apps" for commission, then deposit money to unlock the
// next set of tasks or to withdraw. Aimed squarely at people looking for online rating work
// (FTC 2025, FBI). Real rating work pays for judgement, never for positive ratings or likes.
import type { SignalRuleInput } from '../schema.ts';
import { NEVER_CHARGE } from './shared.ts';

export const taskScamRules: SignalRuleInput[] = [
  {
    id: 'deposit-to-unlock-tasks',
    severity: 'high',
    title: 'Deposit money to unlock tasks or withdraw',
    explanation:
      'Task scams show growing "earnings" in an app, then ask you to deposit money (often crypto) to unlock the next tasks, "reset" or "recharge" your account, or withdraw. The earnings are fake and deposits are not returned (FTC, FBI). No real rating platform asks for a deposit; stop and report it.',
    triggers: ['trial', 'demo', 'practice', 'recharge', 'recharging', 'top', 'topup', 'until', 'unless', 'till', 'vip', 'replenish', 'reset', 'deposit', 'deposits', 'unlock', 'withdraw', 'withdrawal', 'withdrawals', 'negative', 'combination', 'combo', 'lucky', 'merge', 'prepay', 'prepaid'],
    patterns: [
      String.raw`\b(?:recharge|top[- ]?up|replenish|reload)\s(?:your\s|the\s|my\s)?(?:account|balance|wallet)\b`,
      String.raw`\breset\s(?:your\s|the\s)?(?:task\s|work\s)?account\b`,
      String.raw`\b(?:deposit|pay|add\sfunds|prepay|recharge|top[- ]?up)\w{0,3}\b.{0,50}\b(?:unlock|withdraw|release|access|continue)\w{0,3}\s.{0,20}\b(?:tasks?|earnings|commissions?|funds|orders?|balance|payouts?|levels?|profits?)\b`,
      String.raw`\b(?:unlock|withdraw)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:tasks?|earnings|commissions?|profits?|balance)\b.{0,50}\b(?:deposit|top[- ]?up|recharge|pay\s(?:a|the|an)\s(?:[\w%]{1,12}\s){0,2}(?:fee|tax|charge))`,
      String.raw`\bnegative\s(?:account\s)?balance\b`,
      String.raw`\bbalance\s(?:is|was|has\sbecome|becomes|went|goes|turned|shows)\s(?:\w{1,10}\s)?negative\b`,
      // "Each task set costs 20 USDT to unlock": tasks with a price.
      String.raw`\b(?:tasks?|task\s(?:sets?|bundles?|packages?|groups?)|orders?|levels?)\s(?:\w{1,12}\s){0,2}(?:costs?|requires?\sa\spayment\sof)\s.{0,24}\bto\s(?:unlock|access|open|activate)\b`,
      // The "training account" with trial money a task-scam mentor hands out before asking for a deposit.
      // Not "training funds" or "training bonus": employers offer those.
      String.raw`\b(?:trial|demo|practice)\s(?:account\s)?(?:funds|money|balance|capital)\b`,
      String.raw`\b(?:combination|combo|lucky|merged?|premium)\s(?:tasks?|orders?)\b`,
      // "you cannot move forward until you send us the money", "unable to withdraw until you top up".
      String.raw`\b(?:cannot|can['’]?t|can\snot|unable\sto|not\sbe\sable\sto|won['’]?t\sbe\sable\sto|(?:will\snot|won['’]?t|does\snot|doesn['’]?t)\slet\syou)\s(?:\w{1,12}\s){0,2}(?:continue|proceed|move\s(?:on|forward|ahead)|go\s(?:on|forward)|withdraw|cash\sout|complete|finish|start|receive|get)\b.{0,50}\b(?:until|unless|before|till)\s(?:you\s|we\s(?:receive|get)\s)?(?:first\s)?(?:(?:send|transfer|wire|remit)\w{0,3}\s(?:us\s|in\s)?(?:the\s|a\s|your\s)?(?:\w{1,12}\s)?(?:money|payment|funds|amount|deposit|fee|balance|difference)|(?:deposit|pay|recharge|top\s?up|topup|reload|replenish|add\s(?:funds|money))\w{0,3})\b`,
      // VIP tiers of a task app: "upgrade to VIP level 2", "VIP3". Not "VIP guests" or "VIP access".
      String.raw`\bvip\s?(?:\d{1,2}\b|(?:level|tier)s?\b)`,
      String.raw`\b(?:upgrade|unlock|activate)\w{0,3}\s(?:\w{1,12}\s){0,3}vip\b`,
      // "We'll add you to a VIP group with a new task": the paid tier of a task scam.
      String.raw`\bvip\stasks?\b`,
      String.raw`\bvip\s(?:groups?|channels?|members?|membership)\b.{0,40}\btasks?\b`,
    ],
    // Advice, not a demand: "never pay to apply, and withdraw earnings fast".
    unless: [String.raw`\b(?:never|no|(?<!can\s)not)\s(?:\w{1,12}\s){0,3}(?:deposit|recharge|top[- ]?up)`, String.raw`\bnever\s(?:\w{1,12}\s){0,2}pay\b`],
    params: { unlessAnywhere: NEVER_CHARGE },
    examples: {
      positive: ['Your mentor gives you a training account with trial funds to learn the tasks.', 
        'To continue you must recharge your account with 100 USDT.',
        'Deposit the difference to unlock your next set of tasks and commission.',
        'A combination task has appeared, so your balance is temporarily negative.',
        'Your earnings stay frozen and you can\'t cash out until you transfer the remaining amount.',
        'The system will not let you proceed until you first pay the tax on your commission.',
        'Upgrade your account to VIP 3 to see higher-paying orders.',
        'Your account balance is negative; recharge 50 USDT to continue the tasks and withdraw your commission.',
        'Each task set costs 20 USDT to unlock and pays 30% commission.',
        "You're doing great. We'll add you to a VIP group with a new task.",
        'To withdraw your earnings, you need to pay a 15% processing tax first.',
      ],
      negative: ['A training bonus and training funds for courses are part of the package.', 
        'Earnings are paid out every week by direct deposit.',
        'You can reset your password from the login page.',
        'You will never need to deposit money to access tasks.',
        'Treat it as supplemental income, never pay to apply, and withdraw earnings fast.',
        'You cannot start tasks until you pass the qualification test.',
        'Serve VIP guests at the hotel lounge.',
        'Host VIP groups at the resort and plan their tours.',
      ],
    },
  },
  {
    id: 'paid-engagement-tasks',
    severity: 'high',
    title: 'Paid likes, positive ratings or "app boosting"',
    explanation:
      'Being paid per like, per click, or to give positive ratings and "optimize" or "boost" products or apps is the hook of task scams, not AI-training work. Genuine rating jobs ask for honest judgements against a rubric and never require five-star reviews (FTC).',
    triggers: ['like', 'likes', 'liking', 'positive', 'star', 'stars', 'optimization', 'optimisation', 'optimizing', 'boost', 'boosting', 'boosts', 'boosted', 'click', 'clicks', 'commission', 'subscribe', 'follow', 'maps', 'gmaps', 'tripadvisor', 'yelp', 'screenshot', 'screenshots', 'watch', 'watching', 'rebate', 'dispatch', 'dispatched', 'grab', 'grabbing'],
    patterns: [
      // Paid for the verdict itself: "just for giving 5-star ratings to apps".
      String.raw`\b(?:giv\w{1,3}|leav\w{1,3}|post\w{0,3}|writ\w{1,4}|submit\w{0,4})\s(?:\w{1,12}\s){0,2}(?:5|five)[- ]star\s(?:ratings?|reviews?)\b`,
      String.raw`\b(?:lik(?:e|ing)|follow(?:ing)?|subscrib(?:e|ing)\sto)\s(?:\w{1,12}\s){0,2}(?:youtube\s|tiktok\s|instagram\s|facebook\s)?(?:videos?|posts?|channels?|reels?|pages?)\b.{0,60}\b(?:earn|paid|pay|commission|\$|per\s(?:like|video))`,
      String.raw`\b(?:earn|paid|pay|commission)\w{0,3}\b.{0,40}\b(?:lik(?:e|ing)|follow(?:ing)?|subscrib(?:e|ing))\s(?:\w{1,12}\s){0,2}(?:videos?|posts?|channels?|reels?)\b`,
      String.raw`\b(?:give|leave|write|post|submit)\w{0,3}\s(?:\w{1,15}\s){0,2}(?:positive|5[- ]star|five[- ]star|good|glowing)\s(?:ratings?|reviews?|feedback)\b`,
      String.raw`\b(?:product|app|apps|data|order|store|merchant)\s(?:optimi[sz]ation|boost(?:ing)?)\s(?:tasks?|jobs?|work|orders?|agents?|specialists?|assistants?|platform)\b`,
      String.raw`\bboost(?:ing)?\s(?:products?|apps?|app\sratings?|rankings?|merchants?)\b`,
      // "boosting movie's review ... get extra 50 per review": paid to inflate someone's ratings.
      String.raw`\bboost\w{0,3}\b.{0,60}\b(?:per|each|every|a)\s(?:review|rating|like|follow|vote)(?:s|['’]s)?\b`,
      // The same hook where the pay stands in a sentence of its own ("boosting movie's review!? And
      // get extra 50 per review"): boosting a film's, an app's or a product's reviews is the job.
      String.raw`\bboost\w{0,3}\s(?:movie|film|app|product|hotel|video|song|music|book)(?:['’]?s)?\s(?:reviews?|ratings?|rankings?|likes?|votes?|views?)\b`,
      String.raw`\b(?:movie|film)\sboost\w{0,3}\b`,
      String.raw`\bcommission\s(?:per|for\severy|on\seach)\s(?:click|task|order|like|rating|review|app)\b`,
      // The order-grabbing variant: "Flipkart-mall be a online Rebate Platform ... Complete the order
      // dispatch by the system you can get Money for the task".
      String.raw`\b(?:rebate|order[- ]grabbing|grab[- ]orders?)\splatform\b`,
      String.raw`\b(?:orders?|tasks?)\s(?:\w{1,12}\s){0,2}dispatch\w{0,3}\sby\sthe\ssystem\b`,
      String.raw`\bgrab(?:bing)?\s(?:\w{1,10}\s)?orders?\b.{0,60}\b(?:commission|earn\w{0,3}|rebate|profit)`,
      // Paid per screenshot sent as proof of a like or rating: "send us a screenshot … Rs.150 for each screenshot".
      String.raw`\b(?:per|for\s(?:each|every)|each|every)\s(?:screenshot|screen\sshot)s?\b`,
      // "Just watch YouTube and earn money", "get paid for watching ads".
      String.raw`\bwatch\w{0,3}\s(?:\w{1,12}\s){0,2}(?:youtube|videos?|ads|adverts?|advertisements|movies|trailers)\s(?:and|to)\s(?:earn|get\spaid|make\smoney)\b`,
      String.raw`\b(?:earn|paid|make\smoney)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:by|for|from)\swatching\s(?:\w{1,12}\s)?(?:youtube|videos?|ads|adverts?|advertisements|movies|trailers)\b`,
      String.raw`\b(?:per|each|every)\s(?:click|like)\b.{0,30}\b(?:earn|paid|commission|\$)`,
      // "just give five stars to this hotel", "leave it 5 stars". Not "rate from one to five stars".
      String.raw`\b(?:give|leave|post|award)\w{0,3}\s(?:(?:a|it|them|this|that|our|the|each|every)\s(?:\w{1,12}\s)?)?(?:5|five)[- ]?stars?\b`,
      // Reviewing a business on a map or review site as the job itself.
      String.raw`\b(?:rate|review|rating|reviewing)\s(?:our|this|the|these|their|my)\s(?:\w{1,12}\s)?(?:hotels?|restaurants?|apps?|products?|stores?|shops?|businesses|listings?)\s(?:on|in|at)\s(?:google(?:\smaps)?|g\s?maps|maps|tripadvisor|yelp|trustpilot)\b`,
    ],
    unless: [String.raw`\bnever\s(?:\w{1,12}\s){0,5}(?:positive|likes?|five[- ]star)`],
    examples: {
      positive: [
        'Get paid $40 per review just for giving 5-star ratings to apps in the store.',
        'Our mall is an online rebate platform: complete the order dispatch by the system and you get money for the task.',
        'Earn a commission for every task when you give five-star ratings to hotels.',
        'Join our app boosting team and complete 40 product optimization tasks a day.',
        'Get paid for liking YouTube videos from your phone.',
        'All you do is give each restaurant five stars and send a screenshot.',
        'Your job is to rate our partner hotels on Google Maps from home.',
        'Mark each movie as watched, then send us a screenshot. You get Rs.150 for each screenshot.',
        'Just watch YouTube and earn money with crypto rewards.',
        'Do you want to know more about boosting movie reviews!? Get 50 for each one.',
        'Join our film boosting team from home.',
      ],
      negative: [
        'Rate the helpfulness of each chatbot answer using the rubric, whether positive or negative.',
        'Experience with search engine optimization is a plus.',
        'You will never be asked to leave positive reviews.',
        'Ideas that boost ratings for our morning show are welcome.',
        'Help authors boost book sales with better cover copy.',
        'Rate each answer from one to five stars using the guidelines.',
        'Evaluate how well the assistant answers questions about restaurants on Google Maps.',
        'Watch short soccer clips and write a caption for each one.',
        'Attach a screenshot of the error to your support ticket.',
      ],
    },
  },
  {
    // "Wages be pay daily, you can work from home", "receive your daily salary", "Part-time daily
    // salary of 3,000 rupee": pay by the day for work done at home or on a phone is how task scams
    // pay the first small sums before the deposits. Across the labelled sets "daily salary / pay
    // daily" is in 16 scam messages and 3 EMSCAD frauds; the legitimate ones are an employer's
    // "Daily Pay option" among its benefits, which this leaves out.
    id: 'daily-pay-remote',
    severity: 'medium',
    title: 'Pay by the day for work from home',
    explanation:
      'A daily salary for online or at-home work, paid the same day, is how task scams reward the first easy tasks before asking for a deposit to unlock more (FTC). Real remote employers and AI-training platforms pay weekly or monthly for work they can check. Ask who pays, how and when, in writing, and never pay to continue.',
    triggers: ['daily', 'day'],
    patterns: [
      String.raw`\bdaily\s(?:salary|salaries|income|wages?|earnings|payouts?)\b`,
      String.raw`\bdaily\spay(?:ment)?s?\b(?!\s(?:option|program|programme|benefit|available\sthrough))`,
      String.raw`\b(?:wages?|salary|salaries|earnings)\s(?:(?:is|are|be|will\sbe|get|gets)\s)?(?:paid|pay|settled|credited)\s(?:out\s)?(?:daily|every\sday|on\sthe\ssame\sday|the\ssame\sday)\b`,
      String.raw`\b(?:we|will)\spay\s(?:you\s)?(?:daily|every\sday)\b|\bget\spaid\s(?:daily|every\sday)\b`,
    ],
    // Work done at home, online or on a phone: a day rate on site is a day labourer's.
    params: { onlyIfAnywhere: [String.raw`\b(?:work(?:ing)?\s(?:from|at)\shome|from\shome|home[- ]based|online|remote(?:ly)?|mobile\sphone|smart\s?phone|your\sphone|part[- ]time|anywhere)\b`] },
    examples: {
      positive: ['Part-time work from home, daily salary of 3,000 rupees, no time limit.', 'You can work from your phone anywhere; wages are paid daily.'],
      negative: ['Benefits: medical, dental, 401(k), Daily Pay option, tuition reimbursement. Part-time shifts available.', 'Site labourers on the Leeds build are paid a daily rate of £140.'],
    },
  },
];
