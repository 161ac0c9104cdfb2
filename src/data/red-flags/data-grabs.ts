// Personal and financial data asked for before there is an offer (FTC, Indeed, LinkedIn, Appen).
import type { SignalRuleInput } from '../schema.ts';
import { AFTER_OFFER } from './shared.ts';

// "We never ask for", "you should not enter your real card details" (a tester FAQ).
const NEVER_ASK = String.raw`\b(?:never|not|don['’]?t|do\snot|won['’]?t|will\snot|shouldn['’]?t|mustn['’]?t)\s(?:\w{1,12}\s){0,4}(?:ask|request|send|share|include|provide|email|require|enter|give|type|submit)`;
// Words between the verb and the item may be a list: \"send your name, address and SSN\".
const GAP = String.raw`(?:[\w,']{1,20}\s){0,6}`;
const GIVE = String.raw`(?:send|provide|include|submit|email|attach|enter|fill\sin|give\s(?:us|me)|share|text|forward)\w{0,3}`;
/** Handing something over by message or mail, not typing it into a site you use. */
const SEND = String.raw`(?:send|provide|include|email|attach|give\s(?:us|me)|share|text|forward|whatsapp|mail)\w{0,3}`;
const BANK_DETAILS = String.raw`(?:bank(?:ing)?\s(?:account\s)?(?:details|information|info|number|statement)|account\sand\srouting\snumbers?|routing\snumber|iban)`;
// "a photocopy of your", "scans of the", "a clear photo of your".
const COPY_OF = String.raw`(?:(?:a\s|the\s)?(?:clear\s|colou?r\s|scanned\s)?(?:photo\s?cop(?:y|ies)|cop(?:y|ies)|photos?|pictures?|scans?|images?|pics?)\sof\s(?:your\s|the\s|both\s)?)`;
const ID_DOC = String.raw`(?:driv(?:er['’]?s?|ing)\s?licen[cs]es?|passports?|(?:government|state|national)[- ]issued\sid|photo\sid|(?:national\s)?id\s(?:card|proof|documents?)|national\sid|identity\s(?:card|document)s?|aadhaa?r(?:\scard)?)`;
/** A document, or a bare "ID" where it can only be one: "a copy of your ID", "send your ID" (not "your worker ID"). */
const ANY_ID = String.raw`(?:${COPY_OF}?${ID_DOC}|${COPY_OF}id|your\s(?:valid\s|photo\s)?id(?!\s?(?:numbers?|no\b|#)))`;

