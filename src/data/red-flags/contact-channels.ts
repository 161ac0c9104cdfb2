// Who contacts you and how: chat apps, texts and personal mailboxes instead of a company domain
// (FTC, Indeed, LinkedIn, Appen).
import type { SignalRuleInput } from '../schema.ts';
import { BORROWED_NAMES } from './impersonation.ts';

// Spellings seen in scam messages: "Whats App", "What'sApp" (tokens "what", "sapp"), "watsapp", "whatsaap".
const WHATSAPP = String.raw`(?:what['’]?s['’]?[\s-]?app|whatsap|whatsaap|whatasapp|watsapp|watsap|whatapp|whtsapp|wtsapp)`;
// Signal is also an English word ("at the signal", "signal strength"): only the original, narrow forms name it.
// Zalo is Vietnam's chat app, where the same scripts run in Vietnamese.
export const CHAT_APP = String.raw`telegram|${WHATSAPP}|wechat|viber|kik|zalo`;
// mail.com lends its free mailboxes many domain names ("chevron.uk@europe.com", "@usa.com",
// "@consultant.com"); the others are the big free providers of Germany, Italy, France, Poland, Russia,
// Korea, China, India and Brazil.
export const FREE_MAIL = 'gmail|googlemail|yahoo|ymail|rocketmail|outlook|hotmail|live|msn|aol|proton|protonmail|pm|icloud|me|mail|gmx|yandex|zoho|tutanota|qq|163|126|' +
  'europe|usa|email|post|consultant|myself|writeme|engineer|accountant|techie|iname|' +
  'libero|laposte|wp|onet|rambler|inbox|naver|daum|hanmail|sina|foxmail|rediffmail|bol|uol';
/**
 * "Work Location: In person", "This is an on-site role", "(Presencial)", "walk-in interview": an
 * employer with a place to work at. Fake jobs are done from home.
 */
export const IN_PERSON_WORKPLACE = String.raw`\bwork\s(?:location|place)\s?:?\s(?:is\s)?(?:in[- ]person|on[- ]?site)\b|\b(?:this|the)\s(?:role|job|position)\s(?:is\s)?(?:an?\s)?(?:fully\s)?(?:in[- ]person|on[- ]?site)\b|\b(?:in[- ]person|on[- ]?site)\s(?:role|job|position|only)\b|\((?:presencial|en\spr[ée]sentiel)\)|\b(?:trabalho|trabajo|modalidade|modalidad|regime|vaga)\s(?:de\s)?presencial\b|\bwalk[- ]in\s(?:interviews?|drive)\b`;

