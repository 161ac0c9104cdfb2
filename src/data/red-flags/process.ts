// The hiring process: real AI-training platforms assess you (qualification test, interview or
// both). Skipping that, or interviewing only by chat, is how scammers hire (Indeed, LinkedIn).
import type { SignalRuleInput } from '../schema.ts';

export const processRules: SignalRuleInput[] = [
  {
    id: 'no-interview-or-assessment',
    severity: 'medium',
    title: 'Hired without interview or assessment',
    explanation:
      'Legitimate AI-training platforms screen people with a qualification test, an interview or both, because the work depends on quality. "No interview", "instant approval" or "start today" means nobody is checking your skills, which usually means the job is not what it seems (Indeed, LinkedIn).',
    scope: 'any',
    triggers: ['interview', 'interviews', 'assessment', 'assessments', 'screening', 'test', 'tests', 'instant', 'instantly', 'hired', 'immediately', 'spot', 'away'],
    patterns: [
      String.raw`\bno\s(?:job\s)?(?:interviews?|assessments?|screening|tests?|qualification\stests?|exams?)\s(?:\w{1,12}\s)?(?:required|needed|necessary|involved|process)\b`,
      String.raw`\b(?:without|skip)\s(?:an?\s|any\s|the\s)?(?:job\s)?(?:interviews?|assessments?|screening|qualification\stests?)\b`,
      String.raw`\binstant(?:ly)?\s(?:approv\w{1,4}|hir\w{1,4}|onboard\w{0,4}|acceptance)\b`,
      String.raw`\b(?:get\s)?hired\s(?:instantly|immediately|today|on\sthe\sspot)\b`,
      String.raw`\bno\s(?:interview|test|assessment)s?\b.{0,20}\b(?:start|begin|hired)\b`,
      // The offer that comes before any process: "we would like to offer you a position immediately".
      String.raw`\boffer\syou\s(?:a|an|the|this)\s(?:\w{1,15}\s){0,2}(?:job|position|role|post)\s(?:immediately|right\saway|on\sthe\sspot|straight\saway|today)\b`,
    ],
    examples: {
      positive: ['No interview required, start earning today.', 'Instant approval: get hired immediately after sign-up.', 'We found your resume and would like to offer you a position immediately.'],
      negative: [
        'Shortlisted candidates complete a 45-minute assessment and a video interview.',
        'The interview process has two rounds.',
        'After the interview we will offer you a contract within a week.',
      ],
    },
  },
  {
    id: 'chat-only-interview',
    severity: 'high',
    title: 'Interview by chat app (Telegram, WhatsApp, Hangouts)',
    explanation:
      'Interviews held only over Telegram, WhatsApp, Signal, Google Hangouts or a text chat let a scammer pose as any company. Appen, for example, says it never recruits through WhatsApp or Hangouts; Indeed warns about chat-only interviews. Ask for a video call and an invitation from a company email domain.',
    triggers: ['interview', 'interviews', 'interviewed', 'interviewing', 'hangout', 'hangouts', 'venue'],
    patterns: [
      String.raw`\binterview\w{0,3}\b.{0,60}\b(?:telegram|whats\s?app|signal\sapp|google\schat|wickr|wechat|skype\schat|teams\schat|text\s(?:message|chat)|instant\smessag\w{1,4}|chat\s(?:app|only|platform|session|room))\b`,
      // Hangouts also made video calls: named beside Skype, Zoom or video it is a video interview.
      String.raw`\binterview\w{0,3}\b(?!.{0,80}\b(?:skype|zoom|video|webcam)\b).{0,60}\b(?:google\shangouts?|hangouts?)\b(?!.{0,40}\b(?:video|skype|zoom)\b)`,
      // "Venue: online via Google Hangouts".
      String.raw`\b(?:venue|location|meeting\splace)\s?:?\s(?:\w{1,10}\s){0,2}(?:via|on|through|over)\s(?:google\s)?hangouts?\b`,
      String.raw`\b(?:telegram|whats\s?app|hangouts?|wickr|wechat|text|chat|messaging)[- ](?:based\s)?interviews?\b`,
      String.raw`\b(?:online|virtual|written)\schat\sinterviews?\b`,
    ],
    unless: [String.raw`\b(?:never|not|don['’]?t|won['’]?t|do\snot)\s(?:\w{1,12}\s){0,4}(?:telegram|whats\s?app|hangouts?|chat)`],
    examples: {
      positive: [
        'Your interview will be held on Telegram with our hiring manager.',
        'Shortlisted applicants take a Google Hangouts chat interview.',
        'Venue: online via Google Hangout. Training is available.',
        'All interviews are done over Google Chat with our hiring lead.',
      ],
      negative: [
        'Interviews take place over a video call with two team members.',
        'We never interview candidates over WhatsApp or Telegram.',
        'We can start interviewing using technology like Skype and Google Hangouts.',
      ],
    },
  },
  {
    id: 'interview-software-install',
    severity: 'medium',
    title: 'Install a special app to be interviewed',
    explanation:
      'Being told to download an unfamiliar messenger or "secure" app just to be interviewed is a LinkedIn-listed warning sign: it moves you off the platform and can install malware. Normal interviews use a calendar link to a common video tool.',
    triggers: ['download', 'install', 'installing', 'downloading'],
    patterns: [
      String.raw`\b(?:download|install)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:app|application|software|messenger|client)\b.{0,50}\binterview\w{0,3}\b`,
      String.raw`\binterview\w{0,3}\b.{0,50}\b(?:download|install)\w{0,3}\s(?:\w{1,12}\s){0,3}(?:app|application|software|messenger)\b`,
    ],
    unless: [String.raw`\b(?:zoom|google\smeet|microsoft\steams|webex)\b`],
    examples: {
      positive: ['Please install the encrypted messenger app before your interview.'],
      negative: ['Install our annotation software after you pass the interview and sign the contract via Microsoft Teams.', 'Interviews are held on Zoom; no download is needed beyond the Zoom app.'],
    },
  },
];
