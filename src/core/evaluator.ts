// Is this AI-evaluator work? Weighted signals from src/data/evaluator-signals/, found in one
// scan of the text (and one of the title), summed into a score with its reasons and evidence.
import { evaluatorSignals } from '../data/evaluator-signals/index.ts';
import { keysFor, type Matcher, type TokenKeys } from './matcher.ts';
import { compileSignals, fireSignals, type CompiledSignals, type Fired } from './pair-signals.ts';
import type { ImportanceMap } from './sections.ts';
import { introducedAsEmployer } from './employer-in-text.ts';
import { firstLine, titleLineEnd } from './title-line.ts';
import { inRanges, linkPaths } from './url-ranges.ts';
import type { EvaluatorReason, EvaluatorVerdict, Evidence } from './types.ts';

/** Sum of weights at which a posting counts as evaluator work. */
export const EVALUATOR_THRESHOLD = 5;
/** And at least one signal this strong must be present (a vendor name plus "flexible hours" is not enough). */
const STRONG_SIGNAL = 4;

let compiled: { title: CompiledSignals; text: CompiledSignals } | null = null;

function compiledSignals() {
  compiled ??= { title: compileSignals(evaluatorSignals, 'title'), text: compileSignals(evaluatorSignals, 'text') };
  return compiled;
}

/** The text-scope signal matcher, for scanning it together with the others (matcher.ts scanTogether). */
export function evaluatorTextMatcher(): Matcher {
  return compiledSignals().text.matcher;
}

/** Repeats add a little: a posting that says it three times means it more than one that says it once. */
function contribution(weight: number, count: number): number {
  return weight * (1 + 0.25 * Math.min(count - 1, 2));
}

/** Rater-role words no engineering team is named by ("AI Training Infrastructure" is one; "AI Trainer" is not). */
const TRAINER_WORDS = String.raw`trainers?|tutors?|raters?|evaluators?|annotators?|labell?ers?|native\slanguage\sspecialists?`;

/** Title words that name the rater's role itself: "AI Trainer – Research Scientists" is a trainer job whatever the field. */
const RATER_ROLE = new RegExp(String.raw`\b(?:${TRAINER_WORDS}|training|rating|reviewers?)\b`, 'i');

/**
 * The same words without "training": a title that says "Post-Training" or "Pre-training", or training
 * beside inference or with its infrastructure ("LLM Training / Inference Systems Engineer", "ML
 * Training Platform"), means the model's.
 */
const RATER_ROLE_NOT_TRAINING = new RegExp(String.raw`\b(?:${TRAINER_WORDS}|rating|reviewers?)\b`, 'i');
const MODEL_TRAINING = /\b(?:post|pre)[-\s]?training\b|\btraining\s?(?:\/|&|and)\s?inference\b|\binference\s?(?:\/|&|and)\s?training\b|\btraining\s(?:infrastructure|systems?|clusters?|pipelines?|platforms?|frameworks?|compute|runtime)\b/i;

function namesRaterRole(title: Fired, titleText: string): boolean {
  const role = MODEL_TRAINING.test(titleText) ? RATER_ROLE_NOT_TRAINING : RATER_ROLE;
  return title.evidence.some((e) => role.test(e.text));
}

const TRAINER_ONLY = new RegExp(String.raw`\b(?:${TRAINER_WORDS})\b`, 'i');

/** Where a title's first part ends: "Senior Software Engineer, …", "Research Engineer – …", "ML Engineer: …". */
const TITLE_PART_END = /,\s|\s[-–—|:]\s|:\s/;
const TITLE_PART_ENDS = new RegExp(TITLE_PART_END.source, 'g');
/** A rater word that names the role: nothing but punctuation or the title's end after it ("…, AI Trainer (Contract)"). */
const RATER_WORD_ALONE = new RegExp(String.raw`\b(?:${TRAINER_WORDS})\b(?!\s+[\p{L}\p{N}])`, 'iu');