export const contactChannelRules: SignalRuleInput[] = [
  {
    id: 'messaging-app-contact',
    severity: 'high',
    title: 'Contact only through Telegram, WhatsApp or Signal',
    explanation:
      'Recruiters who move you to Telegram, WhatsApp, Signal or WeChat can pose as anyone and leave no trace on the job board. Task scams almost always run there (FTC); Appen and other vendors say they do not recruit this way. Contact the company through the careers page on its own domain.',
    triggers: ['telegram', 'whatsapp', 'whats', 'whatsap', 'whatsaap', 'whatasapp', 'watsapp', 'watsap', 'whatapp', 'whtsapp', 'wtsapp', 'sapp', 'signal', 'wechat', 'viber', 'kik', 't', 'wa', 'm', 'zalo'],
    patterns: [
      // m.me is Facebook Messenger's: a chat handle as the way to apply, as t.me and wa.me are.
      String.raw`\b(?:t\.me|wa\.me|m\.me|chat\.whatsapp\.com|telegram\.me)\/`,
      // The link broken up to get past SMS filters: "http //wa.me 9185…", "wa.me /9185…".
      String.raw`\b(?:wa|t)\.me\s\/?\s?[+\d]`,
      // "message our recruiter on Telegram", "text me on my WhatsApp", "reach us by Whats App".
      String.raw`\b(?:contact|message|msg|text|reach|add|chat\swith|chat|dm|write\sto|ping|talk|speak|connect|communicate|reply|respond|call|get\sin\stouch|send\s(?:a\s|your\s)?(?:message|cv|resume|details)\sto|apply|guide|guides|coach|mentor|train|onboard)\s(?:\w{1,15}\s|\+?\(?\d[\d().-]{1,14}\s){0,4}(?:on|via|through|using|at|in|by|over)\s(?:(?:our\s|my\s|their\s|his\s|her\s|the\s)?(?:${CHAT_APP})|(?:our\s)?signal)\b`,
      // "WhatsApp details: …", "Telegram no.": a chat-app contact handed over.
      String.raw`\b(?:${CHAT_APP}|signal)\s(?:id|handle|number|no|username|contact|details|group|channel)\b`,
      String.raw`\b(?:telegram|${WHATSAPP})\b\s?:?\s?@[a-z0-9_]{3,32}\b`,
      // The handle first: "search @jarvis11 on — Telegram" (the match starts at the handle's word).
      String.raw`(?<=@)[a-z0-9_]{3,32}\s(?:\W{1,3}\s)?(?:on|via|at|in)\s(?:\W{1,3}\s)?(?:${CHAT_APP})\b`,
      // A chat-app number given outright: "WhatsApp: +44 7700 900123", "Telegram +1 (555) 010-0199".
      String.raw`\b(?:telegram|${WHATSAPP}|viber)\s?(?::|-|at|on)?\s?\+?\(?\d[\d\s().-]{6,18}\d\b`,
      // A personal account: "on my WhatsApp", "via their Telegram".
      String.raw`\b(?:on|via|through|by|over|at)\s(?:my|their|his|her)\s(?:personal\s|private\s|own\s)?(?:${CHAT_APP})\b`,
      // "WhatsApp me", "Telegram us at +44...".
      String.raw`\b(?:telegram|${WHATSAPP}|viber)\s(?:me|us)\b`,
      // "check your SMS or WhatsApp for a message from the hiring manager".
      String.raw`\bcheck\s(?:your\s)?(?:\w{1,10}(?:\s(?:or|and)\s|\s?\/\s?))?(?:telegram|${WHATSAPP}|wechat|viber)\b`,
      // "send me a message "Hey, friend" via Telegram": the words between may be a quoted opener.
      String.raw`\b(?:receive|get|expect|sent|send)\w{0,3}\s(?:you\s|me\s|us\s)?(?:a\s|an\s)?(?:message|text|call|invitation|invite)\s(?:\S{1,15}\s){0,5}(?:on|via|through|in|by|over)\s(?:your\s|our\s)?(?:${CHAT_APP})\b`,
      // "Please add WhatsApp to receive jobs": not "add WhatsApp to our chatbot", which a developer builds.
      String.raw`\badd\s(?:(?:my|our|me\son|us\son)\s)?(?:${CHAT_APP})\s(?:to|for)\s(?:receive|get|apply|join|start|learn|know|more|details|jobs?|work|tasks?)\b`,
      // "please add whatsapp ame/61432785402": the app named with a number or link straight after.
      String.raw`\badd\s(?:my\s|our\s|me\son\s|us\son\s)?(?:${CHAT_APP})\s?:?\s?(?:[a-z.]{0,12}\/)?\+?\d{6,}`,
      // "please click the WhatsApp link to contact", "tap the Telegram button below".
      String.raw`\b(?:click|tap|follow|open|use|via|through)\s(?:on\s)?(?:the\s|this\s|our\s|my\s|a\s)?(?:${CHAT_APP})\s(?:link|button|invite|invitation)\b`,
      // Vietnamese: "add số zalo" (add the Zalo number), "kết bạn Zalo", "liên hệ qua Zalo".
      String.raw`\b(?:add|thêm|kết\sbạn|liên\shệ|nhắn(?:\stin)?|inbox|ib)\s(?:(?:qua|với|số|sđt|nick)\s){0,2}zalo\b|\bsố\szalo\b`,
      // "For details call or WhatsApp Shivani", "please reply to WhatsApp", "Whatsapp http://…": the
      // app as the way to answer, next to a phone call or a link. Links broken up ("http //", "wa me")
      // dodge SMS filters.
      String.raw`\b(?:call|text|sms|message)\s(?:or|and|\/)\s(?:${CHAT_APP})\b`,
      String.raw`\b(?:reply|respond|write|message|text|come|talk)\s(?:to|on)\s(?:(?:my|our|the)\s)?(?:${CHAT_APP})\b`,
      String.raw`\b(?:telegram|${WHATSAPP})\s?:?\s?(?:https?\s?:?\s?\/\/|www\.)`,
      // "move the conversation to Telegram", "switch to WhatsApp".
      String.raw`\b(?:move|switch|continue|transfer|take)\w{0,3}\s(?:(?:the|this|our)\s(?:conversation|chat|interview|discussion)\s)?(?:over\s)?to\s(?:${CHAT_APP})\b`,
    ],
    unless: [
      String.raw`\b(?:never|not|don['’]?t|do\snot|won['’]?t|will\snot)\s(?:\w{1,12}\s){0,4}(?:telegram|${WHATSAPP}|signal|wechat)`,
      String.raw`\b(?:support|customer|customers|clients?)\s(?:\w{1,12}\s){0,3}(?:via|on|through)\s(?:${WHATSAPP}|telegram|wechat)`,
    ],
    examples: {
      positive: [
        'Message our recruiter on Telegram to receive your first tasks.',
        'Add the hiring manager on WhatsApp: +1 555 0100.',
        'Home based data entry job. For details call or WhatsApp Priya.',
        'I will teach you to earn a day. Please reply to whats app in English.',
        'Apply http //wa.me /15550100 now.',
        'For instant help type "JOB" and send it on my whatsaap.',
        'The work is very simple. Please add WhatsApp to receive jobs.',
        'Join our Telegram group for daily assignments.',
        'For anything else, just text me on my Whats-App when you are free.',
        'Please check your email/Telegram today for the onboarding link.',
        'You will get a message from our HR lead on WhatsApp within the hour.',
        'Questions about the offer can go to the Whats App number below.',
        'WhatsApp me at +44 20 7946 0000 to confirm.',
        'Let us move this conversation to Telegram.',
        'If you are interested, please click the WhatsApp link to contact us.',
        'For more information please add whatsapp ame/61432785402',
        "For more details message us on What'sApp: +1 555 010 0199",
        'If interested, send me a message "Hi there" via telegram or whatsapp.',
        'If you want to join us, whatsapp details: +1 555 010 0123.',
        'Text HR at (555) 212-3344 on WhatsApp to start today.',
        'Message us by searching @jarvisRobert11 ON — TELEGRAM to get more details.',
        'Want to earn 5K a week? Message us --> m.me/parttimejobs.example',
        'Xin add số zalo liên hệ: 0900 000 000.',
      ],
      negative: [
        'We will never contact you on WhatsApp or Telegram.',
        'You will answer customer questions via WhatsApp and email for our retail client.',
        'Annotate customer chats exported from WhatsApp and Telegram for a support model.',
        'Check your signal strength before starting a live session.',
      ],
    },
  },
  {
    id: 'text-only-contact',
    severity: 'medium',
    title: 'Text messages only',
    explanation:
      'An unexpected text about a job, or a recruiter who will only text, is a common start of task and job scams (FTC). A real recruiter can send an email from the company domain and hold a call.',
    triggers: ['text', 'texts', 'sms', 'texting', 'reply'],
    patterns: [
      String.raw`\b(?:text|sms)\s(?:only|us|me|the\srecruiter|your\sname)\s(?:\w{1,10}\s){0,2}(?:at|on|to)\s\+?\(?\d`,
      String.raw`\b(?:text|sms)\s(?:only|messages?\sonly)\b`,
      String.raw`\b(?:do\snot|don['’]?t|please\sdo\snot)\scall\b.{0,20}\btext\b`,
      // The mass-texting opener: "Reply YES to this message to learn more".
      String.raw`\breply\s(?:with\s)?["“']?(?:yes|y|ok|1)["”']?\s(?:to\s(?:this\s(?:message|text|sms)|learn|get|receive|continue|proceed|start|know|hear)|if\syou|for\s(?:more|details|info))\b`,
      // "Long press the message or reply to number 1 to join us".
      String.raw`\breply\s(?:to\s)?(?:number|no\.?)\s?["“']?\d{1,2}["”']?\s(?:to\s)?(?:join|learn|get|receive|continue|start|apply|proceed)\b`,
      // "If interested send sms to James …": the only way in is a text to a person.
      String.raw`\b(?:if\s(?:you\s(?:are|'re)\s)?interested|for\s(?:more\s)?(?:details|info(?:rmation)?)|kindly|please)\W{0,3}\s?(?:send|drop)\s(?:us\s|me\s)?(?:an?\s)?(?:sms|text(?:\smessage)?)\s(?:to|at|on)\b`,
      // "Contact Professor Smith now at (410) 555-0199 via text message": a phone number to text, as the way to apply.
      String.raw`\b(?:contact|reach|message)\s(?:\S{1,20}\s){0,6}?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\s(?:via|by|through)\s(?:an?\s)?(?:text|sms)(?:\smessages?)?\b`,
    ],
    examples: {
      positive: ['Text me at 555-0142 to get started.', 'Please do not call, text only.', 'Reply YES to this message to learn more about a remote job paying $500/day.', 'Kindly reply with "YES" to proceed.', 'Long press the message or reply to number 1 to join us.', 'If interested send sms to James at 555-0142 for details.', 'To apply, contact Dr. Reyes now at (312) 555-0188 via text message with your name and year of study.'],
      negative: ['Review text samples written by the model.', 'Our recruiters will text you an interview reminder from the company line.', 'We will send a text to your phone to confirm the interview time.', 'Contact our office at (312) 555-0188 by phone or email.'],
    },
  },
  {
    id: 'unsolicited-job-offer',
    severity: 'medium',
    title: 'Offer out of the blue ("your resume was recommended to us")',
    explanation:
      'A message that says your number or resume "was recommended by online recruitment agencies", that you were "found through big data" or "randomly selected" for a part-time remote job, is the opening script of task and job scams sent by text and WhatsApp (FTC). You never applied, so nobody has checked you, and nobody can say who passed your details on. Do not reply from the message; look the company up yourself.',
    // Each pattern needs one of these (its verb, or "big data", "algorithm", "internet"); "data",
    // "number" and "contact" would send most sentences of most postings through the rule.
    triggers: ['country', 'region', 'recommended', 'referred', 'provided', 'forwarded', 'passed', 'given', 'shared', 'big', 'database', 'databases', 'algorithm', 'algorithms', 'internet', 'random', 'randomly', 'specially', 'personally', 'got', 'obtained', 'received', 'acquired', 'selected', 'select', 'recommend', 'chosen', 'picked', 'shortlisted', 'recommendation', 'referral'],
    patterns: [
      // "Your resume has been recommended by several online recruitment agencies".
      String.raw`\b(?:resume|cv|profile|number|contact|information|details)s?\s(?:\w{1,12}\s){0,3}(?:was|were|has\sbeen|have\sbeen|is|got)\s(?:\w{1,12}\s)?(?:recommended|referred|provided|forwarded|passed\son|given|shared)\s(?:to\s(?:us|me)\s)?(?:by|from|through|via)\s(?:\w{1,15}\s){0,3}(?:recruitment|recruiting|staffing|employment|job|hiring|talent|career|headhunting)\s(?:agenc(?:y|ies)|platforms?|sites?|websites?|companies|firms?|partners?|databases?|boards?)\b`,
      // "our team found you through big data", "we picked your number by random selection".
      String.raw`\b(?:found|got|obtained|picked|selected|chose|located|reached|matched|identified)\s(?:you|your\s(?:\w{1,12}\s)?(?:number|contact|profile|resume|cv|details|information))\s(?:\w{1,12}\s){0,3}(?:through|via|using|from|by|with|in)\s(?:(?:our|an?|the)\s)?(?:big\sdata|algorithms?|random\sselection|(?:online|internet)\sdatabases?|the\sinternet)\b`,
      // "we got your number from", "I obtained your contact details through".
      String.raw`\b(?:got|obtained|received|acquired)\s(?:your\s(?:phone\s|mobile\s|cell\s|contact\s|whatsapp\s)?(?:number|contact(?:\s(?:details|information|info))?))\s(?:from|through|via|on)\b`,
      // "I will love to employ you into a humanitarian work in your country": the sender does not know
      // where you are (not "authorized to work in your country of residence").
      String.raw`\b(?:employ|hire|recruit|engage)\w{0,3}\s(?:you\s)(?:\w{1,12}\s){0,5}(?:work|job|position|role|service|services)\s(?:in|within)\syour\s(?:country|region)\b(?!\sof\sresidence)`,
      // "I am contacting you based on a recommendation that you can handle a part-time position": whose, it never says.
      String.raw`\b(?:contact|writ|reach|email|messag)\w{0,3}\s(?:out\s)?(?:to\s)?you\s(?:\w{1,12}\s){0,2}(?:based\son|on|after|following|because\sof|due\sto)\s(?:a|an)\s(?:\w{1,12}\s)?(?:recommendation|referral)\b(?!\s(?:from|by|of)\b)`,
      // "You have been randomly selected", "you were chosen for a part-time online job".
      String.raw`\byou\s(?:have\sbeen|were|are|'ve\sbeen)\s(?:randomly|specially|personally)\s(?:selected|chosen|picked)\b`,
      // In the broken English such texts come in too: "you be select for the Work from Home job offer",
      // "you are recommend for our remote work position".
      String.raw`\byou\s(?:have\sbeen|were|'ve\sbeen|are|be|been)\s(?:selected|select|chosen|picked|shortlisted|recommended|recommend)\s(?:for|to\s(?:join|work|receive))\s(?:a|an|the|our)\s(?:\w{1,15}\s){0,2}(?:remote|part[- ]time|online|home[- ]based|flexible|work[- ]from[- ]home|side)\s(?:\w{1,12}\s){0,3}(?:jobs?|positions?|roles?|opportunit(?:y|ies)|work|offers?)\b`,
    ],
    unless: [
      // Postings that turn agencies away: "resumes referred by recruitment agencies will not be accepted".
      String.raw`\b(?:not|no|never)\s(?:\w{1,12}\s){0,3}(?:accept\w{0,3}|consider\w{0,3}|work\swith|use|pay)\b|\bunsolicited\b|\bwithout\sa\s(?:signed\s)?(?:agreement|contract)\b`,
      String.raw`\b(?:interview(?:s|ed)?|assessment|applied|your\sapplication)\b`,
    ],
    examples: {
      positive: [
        'Your CV has been recommended to us by several online staffing agencies.',
        'Hi Wendy, you are recommend for our remote work position, we pay daily.',
        'Our HR system located you through big data and picked you for this role.',
        'I got your number from a job site and would like to offer you work.',
        'Congratulations, you have been randomly selected for our reward program.',
        'I am contacting you based on a recommendation that you can handle a part-time position for my company.',
        'I read about you and i will love to employ you into a humanitarian work in your country.',
        'You have been chosen for a flexible part-time online position with our team.',
        'Congratulations! You have been shortlisted for a remote Amazon data review job. Reply to claim your spot.',
      ],
      negative: [
        'Resumes referred by recruitment agencies without a signed agreement will not be accepted.',
        'You have been selected for a part-time remote position after your interview with our panel.',
        'Build data pipelines that feed our recommendation engine through big data tools.',
        'I am reaching out to you following a referral from Dana Lee, who worked with you at Acme Labs.',
        'We hire you as an independent contractor; you must be authorized to work in your country of residence.',
      ],
    },
  },
  {
    id: 'resume-found-online',
    severity: 'low',
    title: 'Says they found your resume online',
    explanation:
      '"I came across the resume you posted on the internet" or "we came across your works online" opens many fake job offers: the sender did not get your application, they harvested your details from a job site. Real recruiters do reach out too, so this is weak alone; check that the sender writes from the company\'s own domain and that the company exists.',
    triggers: ['resume', 'resumes', 'cv', 'profile', 'work', 'works', 'portfolio', 'contact', 'details'],
    patterns: [
      String.raw`\b(?:came\sacross|found|saw|seen|viewed|noticed|discovered|spotted)\s(?:your|the)\s(?:\w{1,12}\s){0,2}(?:resume|cv|profile|works?|portfolio|contact|details)\s(?:(?:that\s)?you\s(?:posted|uploaded|submitted|shared|put\sup|listed)\s)?(?:\w{1,12}\s){0,2}(?:online|on\sthe\s(?:internet|web|net)|on\s(?:a|an|one\sof\s(?:the|several)|several|various|some)\s(?:\w{1,12}\s)?(?:job|recruitment|career|employment|resume)\s(?:sites?|boards?|websites?|portals?|platforms?|databases?)|on\s(?:indeed|monster|careerbuilder|ziprecruiter|glassdoor|naukri|jobstreet|dice))\b`,
    ],
    unless: [String.raw`\b(?:do\snot|don['’]?t|never|not)\s(?:\w{1,12}\s){0,3}(?:contact|reach|message|email)`],
    examples: {
      positive: [
        'I came across the CV you uploaded online and think you fit our office perfectly.',
        'Our editors saw your design portfolio on one of the job sites and loved it.',
        'We found your resume on Indeed and would like to offer you a position immediately.',
        'We found your contact on Indeed and need a virtual data clerk.',
      ],
      negative: [
        'Upload your resume and portfolio to our careers page to apply.',
        'We do not contact people whose resume we found online; apply through our careers page.',
      ],
    },
  },
  {
    id: 'free-email-domain',
    severity: 'medium',
    title: 'Company contact on a personal email address',
    explanation:
      'Companies, AI-training vendors included, write from their own domain. A recruiter on Gmail, Yahoo, Outlook, Hotmail, Proton or iCloud could be anyone (FTC, Indeed, LinkedIn). Look the company up yourself and contact it through its own site.',
    triggers: FREE_MAIL.split('|'),
    patterns: [String.raw`\b[a-z0-9._%+-]{1,64}@(?:${FREE_MAIL})\.(?:com|net|org|me|ch|ru|de|fr|it|es|pl|kr|cn|ca|in|co\.uk|co\.in|co\.jp|com\.br|com\.mx|com\.au)\b`],
    // A kitchen, a shop or a school that hires for its own premises often has no mail domain of its
    // own; job scams are done from home.
    // A mailbox that spells the employer the board names is the employer's own (unlessMailboxNamesCompany),
    // unless the name is one fake offers borrow: a vendor, lab or big employer never recruits from Gmail.
    params: { unlessAnywhere: [IN_PERSON_WORKPLACE], unlessMailboxNamesCompany: true, borrowedNames: BORROWED_NAMES },
    examples: {
      positive: ['Send your CV to hiring.team.ai@gmail.com today.', 'Questions? Write to recruiter_outlier@outlook.com.', 'Apply by sending your CV to chevron.uk@europe.com for more details.'],
      negative: ['Send your CV to careers@example-labs.com.', 'Familiarity with Gmail and Outlook is helpful.', 'Auxiliar de cozinha (Presencial), Campinas. Candidatura: cozinha.centro@gmail.com'],
    },
  },
  {
    // "Hello, I'm Emma from VRBO hotels… a part-time job you can do at home… can I share details?",
    // "Hello, this is a letter from TikTok… £100 - £300… please contact us": job offers sent by text,
    // WhatsApp or DM open with a stranger introducing themselves, then offer casual work and ask for
    // a reply. The FTC tells people not to answer unexpected job texts. Across the labelled sets the
    // self-introduction opens 16 scam messages and 2 real ones (a recruiter's note on a contract
    // role, an Army recruiter), neither of which offers casual work or pay by the day or week.
    id: 'unsolicited-job-message',
    severity: 'medium',
    title: 'A stranger offers casual work out of the blue',
    explanation:
      'The message opens with someone you do not know introducing themselves and offers part-time, at-home or flexible work, often with pay by the day or week, and asks you to reply, click or chat. Unexpected job offers by text, WhatsApp or direct message are how task and fake-check scams start (FTC). Do not reply or click; if the company is real, find its careers page yourself.',
    // Not "I", "my" or "this": the rule would read most sentences of every posting ("m" is of "I'm").
    triggers: ['hi', 'hello', 'hey', 'greetings', 'm', 'am', 'name', 'letter'],
    patterns: [
      // At the start of the text or of a sentence ("Hello! I'm Kaylee from…").
      String.raw`(?<=^[\s,]*|[.!?\n][\s,]*)(?:["“'(]\s*)?(?:(?:hi|hello|hey|good\s(?:morning|afternoon|evening|day)|greetings)\b[^.!?\n]{0,30}?[,.!]*\s*)?(?:excuse\sme,?\s)?(?:(?:i['’]?m|i\sam)\s(?:[\w.-]+\s){1,3}?(?:from|at|with)\s|(?:i['’]?m|i\sam)\s(?:a|the|an)\s(?:[\w-]+\s){0,2}(?:recruiter|recruiting|hiring|hr)\b|my\sname\sis\s[\w.-]+|this\sis\sa\s(?:letter|message)\sfrom\s)`,
    ],
    params: {
      leadsWithin: 0.1,
      // Casual work (part-time, at home, online, pay by the day or week) and a call to answer.
      onlyIfAnywhere: [String.raw`^(?=[\s\S]*?(?:\b(?:part[- ]time|work\s(?:from|at)\shome|from\shome|online\s(?:job|work)|remote\s(?:online\s)?(?:job|work|position)s?|flexible\s(?:role|job|hours|schedule|working)|extra\sincome)\b|(?:[$£€₹]|\bphp\s?|\brs\.?\s?)\s?\d[\d,.]*\s?(?:-\s?[$£€₹]?\s?\d[\d,.]*\s?)?(?:weekly|daily|a\sday|per\sday|a\sweek|per\sweek)\b))(?=[\s\S]*?\b(?:reply|respond|contact\s(?:me|us)|message\s(?:me|us)|private\smessage|whatsapp|telegram|click|visit|interested|no\sexperience|free\straining|share\s(?:some\s)?(?:brief\s)?details)\b)`],
    },
    examples: {
      positive: [
        "Hello, I'm Emma from Harbor Hotels. I would like to introduce you to a part-time job you can do at home. Are you interested?",
        'Hello, this is a letter from Brightloop, inviting you to an online part-time job. It pays £100 - £300 a day. Please contact us soon.',
      ],
      negative: [
        "Hi Aaron, I'm recruiting for a fully remote ML role for a client of mine. If this looks like a good fit, let's set up a time to chat.",
        "I'm looking for a part-time bookkeeper for my bakery. Reply with your CV if interested.",
        'This is a part-time role at our Leeds office. Apply through our careers page.',
        "Hello, I'm Dana from Harbor Tools. We are hiring a full-time accountant for our Leeds office; apply on our careers page.",
      ],
    },
  },
  {
    // "Download your interview letter, click here http://www.airindiahr.in/…", "Your offer letter
    // already attach with link techmahindra2nd.blogspot.com": a letter you were never sent, behind a
    // link in a message. Fake offers from big employers' names run this way (the link collects your
    // details or a 'processing fee'). In all labelled data the letter with a link or a download is
    // only in scam messages; real postings speak of offer letters as an HR step, with no link.
    id: 'letter-behind-link',
    severity: 'medium',
    title: 'An interview or offer letter to fetch from a link',
    explanation:
      'Real employers send interview invitations and offers by email from their own domain, after you applied and usually after an interview. A message that tells you to download your interview, offer or appointment letter from a link is how fake recruitment from big companies\' names collects personal details and "processing fees". Do not open the link; check the company\'s own careers site.',
    triggers: ['letter', 'letters', 'latter'],
    patterns: [
      String.raw`\b(?:download|click|open|view|collect|get)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:interview|offer|appointment|joining|selection|call)\s(?:letter|latter)s?\b`,
      String.raw`\b(?:interview|offer|appointment|joining|selection)\s(?:letter|latter)s?\s(?:\w{1,12}\s){0,4}(?:link|click|download|https?\b|www\.)`,
      // "Kindly download your letter by link www…": the letter left unnamed.
      String.raw`\b(?:download|open|view|collect|get)\w{0,3}\s(?:your|the)\s(?:letter|latter)s?\s(?:\w{1,12}\s){0,3}(?:link|https?\b|www)`,
    ],
    examples: {
      positive: ['You are shortlisted for an interview. Download your interview letter, click here: www.example-hr.in/info.pdf', 'Your resume has been selected. Your offer letter is attached with link careers-example.blogspot.com', 'Your resume have be selected. Kindly download your letter by link www.example-hr839.blogspot.com'],
      negative: ['Prepare and send offer letters to applicants and monitor onboarding.', 'Final pay will be set out in the candidate\'s offer letter.', 'Get the letter of recommendation from your supervisor before you apply.'],
    },
  },
  {
    // "Your Resume have be select by Company HRD Kindly contact for more detail Open Link…", "Your C.V
    // be select for job in Reliance Group… kindly contact us on…", "Your job application have be
    // approve and your salary be … per day http…": a notice that you are selected, and a number to
    // call, a link or a form, with no interview between. Fake recruitment in big employers' names
    // opens this way by text message. In all labelled data "your resume / CV / application has been
    // selected, shortlisted or approved" is in 5 scam messages and no real posting or message.
    id: 'selected-by-message',
    severity: 'medium',
    title: 'Told your resume was selected, and to call, click or fill a form',
    explanation:
      'A message that says your resume or application "has been selected" or "approved", then sends you to a phone number, a link or a form instead of an interview, is how fake recruitment in big employers\' names starts: the link or call collects personal details and then a "registration" or "processing" fee. Real employers invite you to an interview from their own domain. Do not call or click; check the company\'s careers site yourself.',
    triggers: ['selected', 'select', 'shortlisted', 'listed', 'approved', 'approve'],
    patterns: [
      String.raw`\byour\s(?:job\s)?(?:resume|r[eé]sum[eé]|cv|c\.v\.?|profile|application|candidature)s?\s(?:\w{1,12}\s){0,1}(?:has|have|is|was)?\s?(?:been|be)?\s?(?:selected|select|shortlisted|short-listed|approved|approve)\b`,
    ],
    // "If your application is approved", "once your profile is approved on the platform": a step ahead, not a notice.
    unless: [String.raw`\b(?:if|once|when|after|until|unless)\s(?:\w{1,12}\s){0,2}your\s(?:job\s)?(?:resume|cv|profile|application)`],
    params: {
      // And a number to call, a link, a form or a download to go on with.
      onlyIfAnywhere: [String.raw`\b(?:contact|call|dial|whatsapp|click|download|fill|submit\sthe\sform|open\s(?:the\s)?link|link|https?\b|www)`],
    },
    examples: {
      positive: ['Your resume have be select by Company HRD. Kindly contact for more detail, open link www.example-hiring.blogspot.com', 'Dear candidate, your CV has been shortlisted for a job at Northwind Group. Kindly call us on 0800 000 000 to proceed.'],
      negative: ['Once your profile is approved, you can start tasks from the dashboard; contact support with any questions.', 'Selected candidates will be contacted for an interview.', 'Your application has been received. We will contact you if you are selected.'],
    },
  },
];
