// Money flowing the wrong way: a real employer pays you; it never charges you to apply, train
// or equip yourself (FTC, LinkedIn, Appen).
import type { SignalRuleInput } from '../schema.ts';
import { NEGATED_MONEY, NEVER_CHARGE } from './shared.ts';

/** An amount as postings write it, lowercased: "$50", "usd 49", "₹500", "rs. 2,000", "150 usd". */
const AMOUNT = String.raw`(?:(?:\$|usd\s?|us\$\s?|€|eur\s?|£|gbp\s?|₹|inr\s?|rs\.?\s?)\s?\d[\d,.]{0,9}|\d[\d,.]{0,9}\s?(?:usd|dollars|inr|rupees|eur|euros?|gbp|pounds|usdt))`;

export const moneyUpfrontRules: SignalRuleInput[] = [
  {
    id: 'fee-to-apply-or-train',
    severity: 'high',
    title: 'Asks you to pay a fee',
    explanation:
      'Real employers and AI-training platforms pay you; they do not charge to apply, register, train or get certified. A fee up front is the most common job-scam signal (FTC). Do not pay; check the company on its own site and search its name with "scam".',
    triggers: ['fee', 'fees', 'charge', 'charges', 'deposit', 'pay', 'paying', 'payment', 'cost', 'costs', 'refundable', 'purchase', 'buy', 'course', 'certification', 'send', 'remit'],
    patterns: [
      String.raw`\b(?:registration|application|processing|onboarding|activation|membership|enrol?lment|joining|training|certification|placement|verification|account\ssetup|starter|admin(?:istrative)?|sign[- ]up|examination|exam|assessment|test|testing|interview|screening|visa|documentation|confirmation|background\scheck|kyc|unlock|upgrade|facilitation)\s(?:kit\s)?(?:fees?|charges?|deposit)\b`,
      String.raw`\b(?:pay|paying|send|sending|deposit|submit|submitting|remit|transfer)\s(?:us\s)?(?:a\s|an\s|the\s|your\s)?(?:small\s|one[- ]time\s|refundable\s|nominal\s|token\s|security\s)?(?:${AMOUNT}\s)?(?:fee|deposit|charge|membership|subscription|registration)\b`,
      // The amount first and what it buys after: "send $50 to activate your account", "pay $60 for your background check".
      String.raw`\b(?:pay|send|transfer|deposit|remit)\s(?:us\s)?(?:only\s|just\s)?${AMOUNT}\s(?:\w{1,12}\s){0,2}(?:(?:to|in\sorder\sto)\s(?:activate|unlock|register|start|begin|verify|secure|reserve|confirm|process|release|get\sstarted)|(?:for|to\scover)\s(?:your|the)\s(?:account|registration|training|course|background\scheck|onboarding|application|starter\skit|kit|slot|spot|certification|verification|equipment|software))\b`,
      // "pay the $45 certification exam", "buy our rating toolkit for $49 to qualify for tasks".
      String.raw`\b(?:pay|paying)\s(?:for\s)?(?:the\s|a\s|an\s|your\s)?${AMOUNT}\s(?:\w{1,12}\s){0,2}(?:exam|test|assessment|certification|certificate|course|training|registration|membership|background\scheck|kit|toolkit|license|licence)\b`,
      String.raw`\b(?:buy|purchase)\s(?:our|the|a|an)\s(?:\w{1,12}\s){0,2}(?:toolkit|kit|package|plan|course|membership|software|training|program(?:me)?|guide|certificate|licen[cs]e|account|upgrade)\s(?:for\s)?(?:only\s|just\s)?${AMOUNT}\s(?:\w{1,12}\s){0,3}?(?:to\s(?:qualify|access|unlock|start|begin|get\sstarted|receive|join|apply|work)|before\s(?:you\s)?(?:start|begin|apply|can))\b`,
      // "Training costs $99": the price of the training, not a rate ("training is $18/hour" is pay).
      String.raw`\b(?:training|course|certification|registration|starter\skit|onboarding|membership|background\scheck|program(?:me)?)\s(?:costs?|will\scost|fee\sis|price\sis)\s(?:only\s|just\s)?${AMOUNT}(?![\d,.]*\s?(?:\/\s?h|per\s|an?\s(?:hour|day|week)|hourly|daily|weekly))`,
      // A fee with an amount: "fee of $49", "fee USD 249", "fee of 195 USD", "charge of Rs 2,000". Not
      // "charge" as the worker's verb: "someone who will charge about $15 per hour" bills the employer.
      String.raw`\b(?:fee|(?<!\b(?:will|would|to|can|may|could|you|who|they|freelancers?|contractors?)\s)charge|deposit)\s(?:of\s)?(?:only\s|just\s|about\s)?(?:(?:\$|usd\s?|us\$\s?|€|eur\s?|£|gbp\s?|₹|inr\s?|rs\.?\s?)\s?\d|\d[\d,.]{0,9}\s?(?:usd|dollars|inr|rupees|eur|euros?|gbp|pounds|usdt)\b)`,
      // "we need to collect a $50 deposit from you", "a deposit to hold your spot".
      String.raw`\b(?:collect|charge|take|require|need)\w{0,3}\s(?:a\s|an\s)?(?:small\s|refundable\s|one[- ]time\s|security\s)?(?:(?:\$|€|£|₹|usd\s?)\s?\d[\d,.]{0,7}\s)?(?:deposit|fee)\sfrom\syou\b`,
      String.raw`\b(?:deposit|fee)\s(?:\w{1,12}\s){0,3}(?:(?:to|in\sorder\sto)\s(?:keep|hold|reserve|secure|lock\sin)|holds|keeps|reserves|secures|locks\sin)\s(?:it|the\s(?:job|position|spot|role|place|offer)|your\s(?:spot|place|position|slot|seat|job|role|offer))\b`,
      String.raw`\b(?:must|need\sto|have\sto|required\sto|asked\sto)\s(?:first\s)?(?:pay|purchase|buy)\s(?:\w{1,15}\s){0,3}(?:fee|course|certification|training|access|membership|account|package|program(?:me)?|background\scheck|visa|onboarding\skit|starter\skit|toolkit|kit)\b`,
      String.raw`\brefundable\s(?:deposit|fee)\b`,
    ],
    unless: [NEGATED_MONEY, String.raw`\b(?:we|company|employer)\s(?:will\s)?(?:pay|cover|reimburse|sponsor|bear)s?\s(?:for\s)?(?:the|all|your|any|visa)\s`, String.raw`\b(?:paid|covered|borne|sponsored)\sby\s(?:us|the\s(?:company|employer|client))\b`],
    params: { unlessAnywhere: NEVER_CHARGE },
    examples: {
      positive: [
        'A one-time registration fee of $49 activates your rater account.',
        'Before training starts you must pay a small refundable deposit.',
        'To begin, you need to purchase the certification course for $120.',
        'Kindly submit your interview fee so we can book your slot with the panel.',
        'To keep the position open for you we collect a $75 deposit from you today.',
        'A small deposit holds your spot in the next project batch.',
        'Next you have to pay the test assessment fee of 150 USD before Friday.',
        'Transfer the visa processing charges of Rs 12,000 to confirm your seat.',
        'You must pay a $50 fee to start working.',
        'Send $50 to activate your rater account.',
        'Pay $60 for your background check before we can onboard you.',
        'The training costs $99, refundable after your first week.',
        'After completing the training module, pay the $45 certification exam to get your badge.',
        'Buy our rating toolkit for $49 to qualify for higher-paying tasks.',
        "You'll need to purchase the onboarding kit ($89) which includes your headset.",
        'Pay a one-time $19.99 membership to access our AI rating jobs board.',
        'Free training is offered to get you started. Facilitation fee required.',
      ],
      negative: [
        'There is no registration fee and training is paid.',
        'Legitimate employers and hiring managers don’t require an application fee or expect you to pay for training.',
        'The company will cover the certification fee for you.',
        'There is no interview fee, test fee or any other charge at any stage.',
        'We pay a competitive hourly rate for every task.',
        'We pay $20 for every completed task.',
        'Paid training is $18 an hour for the first two weeks.',
        'The training costs $25/hour, paid by the client.',
        'We pay the $45 certification exam for every new rater.',
        'Customers buy our software package for $49 a month.',
        "We're looking for someone who will charge about $15 USD per hour for the first month.",
        'As a contractor you charge $40 per hour and invoice monthly.',
      ],
    },
  },
  {
    id: 'pay-for-equipment',
    severity: 'high',
    title: 'You buy equipment or software up front',
    explanation:
      'Scammers ask new hires to buy laptops, software or a "starter kit" from a vendor they name, often promising to reimburse you by check. The check bounces and the money is gone (FTC). A real employer ships equipment or pays a stipend; never buy through a vendor the recruiter picks.',
    triggers: ['equipment', 'software', 'kit', 'supplies', 'laptop', 'vendor', 'reimburse', 'reimbursed', 'reimbursement', 'package', 'pack'],
    patterns: [
      String.raw`\b(?:purchase|buy|pay\sfor|order)\s(?:the\s|your\s|a\s|an\s|our\s)?(?:own\s)?(?:required\s|necessary\s|approved\s|work\s)?(?:equipment|software|starter\skit|kit|supplies|laptop|computer|license|materials)\b.{0,60}\b(?:from\s(?:our|the|a)\s(?:approved\s|designated\s|preferred\s|certified\s)?(?:vendor|supplier|store)|reimburs\w{0,6}|refund\w{0,4}|send\s(?:you\s)?a\s(?:check|cheque))`,
      String.raw`\b(?:from|through|via)\s(?:our|the|a)\s(?:approved|designated|preferred|certified)\s(?:equipment\s|software\s)?(?:vendor|supplier)\b`,
      String.raw`\bstarter\s(?:kit|pack|package)\b`,
      // "I will wire you money to buy the equipment": the fake-check equipment scam without the check.
      String.raw`\b(?:send|wire|transfer|mail)\s(?:you\s)(?:the\s|some\s)?(?:money|funds|a\spayment)\b.{0,40}\b(?:buy|purchase|order)\s(?:\w{1,12}\s){0,3}(?:equipment|software|supplies|laptops?|computers?|kit|materials|devices?)\b`,
    ],
    unless: [String.raw`\b(?:we|company)\s(?:will\s)?(?:provide|ship|supply|send)s?\s(?:you\s)?(?:with\s)?(?:a\s|all\s|the\s)?(?:equipment|laptop|computer|hardware)`, String.raw`\bno\s(?:need|requirement)\sto\s(?:buy|purchase)\b`],
    params: { unlessAnywhere: NEVER_CHARGE },
    examples: {
      positive: [
        'You will buy the required software from our approved vendor and be reimbursed on your first paycheck.',
        'New contractors order a starter kit before the first project.',
        'I will wire you money to buy the equipment you need from our supplier.',
      ],
      negative: [
        'We will ship you a laptop and all equipment before your start date.',
        'Our vendor management team reviews supplier contracts with our preferred vendor list.',
        'We will ship you the equipment and reimburse your internet costs.',
      ],
    },
  },
];
