// A normal hiring process and a described job: assessment, interview, tasks, qualifications.
import type { SignalRuleInput } from '../schema.ts';

export const healthyProcessRules: SignalRuleInput[] = [
  {
    id: 'assessment-or-interview',
    severity: 'medium',
    title: 'Normal screening: assessment or interview',
    explanation:
      'The posting describes a qualification test, skills assessment or interview. Real AI-training platforms screen for quality before paying anyone, so a described screening step is a good sign.',
    triggers: ['assessment', 'assessments', 'qualification', 'screening', 'interview', 'interviews', 'test', 'tests', 'exam', 'trial', 'onboarding', 'vetting', 'background'],
    patterns: [
      String.raw`\b(?:skills?\s|online\s|technical\s|domain\s|writing\s|language\s)?(?:assessments?|qualification\s(?:tests?|exams?|tasks?|process)|screening\s(?:tests?|calls?|interviews?|process)|trial\s(?:tasks?|projects?)|vetting\sprocess|onboarding\s(?:process|assessment|course))\b`,
      String.raw`\b(?:video|phone|technical|structured|panel|first[- ]round|final)\s(?:interviews?|calls?)\b`,
      String.raw`\binterview\s(?:process|rounds?|stages?)\b`,
      String.raw`\b(?:background|reference)\schecks?\b`,
    ],
    unless: [String.raw`\b(?:no|without|skip)\s(?:an?\s|any\s)?(?:\w{1,12}\s)?(?:assessments?|interviews?|tests?|screening)\b`],
    examples: {
      positive: ['Applicants complete a skills assessment and a short video interview.', 'The qualification test takes about an hour.'],
      negative: ['No interview or assessment needed, start today.'],
    },
  },
  {
    id: 'clear-tasks',
    severity: 'medium',
    title: 'Concrete tasks described',
    explanation:
      'The posting says what you will actually do: review, rate, compare, annotate or write, on a named kind of content. Scams stay vague about the work; a concrete task description is a good sign.',
    triggers: ['you', 'responsibilities', 'duties', 'tasks', 'role', 'will'],
    patterns: [
      String.raw`\b(?:you\swill|you['’]ll|responsibilities|duties|tasks\s(?:include|involve)|in\sthis\srole|what\syou['’]?ll\sdo)\b.{0,80}\b(?:review|evaluat|rat(?:e|ing)|rank|compar|writ|annotat|label|fact[- ]check|assess|audit|critique|design|develop|test|analy[sz]|translat|transcri|verif)\w{0,6}\b`,
    ],
    examples: {
      positive: ['You will compare two model answers and explain which better follows the prompt.', 'Responsibilities include annotating medical images for a diagnostic model.'],
      negative: ['Great opportunity with flexible hours; you will love it, so apply now.'],
    },
  },
  {
    id: 'stated-qualifications',
    severity: 'low',
    title: 'Stated qualifications',
    explanation:
      'The posting names the qualifications it wants (a degree, a licence, years of experience, a language level). Real expert work has a bar to entry; naming it is a good sign.',
    triggers: ['degree', 'phd', 'licensed', 'licence', 'license', 'certified', 'years', 'fluent', 'fluency', 'native', 'bachelor', 'bachelors', 'master', 'masters', 'proficiency', 'qualifications', 'requirements'],
    patterns: [
      String.raw`\b(?:bachelor['’]?s|master['’]?s|ph\.?d|doctorate|md|jd|cpa|rn|degree)\b.{0,40}\b(?:in|required|preferred|or\sequivalent)\b`,
      String.raw`\b\d{1,2}\+?\s(?:or\smore\s)?years?\s(?:of\s)?(?:\w{1,15}\s){0,3}experience\b`,
      String.raw`\b(?:licensed|board[- ]certified|certified|registered)\s(?:\w{1,15}\s){0,2}(?:nurse|physician|attorney|lawyer|accountant|teacher|engineer|pharmacist|professional)s?\b`,
      String.raw`\b(?:native|fluent|c1|c2)\s(?:\w{1,12}\s){0,2}(?:speaker|proficiency|level|fluency|in\s\w{3,20})\b`,
    ],
    examples: {
      positive: ['A PhD in biology or a related field is required.', 'You have 3+ years of clinical experience.'],
      negative: ['No degree needed; anyone can do this with a phone.'],
    },
  },
];