/**
 * "Senior Software Engineer, Search AI Rater Quality": the engineering title leads, and after it every
 * rater word qualifies the next word, a team or product ("Rater Quality", "Annotator Tools"), not a role.
 */
function raterWordsNameTeam(titleText: string, engineering: Fired | undefined): boolean {
  if (!engineering) return false;
  const cut = titleText.search(TITLE_PART_END);
  if (cut <= 0) return false;
  const head = titleText.slice(0, cut).toLowerCase();
  if (!engineering.evidence.some((e) => head.includes(e.text.toLowerCase()))) return false;
  const rest = titleText.slice(cut);
  return TRAINER_ONLY.test(rest) && !RATER_WORD_ALONE.test(rest);
}

/**
 * "Customer Support Specialist - Freelance AI Trainer": the last part of the title, after a separator,
 * is a rater's role on its own; what comes before names the trainer's field, as "Health Data Analyst
 * - AI Trainer" does. Not "AI Trainer Onboarding and Support Specialist", whose rater word qualifies
 * the staff job after it, nor "Technical Support Specialist, AI Trainer Community", whose rater words
 * name a team.
 */
function raterRoleClosesTitle(titleText: string): boolean {
  let tail = -1;
  for (const m of titleText.matchAll(TITLE_PART_ENDS)) tail = m.index + m[0].length;
  // RATER_WORD_ALONE finds a rater word too (TRAINER_ONLY), one with nothing after it.
  return tail > 0 && RATER_WORD_ALONE.test(titleText.slice(tail));
}

function namesTrainerOnly(title: Fired): boolean {
  return title.evidence.some((e) => TRAINER_ONLY.test(e.text));
}

/**
 * Weight left to rater evidence that only the employer's own "About us" gives, under a staff title:
 * an AI-training platform describes its raters' work on every listing, its engineers' included.
 */
const EMPLOYER_SECTION_SHARE = 0.25;

/** Does every firing of this signal (all of them seen: evidence is kept for the first three) pass `test`? */
function everyFiring(f: Fired, test: (token: number) => boolean): boolean {
  return f.count === f.firstTokens.length && f.firstTokens.length > 0 && f.firstTokens.every(test);
}

/** Did every firing of this text signal stand in an "About us" or benefits section? */
function onlyAboutEmployer(f: Fired, sections: ImportanceMap | undefined): boolean {
  return sections !== undefined && everyFiring(f, (t) => sections.aboutTheEmployer(t));
}

/**
 * Title words of one who does the work: "Lead Data Annotation Analyst" and "Quality Analyst / Project
 * Coordinator" annotate and review; a "Data Program Manager" runs the programme.
 */
const CONTRIBUTOR_ROLE = /\b(?:analysts?|specialists?|associates?|annotators?|raters?|experts?|trainers?|tutors?|reviewers?|evaluators?|labell?ers?|writers?|linguists?|transcribers?)\b/i;

/** A manager's title with no contributor's role word in it: the job runs the work. */
function managesTheWork(fired: Map<number, Fired>, title: string): boolean {
  return fired.has(signalIndex('management-title')) && !CONTRIBUTOR_ROLE.test(title);
}

/**
 * Did every firing stand among the qualifications (a required or preferred section or cue)?
 * "Experience in LLM data annotation, RLHF or AI training data programs" asks a programme manager
 * or an engineer for a past; it is not the work the job does.
 */
function onlyAskedAsExperience(f: Fired, sections: ImportanceMap | undefined): boolean {
  return sections !== undefined && everyFiring(f, (t) => sections.at(t) !== 'mentioned');
}

