// Who contacts you and how: chat apps, texts and personal mailboxes instead of a company domain
// (FTC, Indeed, LinkedIn, Appen).
import type { SignalRuleInput } from '../schema.ts';

const FREE_MAIL = 'gmail|googlemail|yahoo|ymail|rocketmail|outlook|hotmail|live|msn|aol|proton|protonmail|pm|icloud|me|mail|gmx|yandex|zoho|tutanota|qq|163';

export const contactChannelRules: SignalRuleInput[] = [
  {
    id: 'messaging-app-contact',
    severity: 'high',
    title: 'Contact only through Telegram, WhatsApp or Signal',
    explanation:
      'Recruiters who move you to Telegram, WhatsApp, Signal or WeChat can pose as anyone and leave no trace on the job board. Task scams almost always run there (FTC); Appen and other vendors say they do not recruit this way. Contact the company through the careers page on its own domain.',
    triggers: ['telegram', 'whatsapp', 'signal', 'wechat', 'viber', 'kik', 't', 'wa'],
    patterns: [
      String.raw`\b(?:t\.me|wa\.me|chat\.whatsapp\.com|telegram\.me)\/`,
      String.raw`\b(?:contact|message|text|reach|add|chat\swith|dm|write\sto|ping|send\s(?:a\s|your\s)?(?:message|cv|resume)\sto|apply)\s(?:\w{1,15}\s){0,3}(?:on|via|through|using|at|in)\s(?:our\s)?(?:telegram|whats\s?app|signal|wechat|viber|kik)\b`,
      String.raw`\b(?:telegram|whats\s?app|signal|wechat|viber)\s(?:id|handle|number|username|contact|group|channel)\b`,
      String.raw`\b(?:telegram|whats\s?app)\b\s?:?\s?@[a-z0-9_]{3,32}\b`,
    ],
    unless: [
      String.raw`\b(?:never|not|don'?t|do\snot|won'?t|will\snot)\s(?:\w{1,12}\s){0,4}(?:telegram|whats\s?app|signal|wechat)`,
      String.raw`\b(?:support|customer|customers|clients?)\s(?:\w{1,12}\s){0,3}(?:via|on|through)\s(?:whats\s?app|telegram|wechat)`,
    ],
    examples: {
      positive: [
        'Message our recruiter on Telegram to receive your first tasks.',
        'Add the hiring manager on WhatsApp: +1 555 0100.',
        'Join our Telegram group for daily assignments.',
      ],
      negative: [
        'We will never contact you on WhatsApp or Telegram.',
        'You will answer customer questions via WhatsApp and email for our retail client.',
      ],
    },
  },
  {
    id: 'text-only-contact',
    severity: 'medium',
    title: 'Text messages only',
    explanation:
      'An unexpected text about a job, or a recruiter who will only text, is a common start of task and job scams (FTC). A real recruiter can send an email from the company domain and hold a call.',
    triggers: ['text', 'texts', 'sms', 'texting'],
    patterns: [
      String.raw`\b(?:text|sms)\s(?:only|us|me|the\srecruiter|your\sname)\s(?:\w{1,10}\s){0,2}(?:at|on|to)\s\+?\(?\d`,
      String.raw`\b(?:text|sms)\s(?:only|messages?\sonly)\b`,
      String.raw`\b(?:do\snot|don'?t|please\sdo\snot)\scall\b.{0,20}\btext\b`,
    ],
    examples: {
      positive: ['Text me at 555-0142 to get started.', 'Please do not call, text only.'],
      negative: ['Review text samples written by the model.', 'Our recruiters will text you an interview reminder from the company line.'],
    },
  },
  {
    id: 'free-email-domain',
    severity: 'medium',
    title: 'Company contact on a personal email address',
    explanation:
      'Companies, AI-training vendors included, write from their own domain. A recruiter on Gmail, Yahoo, Outlook, Hotmail, Proton or iCloud could be anyone (FTC, Indeed, LinkedIn). Look the company up yourself and contact it through its own site.',
    triggers: FREE_MAIL.split('|'),
    patterns: [String.raw`\b[a-z0-9._%+-]{1,64}@(?:${FREE_MAIL})\.(?:com|net|org|me|ch|ru|de|fr|co\.uk|co\.in|cn|ca)\b`],
    examples: {
      positive: ['Send your CV to hiring.team.ai@gmail.com today.', 'Questions? Write to recruiter_outlier@outlook.com.'],
      negative: ['Send your CV to careers@example-labs.com.', 'Familiarity with Gmail and Outlook is helpful.'],
    },
  },
];
