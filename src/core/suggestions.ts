// Concrete resume edits the user can copy. Every word that states a fact about the user comes
// from their own profile or resume: no employer, title, credential or experience is invented,
// and nothing from the posting (its company, a credential it asks for) is put in the user's mouth.
import type { MatchItem, Suggestion } from './types.ts';

export interface SuggestionProfile {
  /** Display labels, in the user's order of importance. */
  domains: { label: string; years: number | null }[];
  credentials: string[];
  tools: string[];
  evaluatorSkills: string[];
  languages: { name: string; level: string | null }[];
  /** "remote", "contract", "part-time", "asynchronous". */
  workFormat: string[];
  hoursPerWeek: number | null;
}

export interface SuggestionInput {
  profile: SuggestionProfile;
  resumeText: string;
  matched: MatchItem[];
  missing: MatchItem[];
}

const MAX_KEYWORD_EDITS = 6;

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function onResume(resume: string, label: string): boolean {
  return norm(resume).includes(norm(label));
}

/** Put what the posting asks for first, keep the user's order otherwise. */
function postingFirst(labels: string[], matched: MatchItem[]): string[] {
  const asked = new Set(matched.map((m) => norm(m.label)));
  return [...labels].sort((a, b) => Number(asked.has(norm(b))) - Number(asked.has(norm(a))));
}

// What a confirmed evaluator skill looks like as work done, in the words review tasks use.
const SKILL_PHRASES: [RegExp, string][] = [
  [/fact.?check/, 'verifying claims, figures and sources'],
  [/code review|reviewing code/, 'reviewing code for correctness and edge cases'],
  [/rubric/, 'scoring work against a rubric'],
  [/grad(e|ing)|assessment|marking/, 'grading work against clear criteria'],
  [/copy.?edit|proofread|editing/, 'editing for clarity and accuracy'],
  [/quality|\bqa\b/, 'checking quality against defined standards'],
  [/audit/, 'auditing figures and assumptions'],
  [/annotat|label/, 'labelling data consistently'],
  [/research/, 'researching and verifying sources'],
  [/feedback|writ/, 'explaining findings in clear written feedback'],
  [/review|evaluat/, 'reviewing work for accuracy and completeness'],
];

function skillPhrase(label: string): string {
  const l = norm(label);
  for (const [re, phrase] of SKILL_PHRASES) if (re.test(l)) return phrase;
  return `applying ${l}`;
}

// Resume lines that already describe work and could carry review wording: achievement bullets
// start with a verb. Heading lines (role, employer, dates) never do, so they are never rewritten.
const WORK_VERB = /^(review|analy[sz]|prepar|check|audit|draft|wr(o|i)te|edit|taught|teach|grad|assess|research|buil|develop|manag|led|lead|advis|model|test|verif|evaluat|report|reconcil|creat|design|produc|rat|annotat|label|translat|tutor|supervis|coordinat)\w*\b/i;
const DATE_RANGE = /\b(19|20)\d{2}\s*[–—-]\s*((19|20)\d{2}|present|now)\b/i;

function resumeLines(resume: string): string[] {
  return resume
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•●▪◦]|\d+[.)])\s*/, '').trim())
    .filter((l) => l.length >= 25 && l.length <= 240 && WORK_VERB.test(l) && !DATE_RANGE.test(l));
}