/** Words that address the reader: a sentence with one describes the job on offer. */
const READER_WORDS = ['you', 'your', 'yours', 'yourself'];
/** Others the sentence may be about: an agency's client, a platform's raters, its network, its community. */
const OTHERS_WORDS = ['clients', 'client', 'contributors', 'contributor', 'experts', 'raters', 'annotators', 'taskers', 'freelancers', 'specialists', 'professionals', 'members', 'community', 'network', 'workforce', 'trainers', 'tutors', 'labelers', 'labellers', 'evaluators', 'reviewers'];

/** Sentences that speak of others (the platform's raters) without addressing the reader. */
function sentencesAboutOthers(keys: TokenKeys): Set<number> {
  const sentence = keys.tokens.sentence;
  const reader = new Set<number>();
  for (const w of READER_WORDS) for (const t of keys.index.get(w) ?? []) reader.add(sentence[t]!);
  // "An individual contributor role" is the job itself, not its contributors.
  const individual = new Set((keys.index.get('individual') ?? []).map((t) => t + 1));
  const others = new Set<number>();
  for (const w of OTHERS_WORDS) for (const t of keys.index.get(w) ?? []) if (!reader.has(sentence[t]!) && !individual.has(t)) others.add(sentence[t]!);
  return others;
}

/**
 * Under a manager's or staff title, did every firing stand in a sentence about others? "Contributors
 * on our platform rate model responses" is the work a community manager supports, not the job.
 */
function onlyAboutOthers(f: Fired, keys: TokenKeys, aboutOthers: Set<number>): boolean {
  return everyFiring(f, (t) => aboutOthers.has(keys.tokens.sentence[t]!));
}

/**
 * Drops text signals found only in sentences a masking signal fired in (masksSentence in the data),
 * and the masking signals themselves: they carry no weight of their own.
 */
function maskNoticeSentences(fired: Map<number, Fired>, keys: TokenKeys): void {
  let masked: Set<number> | null = null;
  for (const [signal, f] of fired) {
    if (!evaluatorSignals[signal]!.masksSentence) continue;
    masked ??= new Set();
    for (const t of f.firstTokens) masked.add(keys.tokens.sentence[t]!);
    // A notice or a method list is no evidence either way; running an annotation team is evidence against.
    if (evaluatorSignals[signal]!.weight === 0) fired.delete(signal);
  }
  if (!masked) return;
  for (const [signal, f] of fired) {
    const def = evaluatorSignals[signal]!;
    if (def.scope !== 'text' || def.masksSentence || f.count !== f.firstTokens.length) continue;
    if (f.firstTokens.every((t) => masked.has(keys.tokens.sentence[t]!))) fired.delete(signal);
  }
}

/**
 * Hits inside a web address's path do not count: "govconwire.com/articles/dod-scale-ai-contract"
 * names a news story, not the employer or the work. A host ("app.outlier.ai") still does.
 */
function dropLinkPathHits(fired: Map<number, Fired>, text: string, keys: TokenKeys): void {
  const paths = linkPaths(text, keys.index);
  if (paths.length !== 0) dropHitsIn(fired, paths, false);
}

/**
 * Drops the text signals' hits that start in `ranges` ([start, end) pairs, ascending). With
 * `capped`, also from signals whose evidence list was cut short: right only for ranges at the start
 * of the text, where the kept evidence (the first hits) is.
 */
function dropHitsIn(fired: Map<number, Fired>, ranges: readonly number[], capped: boolean): void {
  for (const [signal, f] of fired) {
    if (evaluatorSignals[signal]!.scope !== 'text' || (!capped && f.count !== f.evidence.length)) continue;
    const keep = f.evidence.filter((e) => !inRanges(ranges, e.start));
    const dropped = f.evidence.length - keep.length;
    if (dropped === 0) continue;
    if (f.count === dropped) fired.delete(signal);
    else fired.set(signal, { ...f, evidence: keep, firstTokens: f.firstTokens.filter((_, k) => !inRanges(ranges, f.evidence[k]!.start)), count: f.count - dropped });
  }
}

/** The same words, whatever their case, spacing and closing punctuation. */
function sameLine(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?:;,]+$/, '').trim();
  return norm(a) === norm(b);
}

