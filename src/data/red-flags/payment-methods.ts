// Payment channels scammers prefer because the money cannot be pulled back: gift cards, crypto,
// wire services, peer-to-peer apps (FTC, LinkedIn).
import type { SignalRuleInput } from '../schema.ts';

const NEVER = String.raw`\b(?:never|not|no\sone|won['’]?t|will\snot|don['’]?t)\s(?:\w{1,12}\s){0,4}(?:ask|request|require|pay|send|buy)`;

export const paymentMethodRules: SignalRuleInput[] = [
  {
    id: 'gift-card-payment',
    severity: 'high',
    title: 'Gift cards as payment',
    explanation:
      'No employer asks you to buy gift cards or send card codes, whether "for supplies", "for a client" or to pass on money. Gift-card requests are a scam every time (FTC, LinkedIn). Stop contact and report the posting.',
    triggers: ['gift', 'giftcard', 'giftcards', 'itunes', 'steam', 'vanilla'],
    patterns: [
      String.raw`\b(?:buy|purchase|send|load|get|pick\sup|scratch)\w{0,3}\s(?:\w{1,15}\s){0,4}(?:gift\s?cards?|itunes\scards?|steam\scards?|vanilla\s(?:visa\s)?cards?)\b`,
      String.raw`\bgift\s?cards?\b.{0,40}\b(?:codes?|pins?|scratch|send\s(?:us|me|them)|photos?\sof)\b`,
    ],
    unless: [NEVER],
    examples: {
      positive: [
        'Use the check to buy four Apple gift cards and send us the codes.',
        'Purchase the gift cards at any store and text photos of the backs.',
      ],
      negative: [
        'We will never ask you to buy gift cards.',
        'Top raters can win a gift card in our quarterly quality raffle.',
      ],
    },
  },
  {
    id: 'crypto-transfer',
    severity: 'high',
    title: 'Send or deposit cryptocurrency',
    explanation:
      'Being asked to buy, send or "top up" cryptocurrency (Bitcoin, USDT) is how task and job scams take money, because crypto transfers cannot be reversed (FTC, FBI). An employer has no reason to ask you for crypto.',
    triggers: ['bitcoin', 'btc', 'usdt', 'tether', 'crypto', 'cryptocurrency', 'ethereum', 'eth', 'binance', 'coinbase', 'wallet', 'trc20', 'erc20'],
    patterns: [
      String.raw`\b(?:send|deposit|transfer|top[- ]?up|fund|buy|purchase|pay|load|invest|stake)\w{0,3}\s(?:\w{1,15}\s){0,5}(?:in\s|via\s|with\s|using\s|into\s)?(?:bitcoin|btc|usdt|tether|crypto(?:currency)?|ethereum|eth|trc20|erc20)\b`,
      String.raw`\b(?:bitcoin|btc|usdt|tether|crypto|ethereum|trc20|erc20)\s(?:wallet\s)?(?:address|deposit|transfer|top[- ]?up)\b`,
    ],
    unless: [
      NEVER,
      String.raw`\b(?:experience|background|knowledge|familiarity)\s(?:\w{1,12}\s){0,3}(?:crypto|blockchain|bitcoin)`,
      // A crypto product's users, not the applicant: "users could deposit BTC as collateral to borrow stablecoin".
      String.raw`\b(?:users?|customers?|holders?|traders?|depositors?|borrowers?|lenders?)\s(?:can|could|may|will|to)\s(?:\w{1,12}\s)?(?:send|deposit|transfer|stake|buy|fund|load)`,
      // A fund or firm describing its own portfolio: "the fund invests in bitcoin".
      String.raw`\b(?:we|firm|fund|funds|company|portfolio|clients?|investors?)\s(?:\w{1,12}\s)?invest(?:s|ed|ing)?\b`,
      // The employer paying the worker ("we can pay in crypto") is the salary: paid-in-crypto reads it.
      String.raw`\b(?:we|they|i)\s(?:can\s|could\s|will\s|would\s|may\s|also\s|only\s){0,2}pay\s(?:you\s|our\s\w{1,12}\s)?(?:in|via|with)\s(?:bitcoin|btc|usdt|tether|crypto(?:currency)?|ethereum|eth)\b`,
    ],
    examples: {
      positive: [
        'Deposit 50 USDT to activate the premium task tier.',
        'Send the payment to our Bitcoin wallet address before training.',
        'To join the premium team you first invest 300 USDT through the app.',
      ],
      negative: [
        'Experience with crypto and blockchain analytics is a plus for this finance reviewer role.',
        'Satoshi Vault is a lending protocol where users could deposit BTC as collateral to borrow stablecoins.',
        'We will never ask you to send cryptocurrency.',
        'Our fund invests in bitcoin and other digital assets on behalf of clients.',
        'We can pay in crypto or by bank transfer.',
      ],
    },
  },
  {
    id: 'paid-in-crypto',
    severity: 'medium',
    title: 'Pay promised in cryptocurrency',
    explanation:
      'Salaries and contractor fees from real companies are paid by bank transfer or a payroll platform. Pay "in USDT" or "in Bitcoin" usually comes from an operation that wants no paper trail. Ask how contracts and invoices work before starting.',
    triggers: ['bitcoin', 'btc', 'usdt', 'tether', 'crypto', 'cryptocurrency', 'ethereum'],
    patterns: [
      String.raw`\b(?:paid|payment|payouts?|salary|wages?|earnings|commissions?)\s(?:\w{1,12}\s){0,3}(?:in|via|with|through)\s(?:bitcoin|btc|usdt|tether|crypto(?:currency)?|ethereum)\b`,
      String.raw`\b(?:we|they|i)\s(?:can\s|could\s|will\s|would\s|may\s|also\s|only\s){0,2}pay\s(?:you\s)?(?:in|via|with)\s(?:bitcoin|btc|usdt|tether|crypto(?:currency)?|ethereum)\b`,
      // "Complete the task, send a screenshot and your crypto wallet": paid to a wallet you hand over.
      String.raw`\b(?:send|sent|share|give|provide|submit)\w{0,3}\s(?:\S{1,15}\s){0,4}(?:your\s)?(?:crypto|bitcoin|btc|usdt|tether)\swallet\b`,
      // An amount in crypto as the pay: "earn 5 USDT per task", "you receive 40 USDT a day".
      String.raw`\b(?:earn|get|receive|paid|pay|make|commission)\w{0,3}\s(?:\w{1,12}\s){0,3}\d[\d,.]{0,8}\s?(?:usdt|usdc|btc|eth)\b`,
      // "Daily salary 150-300 USDT": the salary or income stated in crypto.
      String.raw`\b(?:salary|wages?|income|earnings|pay|commissions?|bonus)\s?:?\s(?:of\s|is\s|from\s|up\sto\s){0,2}\d[\d,.]{0,8}(?:\s?(?:-|–|to)\s?\d[\d,.]{0,8})?\s?(?:usdt|usdc|btc|eth)\b`,
    ],
    unless: [NEVER],
    examples: {
      positive: [
        'Daily salary 150-300 USDT, paid every day.','All earnings are paid in USDT every evening.', 'You get 8 USDT for every completed review.', 'Finish the task, then send a screenshot and your USDT wallet.', 'We can pay in crypto if you prefer.'],
      negative: ['Payment is made via bank transfer; we do not pay in crypto.', 'Our clients include crypto exchanges and banks.'],
    },
  },
  {
    id: 'wire-or-p2p-transfer',
    severity: 'high',
    title: 'Money by wire, Western Union, Zelle or Cash App',
    explanation:
      'Requests to move money through Western Union, MoneyGram, wire transfers, Zelle, Cash App or Venmo (for equipment, "training" or to pass funds on) are typical of fake-check and money-mule scams; these payments cannot be reversed (FTC). Employers do not ask candidates to send money.',
    triggers: ['wire', 'wiring', 'western', 'moneygram', 'zelle', 'cashapp', 'cash', 'venmo', 'money'],
    patterns: [
      String.raw`\b(?:(?:send|forward|transfer|remit)\w{0,3}|pay)\s(?:\w{1,15}\s){0,5}(?:via|by|through|using|with|on)\s(?:a\s)?(?:western\s?union|money\s?gram|zelle|cash\s?app|venmo|money\sorders?)\b`,
      String.raw`\bwire\s(?:the\s)?(?:money|funds|remainder|rest|balance|difference)\b`,
      String.raw`\b(?:western\s?union|money\s?gram)\s(?:transfer|payment|agent|location|office|receipt)s?\b`,
      String.raw`\b(?:zelle|cash\s?app|venmo)\b.{0,40}\b(?:send|pay|reimburse|deposit|transfer|refund)\w{0,3}\b`,
      // "Payment for equipment must be made through Cash App to our supplier."
      String.raw`\b(?:payments?|pay)\s(?:for\s)?(?:the\s|your\s|any\s)?(?:equipment|fees?|training|kit|starter\skit|software|supplies|deposit|registration|laptop|background\scheck)\b.{0,40}\b(?:via|by|through|using|with|on)\s(?:a\s)?(?:zelle|cash\s?app|venmo|western\s?union|money\s?gram|money\sorders?)\b`,
    ],
    unless: [NEVER, String.raw`\b(?:you\s(?:will\s|'ll\s)?(?:be|get)\spaid|we\spay\syou)\b`, String.raw`\b(?:reconcil\w{1,5}|bookkeeping|accounts\spayable|ap\/ar|treasury|ledger|payroll\sprocessing)\b`],
    examples: {
      positive: [
        'Pay the equipment vendor through Zelle and we will reimburse you.',
        'Forward the remaining funds via Western Union to our field agent.',
        'Send the fee through Cash App today.',
        'Payment for equipment must be made through Cash App to our supplier.',
      ],
      negative: [
        'Reconcile incoming wire transfers and ACH payments in the ledger.',
        'We will never ask you to send money through Zelle or Cash App.',
      ],
    },
  },
];