function pickBullet(resume: string, domains: string[], matched: MatchItem[]): string | null {
  const lines = resumeLines(resume);
  if (!lines.length) return null;
  const words = [...domains, ...matched.map((m) => m.label)].map(norm).filter((w) => w.length >= 3);
  let best: string | null = null;
  let bestScore = -1;
  for (const line of lines) {
    const l = norm(line);
    const score = words.filter((w) => l.includes(w)).length + (/\b(review|check|verif|audit|grad|edit)/i.test(line) ? 0.5 : 0);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  return best;
}

/** Level words a posting asks for: a resume says them as "English (native)", not as a word of their own. */
const LANGUAGE_LEVEL_IDS = new Set(['fluency', 'native-speaker', 'bilingual']);

export function suggestResumeEdits(input: SuggestionInput): Suggestion[] {
  const { profile, resumeText, matched } = input;
  const out: Suggestion[] = [];
  const skills = postingFirst(profile.evaluatorSkills, matched);
  const domainLabels = profile.domains.map((d) => d.label);

  // 1. Summary line: domain, years, evaluator skills — the seed's "make evaluator skills obvious".
  if (profile.domains.length) {
    const lead = profile.domains[0]!;
    const domainText = listText(domainLabels.slice(0, 2)).toLowerCase();
    const years = lead.years ? ` with ${lead.years} year${lead.years === 1 ? '' : 's'} of ${lead.label.toLowerCase()} experience` : '';
    const skillText = skills.length ? `: ${listText(skills.slice(0, 3).map((s) => s.toLowerCase()))}` : '';
    out.push({
      kind: 'summary-line',
      title: 'Summary line that names your domain and evaluator strengths',
      text: `${capitalise(domainText)} professional${years}, available for AI model evaluation and expert review${skillText}.`,
      basedOn: [
        `domains: ${domainLabels.join(', ')}`,
        ...(lead.years ? [`${lead.years} years in ${lead.label}`] : []),
        ...(skills.length ? [`evaluator skills: ${skills.slice(0, 3).join(', ')}`] : []),
      ],
    });
  }

  // 2. Keywords the user has (profile) but the resume doesn't say: the edit queue.
  // Work formats, and language levels ("Fluency"), go in the availability line instead.
  const queue = matched.filter((m) => m.source === 'profile' && m.category !== 'work-format' && !LANGUAGE_LEVEL_IDS.has(m.id)).slice(0, MAX_KEYWORD_EDITS);
  for (const item of queue) {
    const how = item.importance === 'required' ? 'requires' : item.importance === 'preferred' ? 'prefers' : 'mentions';
    out.push({
      kind: 'add-keyword',
      title: `Add “${item.label}” — the posting ${how} it, your profile lists it, your resume doesn't say it`,
      text: item.label,
      basedOn: [`profile: ${item.label}`],
    });
  }

  // 3. Evaluator skills line.
  if (skills.length) {
    const absent = skills.filter((s) => !onResume(resumeText, s));
    out.push({
      kind: 'skills-line',
      title: absent.length ? `Skills line (adds ${absent.length} skill${absent.length === 1 ? '' : 's'} your resume doesn't mention yet)` : 'Skills line with your evaluator skills',
      text: `Evaluation skills: ${skills.join(', ')}`,
      basedOn: [`evaluator skills you confirmed: ${skills.join(', ')}`],
    });
  }

  // 4. A resume bullet rewritten to show review work, using only confirmed skills.
  const bullet = skills.length ? pickBullet(resumeText, domainLabels, matched) : null;
  if (bullet) {
    const phrases = [...new Set(skills.slice(0, 2).map(skillPhrase))];
    const base = bullet.replace(/[.;,\s]+$/, '');
    out.push({
      kind: 'bullet-rewrite',
      title: 'Show review work in an existing bullet (keep only what is accurate)',
      text: `${base}, ${listText(phrases)}.`,
      basedOn: [`resume line: “${bullet}”`, `evaluator skills you confirmed: ${skills.slice(0, 2).join(', ')}`],
    });
  }

  // 5. Tools line.
  if (profile.tools.length) {
    const tools = postingFirst(profile.tools, matched);
    out.push({
      kind: 'tools-line',
      title: 'Tools line',
      text: `Tools: ${tools.join(', ')}`,
      basedOn: [`tools in your profile: ${tools.join(', ')}`],
    });
  }

  // 6. Work format, availability and languages.
  const parts: string[] = [];
  if (profile.workFormat.length) parts.push(listText(profile.workFormat));
  if (profile.hoursPerWeek) parts.push(`${profile.hoursPerWeek} hours per week`);
  if (parts.length) {
    const langs = profile.languages.map((l) => (l.level ? `${l.name} (${l.level})` : l.name));
    out.push({
      kind: 'availability-line',
      title: 'Availability line',
      text: `Availability: ${parts.join(', ')}.` + (langs.length ? ` Languages: ${langs.join(', ')}.` : ''),
      basedOn: [
        ...(profile.workFormat.length ? [`work format: ${profile.workFormat.join(', ')}`] : []),
        ...(profile.hoursPerWeek ? [`${profile.hoursPerWeek} hours per week`] : []),
        ...(langs.length ? [`languages: ${langs.join(', ')}`] : []),
      ],
    });
  }

  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