/** How far into the text a repeated title is looked for: past a board's "Job Description" heading, not into the body. */
const TITLE_REPEAT_REACH = 200;
/** A short title ("Trainer") is a word the text may use in its own sentence. */
const TITLE_REPEAT_MIN = 12;

/** Where the text's opening repeats the title word for word, else -1. */
function titleRepeatedAt(text: string, title: string): number {
  const wanted = title.trim();
  if (wanted.length < TITLE_REPEAT_MIN) return -1;
  return text.slice(0, TITLE_REPEAT_REACH + wanted.length).toLowerCase().indexOf(wanted.toLowerCase());
}

/** Index of a signal in evaluatorSignals by id, found once. */
const signalIndexes = new Map<string, number>();

function signalIndex(id: string): number {
  let index = signalIndexes.get(id);
  if (index === undefined) signalIndexes.set(id, (index = evaluatorSignals.findIndex((s) => s.id === id)));
  return index;
}

/** A manager's or a staff function's title ("Program Manager", "AI Tutor Recruiter"). */
function managerOrStaffTitle(fired: Map<number, Fired>): boolean {
  return fired.has(signalIndex('management-title')) || fired.has(signalIndex('staff-function-title'));
}

/**
 * Does the job itself produce AI training data ("create training data for the world's most advanced
 * AI models")? Then an engineering title names the trainer's field, as "AI Trainer - Software
 * Developer" does: coding-data work comes under "Software Engineer" and "Full-Stack Engineer" titles,
 * salaried too. Not when only the employer's "About us" says it (an AI-training platform's own
 * engineers), nor when it is said only of others (the tools an engineer builds for annotators).
 */
function makesTrainingData(fired: Map<number, Fired>, keys: TokenKeys, sections: ImportanceMap | undefined, aboutOthers: () => Set<number>): boolean {
  const f = fired.get(signalIndex('produces-ai-training-data'));
  return f !== undefined && !onlyAboutEmployer(f, sections) && !onlyAboutOthers(f, keys, aboutOthers());
}

function engineeringTitle(fired: Map<number, Fired>): boolean {
  return fired.has(signalIndex('engineering-title'));
}

/** Title words that say "trainer" either way: one who trains a model, or one who teaches people about AI. */
const TRAINER_WORD = /\b(?:trainers?|training|tutors?)\b/i;

/**
 * "AI Trainer & Consultant" who delivers AI trainings and workshops to employees: when the body
 * speaks of teaching people again and again (teaching-people found twice or more) and names no
 * rater work of its own, a trainer or tutor title is that teacher's, and it does not count. An AI
 * tutor for an education project that tests the AI's answers keeps its title.
 */
function teachesPeople(fired: Map<number, Fired>, title: Fired): boolean {
  const teaching = fired.get(signalIndex('teaching-people'));
  if (teaching === undefined || teaching.count < 2 || !title.evidence.some((e) => TRAINER_WORD.test(e.text))) return false;
  for (const signal of fired.keys()) if (evaluatorSignals[signal]!.raterTask) return false;
  return true;
}

/** Per employer signal id, its phrases compiled to read a company name. */
const employerMatchers = new Map<string, CompiledSignals>();
/**
 * Verdicts already given, by signal id and company name: a board's pages and a list's cards repeat
 * their employers, and reading a name costs a few microseconds each time. Forgotten past a bound.
 */
const employerVerdicts = new Map<string, boolean>();
const MAX_EMPLOYER_VERDICTS = 512;

