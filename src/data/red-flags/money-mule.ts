// Fake checks, "payment processing" and reshipping: the job is to move someone else's money or
// goods through your account or address. You carry the loss and the legal risk (FTC).
import type { SignalRuleInput } from '../schema.ts';

export const moneyMuleRules: SignalRuleInput[] = [
  {
    // The car-wrap offer is a fake-check scam's opener: the "advertiser" mails a check, you pay the
    // "installer" out of it, and the check bounces (FTC).
    id: 'car-wrap-offer',
    severity: 'medium',
    title: 'Paid to put an advert on your car',
    explanation:
      'Offers to pay you hundreds a week for wrapping your car in a brand\'s advert are a known fake-check scam: a check arrives, you are told to pay the "wrap installer" from it, and the check bounces after you have sent the money (FTC). Real car-advertising programmes are apps you sign up to yourself, and they never send you a check to pass on.',
    triggers: ['car', 'cars', 'vehicle', 'vehicles', 'truck', 'trucks', 'auto', 'wrap', 'wrapped', 'wrapping', 'decal', 'decals', 'sticker', 'stickers', 'plaster'],
    patterns: [
      String.raw`\b(?:wrap|wrapped|wrapping|plaster|cover)\w{0,3}\s(?:\w{1,12}\s){0,2}(?:car|vehicle|truck|auto)s?\b.{0,80}\b(?:sticker|decal|advert\w*|ad|ads|logo|brand)\b`,
      String.raw`\b(?:car|vehicle|truck|auto)\s(?:wrap|wrapping|decal|sticker|advertis\w+)s?\b.{0,80}\b(?:earn|paid|pay|\$|weekly|per\sweek|a\sweek|every\sweek|bucks)\b`,
      String.raw`\b(?:earn|paid|pay|get)\w{0,3}\b.{0,60}\b(?:car|vehicle|truck)\s(?:wrap|wrapping|decal|sticker|advertis\w+)s?\b`,
      // The sticker named first: "will put a sticker on your car and pay $400 weekly".
      String.raw`\b(?:stickers?|decals?|wraps?|adverts?|logos?)\s(?:on|to)\s(?:your|ur)\s(?:\w{1,12}\s){0,2}(?:car|vehicle|truck|auto)s?\b.{0,80}\b(?:earn|paid|pay|\$|weekly|per\sweek|a\sweek|every\sweek|bucks)`,
    ],
    examples: {
      positive: [
        'UNILEVER is looking for individuals who can plaster their car or truck with our sticker for an advert and earn 500 bucks every week.',
        'Get paid $400 weekly for a car wrap advertising our energy drink.',
        'Our brand will put a sticker on your car and pay $400 weekly.',
      ],
      negative: ['A valid driver\'s license and your own car are required for site visits.', 'Design vehicle wraps and decals for our print shop clients.'],
    },
  },
  {
    id: 'check-deposit-forward',
    severity: 'high',
    title: 'Deposit a check and pass money on',
    explanation:
      'Fake-check scams send you a check, ask you to deposit it and forward part of the money (or buy supplies or gift cards with it). The check bounces days later and you owe the bank the whole amount (FTC). Never deposit a check from someone you have not verified and never send money back.',
    triggers: ['check', 'checks', 'cheque', 'cheques', 'remainder', 'remaining', 'rest', 'balance', 'difference', 'micr', 'keep', 'deposit', 'cash', 'versa', 'versacheck', 'print', 'prints', 'printing'],
    patterns: [
      String.raw`\b(?:deposit|cash|mobile[- ]deposit)\s(?:the|this|a|our|each)\s(?:\w{1,12}\s)?(?:check|cheque)\b.{0,80}\b(?:send|forward|wire|transfer|buy|purchase|remit|return|pay)\w{0,3}\b`,
      String.raw`\b(?:we|i|the\scompany|our\sclient)\s(?:will|shall|'ll)\s(?:send|mail|issue|overnight)\s(?:you\s)?(?:a\s)?(?:check|cheque|cashier['’]?s\scheck|money\sorder)\b.{0,80}\b(?:purchase|buy|equipment|supplies|vendor|forward|send)\w{0,3}\b`,
      String.raw`\b(?:send|forward|transfer|remit|wire|return)\w{0,3}\s(?:back\s)?(?:the\s)?(?:rest|remainder|remaining\s(?:funds|amount|balance)|balance|difference|excess)\b`,
      String.raw`\bkeep\s(?:\d{1,2}\s?%|a\s(?:percentage|portion|commission|part))\b.{0,60}\b(?:send|forward|transfer|remit|wire)\w{0,3}\b`,
      // "we will send you the funds by check; cash it and use part of it to pay our equipment partner".
      String.raw`\b(?:cash|deposit)\s(?:it|the\s(?:check|cheque))\s(?:and|then)\s(?:\w{1,12}\s){0,5}(?:send|forward|wire|transfer|buy|purchase|remit|pay)\w{0,3}\b`,
      String.raw`\bmicr\s(?:ink|toner|printer|printing)\b`,
      // Printing checks at home: blank check stock bought "and reimbursed".
      // "Check stock and inventory levels" is a stock room; the scam buys the paper ("order check stock").
      String.raw`\b(?:blank\s(?:check|cheque)s?|(?:blank|order|buy|purchase|get|laser)\w{0,3}\s(?:\w{1,12}\s){0,2}(?:check|cheque)\sstock|(?:check|cheque)\sstock\s(?:paper|printer|supplies)|versa\s?check|(?:order|buy|purchase)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:check|cheque)\spaper)\b`,
      String.raw`\bgive\s(?:me|us)\s(?:back\s)?(?:the\s)?(?:rest|remainder|balance|difference)\b`,
      // Printing payments at home and dropping them at a courier: counterfeit checks.
      String.raw`\bprint\w{0,3}\s(?:\w{1,12}\s){0,3}(?:checks?|cheques?|payees?|money\sorders?|payments?)\b.{0,80}\b(?:drop\w{0,3}|take\w{0,3}|bring\w{0,3})\s(?:them\s|it\s)?(?:off\s)?(?:at|to)\s(?:a\s|the\s|your\s)?(?:nearest\s|local\s)?(?:fedex|usps|ups|dhl|post\soffice|courier)\b`,
      // The check not named: "deposit this and I'll tell you what to buy and where to send it".
      String.raw`\b(?:deposit|cash|mobile[- ]deposit)\s(?:this|it|them|the\s(?:funds|money|payment|amount))\b.{0,100}\b(?:what|which\s\w{1,12}|where|whom|who)\sto\s(?:buy|purchase|send|pay|wire|transfer|forward)\b`,
      String.raw`\b(?:deposit|cash)\s(?:this|it|them)\b.{0,60}\b(?:send|forward|wire|transfer|remit|pay)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:to\s)?(?:the|our|my|a)\s(?:\w{1,12}\s)?(?:vendor|supplier|agent|seller|merchant)s?\b`,
    ],
    unless: [String.raw`\b(?:never|not|no)\s(?:\w{1,12}\s){0,3}(?:deposit|forward|send)`],
    examples: {
      positive: [
        'Our team will send you the funds by check; cash it and use part of it to pay our equipment partner.',
        'We will mail you a check to purchase your home office equipment from our vendor.',
        'Deposit the check, keep your pay and send the remainder to the supplier.',
        'You must own a color printer with MICR ink.',
        'Once the funds show up, deposit them and I will text you what to purchase for the office.',
        'Deposit it tonight, then forward most of it to our equipment vendor.',
        'Order blank check stock from an office store and you will be reimbursed.',
        'Withdraw it, keep your share and give me the rest.',
        'Dispatchers print the payee checks and drop them off at FedEx locations near them.',
      ],
      negative: [
        'Paychecks are issued every other Friday by direct deposit.',
        'You will never be asked to deposit a check or forward funds.',
        'Deposit it into your savings account and decide where to spend it yourself.',
        'Check paper forms against the database before filing.',
        'Input orders; check stock and inventory levels; track shipments.',
      ],
    },
  },
  {
    // The money mule's first letter: a foreign firm that "needs a representative in the United States"
    // writes to strangers, and the job turns out to be taking in its customers' payments (FBI, FTC).
    id: 'company-representative-offer',
    severity: 'medium',
    title: 'A firm wants you as its "representative" in your country',
    explanation:
      'A company you have never dealt with asking you to be its representative or agent in your country, with details "in the next email", is how money-mule jobs start: the "representative" receives the firm\'s customer payments into a personal account and sends them on, which is money laundering, and the account holder is the one held to account (FBI, FTC). Real companies hire representatives through job postings with a named employer, an interview and a contract.',
    scope: 'any',
    triggers: ['representative', 'representatives', 'rep', 'reps', 'agent', 'agents', 'intermediary', 'intermediaries', 'middleman', 'middlemen', 'partner', 'associate'],
    patterns: [
      // "Our company needs a representative in the United States": not a sales, field or account representative, which honest postings seek.
      String.raw`\b(?:our|my)\s(?:company|firm|organi[sz]ation|business|client)\s(?:\w{1,12}\s){0,2}(?:needs?|requires?|is\slooking\sfor|is\sseeking|is\sin\sneed\sof)\s(?:a\s|an\s|some\s)?(?!(?:sales|field|customer|service|territory|account)\s)(?:\w{1,12}\s)?(?:representatives?|reps?|agents?)\s(?:in|for|within|based\sin)\s(?:the\s)?(?:united\sstates(?:\sof\samerica)?|usa|u\.s\.a?\.?|us|canada|uk|united\skingdom|europe|australia|north\samerica|your\s(?:country|state|region|area|city|location))\b`,
      // "Individuals or companies to act as intermediaries for our company", "serve as our agent".
      String.raw`\b(?:act|serve|work)\s(?:as\s)(?:an?\s|our\s|my\s)?(?:intermediar(?:y|ies)|representatives?|agents?|middlem[ae]n)\s(?:for|of|to)\s(?:our|my)\s(?:company|firm|organi[sz]ation|business)\b`,
      // "A position for my company as a representative in your region": the sender does not know where you are.
      String.raw`\b(?:as|be|become|being)\s(?:a|an|our|my)\s(?:\w{1,12}\s)?(?:representative|rep|agent)\s(?:in|for)\s(?:your\s(?:country|state|region|area|city|location))\b`,
      // "I solicit a partner in your country to assume the role of a product representative".
      String.raw`\b(?:solicit|seek|seeking|need|needs|looking\sfor|searching\sfor)\s(?:a\s|an\s)?(?:\w{1,12}\s)?(?:partner|representative|rep|agent|associate)\s(?:in|from)\syour\s(?:country|state|region|area|city|location)\b`,
      // "work for the company as a Representative/Bookkeeper": the mule job's own title.
      String.raw`\b(?:representative|rep|agent)\s?\/\s?book-?keeper\b|\bbook-?keeper\s?\/\s?(?:representative|rep|agent)\b`,
    ],
    examples: {
      positive: [
        'Our company needs a representative in the United States of America, will you be interested in being our rep?',
        'I can offer you a part-time position for my company as a representative in your region.',
        'We are seeking individuals or companies to act as intermediaries for our company, for a commission.',
        'I solicit a partner in your country to assume the role of a product representative in a supply venture.',
        'We need someone to work for the company as a Representative/Bookkeeper in the USA.',
      ],
      negative: [
        'Our company is looking for a sales representative in Canada to grow the Ontario market.',
        'You will represent our company at trade fairs in the UK.',
        'Be an intermediary between the crew and the client on site.',
        'We are looking for a partner in Germany to distribute our software.',
        'Bookkeeper needed for a dental practice in Ohio.',
      ],
    },
  },
  {
    id: 'payment-processing-agent',
    severity: 'high',
    title: 'Receive and move payments through your own account',
    explanation:
      '"Payment processing agent", "funds transfer officer" and similar roles ask you to receive money into your personal bank account and send it on. That is money laundering (a "money mule"); the account holder is the one the police find (FTC, FBI). Real finance roles use company accounts only.',
    scope: 'any',
    triggers: ['payment', 'payments', 'funds', 'fund', 'money', 'transfers', 'transfer', 'transferred', 'account', 'agent', 'processing', 'represent'],
    patterns: [
      String.raw`\b(?:payments?|funds?|money)\s(?:processing|transfer|collection|receiving|remittance)\s(?:agent|officer|representative|rep|coordinator|clerk|assistant|associate|specialist)\b`,
      String.raw`\b(?:receive|accept|process|handle)\w{0,3}\s(?:\w{1,12}\s){0,2}(?:payments?|funds|transfers?|money|donations)\s(?:\w{1,12}\s){0,3}(?:into|through|via|to|in|on)\s(?:your|a)\s(?:own\s)?(?:personal\s)?(?:bank\s|checking\s|paypal\s)?account\b`,
      String.raw`\b(?:use|open)\s(?:your|a)\s(?:own\s)?(?:personal\s)?(?:bank|checking|paypal)\saccount\s(?:\w{1,12}\s){0,3}(?:to\s)?(?:receive|process|transfer|collect)\b`,
      // "Open a new bank account in your name for our company payments and share the online access."
      String.raw`\bopen\s(?:a\s|an\s)?(?:new\s|separate\s|second\s)?(?:bank|checking|business)\saccount\s(?:in\syour\s(?:own\s)?name\s)?(?:for|to\s(?:receive|handle|hold))\s(?:our|the|my)\s(?:company|business|client|firm|employer)'?s?\b`,
      // A foreign firm's "representative" who takes in its receivables: the classic mule offer.
      // "our company will be transferred the net 70% of the payment": you keep a cut of money you pass on.
      String.raw`\btransferr?\w{0,3}\s(?:to\s(?:us|me)\s)?(?:the\s)?(?:net\s)?\d{1,2}\s?%\sof\s(?:the|each|every|all)\s(?:payments?|collections?|amounts?|funds|money|transfers?)\b`,
      String.raw`\brepresent\s(?:our|the|my)\s(?:company|firm|business)\s(?:in|within|across)\s(?:the\s)?(?:united\sstates|usa|us|u\.s\.|canada|uk|united\skingdom|europe|north\samerica|australia|your\s(?:country|state|region|area))\b.{0,80}\b(?:accounts?\sreceivable|payments?|invoices?|funds)\b`,
    ],
    unless: [String.raw`\b(?:direct\sdeposit|your\s(?:salary|wages|pay(?:check)?)|payroll)\b`],
    examples: {
      positive: [
        'Open a new bank account in your name for our company payments and share the online access.',
        'As a Payment Processing Agent you will receive client payments into your personal bank account.',
        'Use your own checking account to receive transfers and forward them to our partners.',
        'We would like you to represent our company in the United States and handle our accounts receivable.',
        'After each collection, our company will be transferred the net 70% of the payment.',
      ],
      negative: [
        'Your salary is paid into your bank account by direct deposit.',
        'Process vendor payments through the company ERP.',
        'You will represent our company in the UK at trade fairs and client meetings.',
      ],
    },
  },
  {
    id: 'purchases-on-my-behalf',
    severity: 'medium',
    title: 'Buy things for a boss you never meet',
    explanation:
      'A "personal assistant" whose first tasks are buying gift cards, supplies or equipment "on my behalf" is the usual set-up for a fake-check scam: the money you are sent bounces after you have spent your own (FTC). A real assistant job starts with an interview and uses the employer\'s card, not your money.',
    triggers: ['behalf', 'me'],
    patterns: [String.raw`\b(?:buy|purchase|order|pay\sfor)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:on\smy\sbehalf|for\sme)\b`],
    unless: [String.raw`\bcompany\s(?:credit\s)?card\b`],
    examples: {
      positive: ['Duties include: research and buy things on my behalf, make reservations.', 'You will purchase gift cards for me and send the codes.'],
      negative: ['Order office supplies for me with the company card.', 'Buy the materials on behalf of the studio and expense them through payroll.'],
    },
  },
  {
    id: 'reshipping',
    severity: 'high',
    title: 'Receive and reship packages from home',
    explanation:
      '"Package inspector", "shipping coordinator" or "reshipping" jobs have you receive goods bought with stolen cards at your address and forward them abroad. The pay never comes and you are the last link in the fraud (FTC). Real logistics jobs are in a warehouse, not your home.',
    triggers: ['reship', 'reshipping', 'reshipment', 'forward', 'forwarding', 'packages', 'package', 'parcels', 'parcel', 'shipments', 'merchandise', 'relabel', 'relabeled'],
    patterns: [
      String.raw`\bre-?ship(?:ping|ment|ments|ped)?\b`,
      String.raw`\b(?:package|parcel)\s(?:forwarding|forwarder|reshipping|inspector|handler)\b`,
      String.raw`\bforward\w{0,3}\s(?:the\s|them\s)?(?:packages?|parcels?|shipments?|merchandise|items)\b`,
      // "relabel them and ship them to our overseas warehouse".
      String.raw`\bre-?label\w{0,3}\s(?:\w{1,12}\s){0,3}(?:and|then)\s(?:re-?)?(?:ship|send|mail|post)\w{0,3}\b`,
      String.raw`\b(?:receive|accept)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:packages?|parcels?|shipments?|merchandise)\s(?:\w{1,12}\s){0,3}(?:at|to|in)\s(?:your|their)\s(?:own\s)?(?:home|house|residence|address|apartment)\b`,
    ],
    // A warehouse job, not a warehouse as where the packages go ("ship them to our overseas warehouse").
    unless: [String.raw`(?<!\bto\s(?:our|the|an?|their)\s(?:overseas\s|international\s|foreign\s)?)\b(?:warehouse|distribution\scent(?:er|re)|loading\sdock|fulfil?ment\scent(?:er|re))\b`],
    examples: {
      positive: [
        'You will receive a package of phones each week; relabel them and ship them to our overseas warehouse.',
        'Receive packages at your home address, check the contents and reship them overseas.',
        'Package forwarding assistants earn $25 per parcel.',
      ],
      negative: [
        'Receive and inspect shipments at our warehouse loading dock.',
        'Annotators label images of packages for a delivery-robot model.',
      ],
    },
  },
];