export const dataGrabRules: SignalRuleInput[] = [
  {
    id: 'ssn-before-offer',
    severity: 'high',
    title: 'Asks for your Social Security number up front',
    explanation:
      'Your SSN (or SIN, National Insurance number) is needed for tax forms after you accept an offer, never to apply. Asked for early it feeds identity theft (FTC, Indeed). Do not send it by email or chat; give it only in the employer\'s onboarding system after an offer.',
    triggers: ['ssn', 'social', 'sin', 'insurance', 'itin'],
    patterns: [
      String.raw`\b${GIVE}\s${GAP}(?:social\ssecurity\s(?:number|card|no|#)|ssn|sin\snumber|social\sinsurance\snumber|national\sinsurance\snumber|itin)\b`,
      String.raw`\b(?:ssn|social\ssecurity\s(?:number|#))\b.{0,40}\b(?:required|needed|must\sbe\s(?:sent|provided|included))\b`,
    ],
    unless: [NEVER_ASK, AFTER_OFFER],
    examples: {
      positive: [
        'Please send your full name, address and SSN to apply.',
        'Your social security number is required with the application.',
      ],
      negative: [
        'After you accept an offer, you will provide your SSN in our secure payroll system.',
        'We never ask for your social security number by email.',
        'You should not enter your social security number in any test form.',
      ],
    },
  },
  {
    id: 'bank-credentials',
    severity: 'high',
    title: 'Asks for bank login or bank details',
    explanation:
      'No employer needs your online-banking username, password or PIN, ever. Bank account details are only for payroll after you are hired, entered in the employer\'s own system. Anyone asking earlier is after your money (FTC, LinkedIn).',
    triggers: ['bank', 'banking', 'routing', 'account', 'iban'],
    patterns: [
      String.raw`\b(?:online\s)?bank(?:ing)?\s(?:account\s)?(?:log[- ]?in|username|user\sname|password|credentials|pin|security\s(?:code|questions?))\b`,
      // Bank details handed over by message or mail. "Enter"/"fill in" are left out: that is how a
      // platform you already work for asks you to set up payouts in its own settings page.
      String.raw`\b${SEND}\s${GAP}${BANK_DETAILS}\b`,
      // Bank details as part of applying, whatever the verb.
      String.raw`\b${BANK_DETAILS}\b.{0,40}\b(?:to\s(?:apply|register|be\s(?:considered|shortlisted|hired|selected)|get\sthe\s(?:job|position))|(?:with|in)\syour\s(?:application|resume|cv)|before\s(?:the\s|your\s|an\s)?(?:interview|offer|hiring|training|start\sdate))`,
    ],
    unless: [
      NEVER_ASK,
      AFTER_OFFER,
      // Direct deposit needs account and routing numbers after an offer, never a login or password.
      String.raw`^(?![\s\S]{0,800}\b(?:password|passcode|log[- ]?in|username|user\sname|credentials|pin)\b)[\s\S]{0,800}?\bdirect\sdeposit\b`,
      // The payout page of a platform you already work on; never for a login or password.
      String.raw`^(?![\s\S]{0,800}\b(?:password|passcode|log[- ]?in|username|user\sname|credentials|pin)\b)[\s\S]{0,800}?(?:\b(?:payout|payment|withdrawal|billing|tax)\s(?:method|settings?|details\spage|page|preferences|profile|section|tab)s?\b|\b(?:in|on|from|under)\s(?:your|the)\s(?:dashboard|account\ssettings|profile\ssettings|settings\spage|worker\sportal|contributor\sportal)\b)`,
    ],
    examples: {
      positive: [
        'Send us your online banking username and password so we can deposit your first payment.',
        'Include your bank account details with your application.',
        'Email your name, phone number and banking information to our HR desk today.',
        'Enter your bank account number and routing number to apply for this role.',
        'Type your online banking password on the payment page so we can verify your account.',
        'Please provide your online banking login so payroll can set up direct deposit.',
      ],
      negative: [
        'Once hired, you will enter your bank details for direct deposit in Workday.',
        'We will never ask for your banking password.',
        'Set up your payout method in your dashboard by entering your bank account information.',
        'Enter your banking information carefully so your earnings arrive on time.',
        'Provide your bank details in the payment settings page to receive your weekly earnings.',
      ],
    },
  },
  {
    id: 'id-document-early',
    severity: 'medium',
    title: 'Asks you to send ID documents',
    explanation:
      'Sending a photo of your driver\'s licence or passport by email or chat hands a scammer what they need to open accounts in your name (FTC). Real platforms verify identity inside their own site, usually after you pass a screening, and employers check documents for work authorisation after an offer.',
    triggers: ['licence', 'license', 'passport', 'passports', 'id', 'ids', 'identity', 'identification', 'aadhaar', 'aadhar'],
    patterns: [
      String.raw`\b(?:send|email|e-mail|mail|text|attach|forward|whatsapp|share)\w{0,3}\s${GAP}${ANY_ID}\b`,
      // "provide a photocopy of your passport", "submit scans of your ID".
      String.raw`\b(?:provide|submit|give\s(?:us|me))\w{0,3}\s(?:\w{1,15}\s){0,3}${COPY_OF}(?:${ID_DOC}|id)\b`,
    ],
    unless: [NEVER_ASK, AFTER_OFFER],
    examples: {
      positive: [
        'Email a scan of your driver\'s license and passport to complete registration.',
        'Please share a clear photocopy of your national ID with me before we continue.',
        'Kindly provide copies of your ID card and bank card to the coordinator.',
      ],
      negative: [
        'Identity is verified through our secure platform after you pass the assessment; do not email your passport.',
        'A valid driver\'s license is required for this field role.',
        'After you accept the offer, you will provide a copy of your passport for the right-to-work check.',
        'Send your worker ID with every timesheet.',
      ],
    },
  },
  {
    id: 'card-details-request',
    severity: 'high',
    title: 'Asks for credit or debit card details',
    explanation:
      'A job application never needs your card number or CVV. Card details asked for "verification" or "background check fees" are theft (FTC). Do not enter them anywhere the recruiter points you to.',
    triggers: ['card', 'cvv', 'cvc'],
    patterns: [
      String.raw`\b${GIVE}\s${GAP}(?:credit|debit)\scard\s(?:number|details|info(?:rmation)?|data)\b`,
      String.raw`\b(?:cvv|cvc|card\sverification\s(?:code|value))\b`,
      String.raw`\b(?:photo|picture|pic|copy|scan|image|screenshot)s?\sof\s(?:your|the)\s(?:\w{1,10}\s)?(?:debit|credit|bank|atm)\scards?\b`,
    ],
    unless: [NEVER_ASK],
    examples: {
      positive: [
        'For payroll setup, kindly send a photo of your debit card front and back.','Enter your credit card number to verify your identity.', 'Send the card number and CVV for the background check.'],
      negative: ['We will never ask for your credit card number.', 'Key in data from credit card applications for our bank client.'],
    },
  },
  {
    id: 'sensitive-personal-data',
    severity: 'medium',
    title: 'Asks for date of birth or other sensitive data to apply',
    explanation:
      'Date of birth, mother\'s maiden name or marital status are not needed to apply for a job and are the answers to common security questions. Asked for in an application email, they point to identity theft (FTC).',
    triggers: ['birth', 'dob', 'maiden', 'marital'],
    patterns: [
      String.raw`\b${GIVE}\s${GAP}(?:date\sof\sbirth|dob|mother['’]?s\smaiden\sname|marital\sstatus)\b`,
      String.raw`\b(?:date\sof\sbirth|mother['’]?s\smaiden\sname)\s(?:is\s)?(?:required|needed)\b`,
    ],
    unless: [NEVER_ASK, AFTER_OFFER],
    examples: {
      positive: ['Include your full name, date of birth and home address in the email.'],
      negative: ['Do not include your date of birth or photo in your CV.'],
    },
  },
];