/** Is `company` named by the phrases of the signal `employerId` (e.g. a known AI-training platform)? */
function employerNamed(employerId: string, company: string | undefined): boolean {
  if (!company) return false;
  const name = company.slice(0, 200);
  const key = `${employerId}\u0000${name}`;
  const known = employerVerdicts.get(key);
  if (known !== undefined) return known;
  let c = employerMatchers.get(employerId);
  if (!c) {
    const def = evaluatorSignals[signalIndex(employerId)]!;
    c = compileSignals([{ ...def, scope: 'text' }], 'text');
    employerMatchers.set(employerId, c);
  }
  const named = fireSignals(name, keysFor(name), c, true).size > 0;
  if (employerVerdicts.size >= MAX_EMPLOYER_VERDICTS) employerVerdicts.clear();
  employerVerdicts.set(key, named);
  return named;
}

/**
 * AI-training work under an engineering or science title comes as contract, hourly or per-task work
 * ("Software Engineer (LLM Comparisons)", $40–60/h, Mercor). A posting long enough to have said so
 * that names none of it is a staff engineer's or scientist's job, however much it says about
 * evaluating models. That holds at AI-training platforms too: their own staff (a data-science
 * intern, five days a week in the office) are no raters, and their rater listings under engineering
 * titles name the rater's role in the title, which then stands instead (detectEvaluator).
 */
const SALARIED_ENGINEERING = { id: 'salaried-engineering-role', label: 'Engineering or science title, and no contract, hourly or per-task work', weight: -8 } as const;
/** Shorter texts (search cards, cut-off descriptions) may not have reached the terms yet. */
const SAID_ITS_TERMS = 1200;

/**
 * Rater work is paid by the hour or the task, on contract. A full-time salary a staff job pays
 * ("$170,000 – $200,000", a trust-and-safety analyst at an AI lab), with no contract, hourly or
 * platform work named, is a staff job whatever its duties say about reviewing AI output.
 */
const SALARIED_STAFF = { id: 'salaried-staff-role', label: "A staff job's full-time salary, and no contract, hourly or platform work", weight: -5 } as const;
/** The hourly equivalent (2,080 hours a year) of $120,000: above what in-house annotation leads are paid. */
const STAFF_SALARY_HOURLY = 57.5;

/** An annual salary, in dollars or a currency of about their worth, as an hourly figure with its evidence. */
export interface AnnualSalary {
  hourly: number;
  evidence: Evidence;
}

/** The engineering title's firing when SALARIED_ENGINEERING applies, else null. */
function salariedEngineering(fired: Map<number, Fired>, text: string, gigFormat: boolean | undefined): Fired | null {
  const title = fired.get(signalIndex('engineering-title'));
  if (!title || gigFormat !== false || text.length < SAID_ITS_TERMS) return null;
  return title;
}

export function detectEvaluator(
  text: string,
  title: string | undefined,
  keys: TokenKeys = keysFor(text),
  titleKeys?: TokenKeys,
  company?: string,
  sections?: ImportanceMap,
  /** Does the posting name contract, hourly or per-task work (analyze.ts)? Unknown: no check. */
  gigFormat?: boolean,
  /** The posting's annual salary (analyze.ts), when it states one. */
  salary?: AnnualSalary | null,
  /**
   * Is it a client's gig on a freelance marketplace (Upwork, Freelancer)? There clients hire people
   * to train their own chatbots and custom GPTs, or to teach their staff AI: training-AI words, an
   * "AI trainer" title or "AI expert wanted" show no rater work, and only a named rater task (rating,
   * labelling, writing prompts, red-teaming…) can be the strong signal a match needs.
   */
  marketplace = false,
): EvaluatorVerdict {
  const c = compiledSignals();
  const fired = fireSignals(text, keys, c.text, false);
  // Without a separate title, the first line of the text stands in for it.
  const titleText = title ?? firstLine(text);
  // A first line that stands in for the title, or repeats it (a page's heading above its text),
  // counts once, as the title, not again as text.
  const titleLine = titleLineEnd(text);
  if (titleLine > 0 && (title === undefined || sameLine(text.slice(0, titleLine), title))) dropHitsIn(fired, [0, titleLine], true);
  else if (title !== undefined) {
    // A scrape that runs the page's heading into the text ("Job Description Global AI Trainer Technical
    // Field Trainer…") repeats the title given apart: it counts once, as the title.
    const repeated = titleRepeatedAt(text, title);
    if (repeated >= 0) dropHitsIn(fired, [repeated, repeated + title.trim().length], true);
  }
  // Sentences about others than the reader, worked out once, on first need.
  let aboutOthers: Set<number> | undefined;
  const othersSentences = () => (aboutOthers ??= sentencesAboutOthers(keys));
  const makesData = makesTrainingData(fired, keys, sections, othersSentences);
  // The employer the page names, or else the one the text introduces as itself ("About Mercor").
  const hires = (employerId: string) => employerNamed(employerId, company) || (!company && introducedAsEmployer(text, fired.get(signalIndex(employerId))?.evidence ?? []));
  if (titleText) {
    // A title is one short line: several positive title signals restate one fact ("AI Trainer" is a
    // trainer title and a title about training AI), so only the strongest of them counts.
    let strongestTitle: Fired | null = null;
    for (const [signal, f] of fireSignals(titleText, title !== undefined && titleKeys ? titleKeys : keysFor(titleText), c.title, true)) {
      const { weight, employer, unlessEmployer } = evaluatorSignals[signal]!;
      if (employer !== undefined && !hires(employer)) continue;
      if (unlessEmployer !== undefined && hires(unlessEmployer)) continue;
      if (weight < 0) fired.set(signal, f);
      else if (!strongestTitle || weight > evaluatorSignals[strongestTitle.signal]!.weight) strongestTitle = f;
    }
    // In an engineering or science title, the rest names the team ("Machine Learning Engineer: Search
    // Quality", "Software Engineer, Human Data"): the body has to show rater work on its own, unless
    // the title names the rater's role itself ("AI Trainer - Software Developer").
    // "AI Trainer Onboarding and Support Specialist", "AI Tutor Recruiter": a staff job about the raters;
    // "Sales Executive AI Solutions (Data Labelling & AI Services)": the rest names what is sold.
    const titleSaysStaffOrSales = (fired.has(signalIndex('staff-function-title')) || fired.has(signalIndex('sales-title'))) && !raterRoleClosesTitle(titleText);
    // "Data Annotation Project Manager": under a manager's title the rest names the work managed.
    if (strongestTitle && managesTheWork(fired, titleText) && !namesRaterRole(strongestTitle, titleText)) strongestTitle = null;
    if (strongestTitle && raterWordsNameTeam(titleText, fired.get(signalIndex('engineering-title'))) && !makesData) strongestTitle = null;
    if (strongestTitle && !titleSaysStaffOrSales && (!engineeringTitle(fired) || namesRaterRole(strongestTitle, titleText) || makesData) && !teachesPeople(fired, strongestTitle)) {
      fired.set(strongestTitle.signal, strongestTitle);
      // "AI Trainer - Software Developer", and "Software Engineer - AI Training" on an AI-training
      // platform's own listing: the engineering words name the trainer's field, not the job.
      if (engineeringTitle(fired) && (namesTrainerOnly(strongestTitle) || (namesRaterRole(strongestTitle, titleText) && hires('ai-training-vendor')))) fired.delete(signalIndex('engineering-title'));
    }
  }
  if (makesData) fired.delete(signalIndex('engineering-title'));
  // "Lead Data Annotator", "Quality Analyst / Project Coordinator": beside a title word of one who
  // does the work, "lead" or "coordinator" says how senior, not that someone else does it.
  if (!managesTheWork(fired, titleText)) fired.delete(signalIndex('management-title'));
  maskNoticeSentences(fired, keys);
  dropLinkPathHits(fired, text, keys);
  // The employer the page names is a known AI-training platform, though the text never says its
  // name ("Outlier" on a LinkedIn card above a description that says "we"): it counts as if it did.
  const vendor = signalIndex('ai-training-vendor');
  const vendorByCompany = !fired.has(vendor) && employerNamed('ai-training-vendor', company);
  let staffTitle = false;
  for (const signal of fired.keys()) if (evaluatorSignals[signal]!.scope === 'title' && evaluatorSignals[signal]!.weight < 0) staffTitle = true;
  let raw = 0;
  let strongest = 0;
  // A manager, a staff function or an engineer or scientist ("Applied AI Scientist, Autograders":
  // "work closely with data annotation teams") has the rater work others describe done by others.
  const othersDoTheWork = managerOrStaffTitle(fired) || engineeringTitle(fired);
  // A manager who runs the work, or an engineer or scientist ("Machine Learning Engineer" asked for
  // "deep expertise in model evaluation"), is asked for rater work as a skill, not hired to do it.
  const asksRaterWorkAsSkill = managesTheWork(fired, titleText) || engineeringTitle(fired);
  // A coordinator or manager whose text says it runs annotators or annotation programmes ("lead data
  // annotation and labeling programs ... including RLHF"): the rater words describe the team's work.
  const runsAnnotationTeam = managesTheWork(fired, titleText) && fired.has(signalIndex('managing-annotators'));
  const reasons: EvaluatorReason[] = [];
  let clientProject = false;
  for (const f of fired.values()) {
    const def = evaluatorSignals[f.signal]!;
    if (def.dutiesOnly && onlyAskedAsExperience(f, sections)) continue;
    let weight = Math.round(contribution(def.weight, f.count) * 100) / 100;
    // Rater work the employer's "About us" describes, or, under a manager's, staff or engineering
    // title, work described as others', is the platform's, not the job's; under a manager's or an
    // engineer's, so is rater work asked for only as experience.
    if (staffTitle && def.weight > 0 && def.scope === 'text' && (runsAnnotationTeam || onlyAboutEmployer(f, sections) || (othersDoTheWork && onlyAboutOthers(f, keys, othersSentences())) || (asksRaterWorkAsSkill && onlyAskedAsExperience(f, sections)))) weight = Math.round(weight * EMPLOYER_SECTION_SHARE * 100) / 100;
    // Nor does the employer's account of its own business say the job is no rater work ("combining
    // optical sensing with state-of-the-art machine learning").
    else if (def.weight < 0 && def.scope === 'text' && onlyAboutEmployer(f, sections)) weight = Math.round(weight * EMPLOYER_SECTION_SHARE * 100) / 100;
    else if (marketplace && def.clientProject) clientProject = true;
    raw += weight;
    if (!def.supporting && (!marketplace || def.raterTask)) strongest = Math.max(strongest, def.weight);
    reasons.push({ id: def.id, label: def.label, weight, evidence: f.evidence });
  }
  if (vendorByCompany) {
    const def = evaluatorSignals[vendor]!;
    raw += def.weight;
    reasons.push({ id: def.id, label: `${def.label} (the employer)`, weight: def.weight, evidence: [] });
  }
  const salaried = salariedEngineering(fired, text, gigFormat);
  if (salaried) {
    raw += SALARIED_ENGINEERING.weight;
    reasons.push({ ...SALARIED_ENGINEERING, evidence: salaried.evidence });
  } else if (salary && salary.hourly >= STAFF_SALARY_HOURLY && gigFormat === false && !fired.has(signalIndex('ai-training-vendor')) && !employerNamed('ai-training-vendor', company)) {
    raw += SALARIED_STAFF.weight;
    reasons.push({ ...SALARIED_STAFF, evidence: [salary.evidence] });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  // A client's own bot or AI feature: its "train the chatbot" and "write and test prompts" are build work.
  if (clientProject) strongest = 0;
  const match = raw >= EVALUATOR_THRESHOLD && strongest >= STRONG_SIGNAL;
  return { match, score: Math.round(raw * 100) / 100, reasons };
}
