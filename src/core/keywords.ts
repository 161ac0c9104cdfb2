// Keyword extraction: taxonomy terms (plus the user's own keywords) found in a text, each with
// how strongly the posting asks for it and every place it says so.
import { taskPairs, type TaskPair } from '../data/task-pairs.ts';
import { taxonomy } from '../data/taxonomy/index.ts';
import type { TaxonomyEntry } from '../data/schema.ts';
import { benefitCheck } from './benefit-mentions.ts';
import { colleagueRanges, inTokenRanges, OtherPeople } from './colleagues.ts';
import { companyCircleRanges } from './company-circle.ts';
import { companySentenceStarts, selfDescriptionSentences } from './company-sentences.ts';
import { equalOpportunityLists } from './eeo-sentences.ts';
import { customId } from './ids.ts';
import { pinnedIds, WordVerdicts } from './lexicon.ts';
import { inRanges, urlRanges } from './url-ranges.ts';
import { keysFor, Matcher, type MatchableTerm, type TokenKeys } from './matcher.ts';
import { compileSignals, fireSignals, type CompiledSignals } from './pair-signals.ts';
import { importanceMap, strongest, type ImportanceMap } from './sections.ts';
import type { Evidence, KeywordCategory, KeywordHit } from './types.ts';

export const MAX_EVIDENCE_PER_KEYWORD = 20;

export interface CustomKeyword {
  term: string;
  synonyms: string[];
}

export interface CompiledVocabulary {
  matcher: Matcher;
  entries: { id: string; label: string; category: KeywordCategory | 'custom' }[];
}

function termsOf(entry: TaxonomyEntry): MatchableTerm {
  const caseSensitive = new Set(entry.caseSensitive);
  // The label is matched too, unless the entry declares it case-sensitive.
  const aliases = caseSensitive.has(entry.label) ? entry.aliases : [entry.label, ...entry.aliases];
  return { id: entry.id, aliases, caseSensitive: entry.caseSensitive, stem: entry.stem, guards: entry.guards };
}

let builtIn: CompiledVocabulary | null = null;

export function builtInVocabulary(): CompiledVocabulary {
  builtIn ??= compileVocabulary(taxonomy);
  return builtIn;
}

const customCache = new Map<string, CompiledVocabulary>();

/** User keywords compile into their own small matcher (cached by content). */
export function customVocabulary(custom: readonly CustomKeyword[]): CompiledVocabulary | null {
  if (custom.length === 0) return null;
  const key = JSON.stringify(custom);
  let vocab = customCache.get(key);
  if (!vocab) {
    const usable = custom.filter((c) => c.term.trim());
    vocab = {
      matcher: new Matcher(usable.map((c) => ({ id: customId(c.term), aliases: [c.term, ...c.synonyms].filter((a) => a.trim()), stem: true }))),
      entries: usable.map((c) => ({ id: customId(c.term), label: c.term.trim(), category: 'custom' as const })),
    };
    if (customCache.size > 20) customCache.clear();
    customCache.set(key, vocab);
  }
  return vocab;
}


const LEVELS: [RegExp, string][] = [
  [/^(native|mother|nativ)/, 'native'],
  [/^bilingual$/, 'bilingual'],
  [/^(fluent|fluenc|fluency|fluently)/, 'fluent'],
  [/^(proficien|c2|c1|advanced|professional)/, 'proficient'],
  [/^(conversational|intermediate|b2|b1|working)/, 'conversational'],
];

// Per word: 1 + the index in LEVELS of the first pattern it matches (LEVELS.length + 1: none).
// The words around language names repeat from posting to posting.
const levelOfWord = new WordVerdicts((word) => {
  const at = LEVELS.findIndex(([pattern]) => pattern.test(word));
  return (at < 0 ? LEVELS.length : at) + 1;
});

function levelIndex(id: number): number {
  return levelOfWord.of(id) - 1;
}

/**
 * "Native Spanish speaker", "fluent in Japanese", "Spanish (C2)": the first level in LEVELS that
 * a word near the hit (in its sentence) has.
 */
function languageLevel(doc: TokenKeys, first: number, last: number): string | undefined {
  const { ids, sentence, count } = doc.tokens;
  levelOfWord.fit();
  const lo = Math.max(0, first - 3);
  const hi = Math.min(count - 1, last + 3);
  let best = LEVELS.length;
  for (let k = lo; k <= hi; k++) if (sentence[k] === sentence[first]) best = Math.min(best, levelIndex(ids[k]!));
  return best < LEVELS.length ? LEVELS[best]![1] : undefined;
}

let pairs: CompiledSignals | null = null;

function taskPairSignals(): CompiledSignals {
  pairs ??= compileSignals(taskPairs, 'text');
  return pairs;
}

/** The task-pair matcher, for scanning it together with the others (matcher.ts scanTogether). */
export function taskPairMatcher(): Matcher {
  return taskPairSignals().matcher;
}

const taxonomyById = new Map(taxonomy.map((e) => [e.id, e]));

/**
 * "This is not a full-time position", "you will not be writing prompts", "no engineering background",
 * "This isn't a back-office gig" (the apostrophe joins "isn" and "t"), "regardless of their education".
 */
const NEGATORS = ['not', 'no', 'never', 'without', 'non', 't', 'regardless'];
/** "Not only SQL but also Python", "without losing attention to detail" negate nothing. */
const NOT_NEGATING_AFTER = ['only', 'just', 'limited', 'necessarily', 'losing', 'compromising', 'sacrificing'];
/** "No work experience or college degree": four words reach the second item. */
const NEGATION_REACH = 4;

/** "Do not apply if you do not have a PhD": a negation inside a condition of a refusal asks for the thing. */
const CONDITIONS = ['if', 'unless'];
const REFUSALS = [...NEGATORS, 'cannot'];
const CONDITION_REACH = 3;
const REFUSAL_REACH = 6;

let negation: { negators: Set<number>; notNegating: Set<number>; non: number; conditions: Set<number>; refusals: Set<number> } | null = null;

/**
 * "Do not apply if…", "We cannot consider you if…": the condition at token `c` hangs on a refusal
 * ("If you didn't get a Ph.D., you probably wanted one" does not). A module function: under tsx a
 * closure made per posting costs a naming call (~0.3 µs).
 */
function refusedBefore(ids: Int32Array, sentence: Int32Array, refusals: Set<number>, c: number): boolean {
  for (let r = c - 1; r >= 0 && r >= c - REFUSAL_REACH && sentence[r] === sentence[c]; r--) if (refusals.has(ids[r]!)) return true;
  return false;
}

/** Is a hit starting at token `first` negated: a negation shortly before it, in its sentence? */
function negationCheck(doc: TokenKeys): (first: number) => boolean {
  // Pinned ids, made once: they stay valid through lexicon recycling.
  negation ??= {
    negators: new Set(pinnedIds(NEGATORS)),
    notNegating: new Set(pinnedIds(NOT_NEGATING_AFTER)),
    non: pinnedIds(['non'])[0]!,
    conditions: new Set(pinnedIds(CONDITIONS)),
    refusals: new Set(pinnedIds(REFUSALS)),
  };
  // "non" negates only the word it is joined to: "Non-Exempt Hourly Position" is still hourly.
  const { negators, notNegating, non, conditions, refusals } = negation;
  const { ids, sentence } = doc.tokens;
  return (first) => {
    for (let k = first - 1; k >= 0 && k >= first - NEGATION_REACH && sentence[k] === sentence[first]; k--) {
      if (!negators.has(ids[k]!) || (ids[k] === non && k !== first - 1)) continue;
      if (k + 1 < first && notNegating.has(ids[k + 1]!)) return false;
      for (let c = k - 1; c >= 0 && c >= k - CONDITION_REACH && sentence[c] === sentence[k]; c--) {
        if (conditions.has(ids[c]!) && refusedBefore(ids, sentence, refusals, c)) return false;
      }
      return true;
    }
    return false;
  };
}

export interface ExtractOptions {
  keys?: TokenKeys;
  custom?: readonly CustomKeyword[];
  /** Replaces the built-in taxonomy (the benchmark uses it to time a doubled taxonomy). */
  vocabulary?: CompiledVocabulary;
  /** The employer's name: a tool or field that is part of it ("Labelbox", "Leeds Teaching Hospitals") is not asked of the applicant. */
  company?: string;
  /** The text's sections and cues, when the caller has read them already (analyzePosting shares them with the evaluator). */
  importance?: ImportanceMap;
}

// Name keys of spellings already seen: the same terms ("Python", "SQL") and employers come back
// posting after posting, and the Unicode replace cost a microsecond or so each time. A slice of a
// posting 13 characters or longer shares (and would keep alive) the whole posting's text, so such
// a spelling is kept as a copy; spellings up to 40 characters are kept, a third of those asked
// about were 13 to 40.
const NAME_KEYS = new Map<string, string>();
const MAX_KEPT_NAME = 40;

/** Folded words of a name, space-joined with a space at each end, for whole-word containment tests. */
function nameKey(text: string): string {
  let key = NAME_KEYS.get(text);
  if (key === undefined) {
    key = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (text.length <= MAX_KEPT_NAME) {
      if (NAME_KEYS.size >= 20_000) NAME_KEYS.clear();
      // Concatenated, then sliced: the slice is cut from the new flat string, not from the posting.
      NAME_KEYS.set(text.length > 12 ? (' ' + text).slice(1) : text, key);
    }
  }
  return key;
}

export function compileVocabulary(entries: readonly TaxonomyEntry[]): CompiledVocabulary {
  return { matcher: new Matcher(entries.map(termsOf)), entries: entries.map((e) => ({ id: e.id, label: e.label, category: e.category })) };
}

/** Is text[start, end) part of the employer's name (a name key, see nameKey)? Verdicts kept per spelling. */
function inEmployerName(text: string, employer: string, verdicts: Map<string, boolean>, start: number, end: number): boolean {
  const said = text.slice(start, end);
  let yes = verdicts.get(said);
  if (yes === undefined) {
    yes = employer.includes(nameKey(said));
    verdicts.set(said, yes);
  }
  return yes;
}

/**
 * A keyword and the offsets its evidence starts at (one place counts once). Hits come in text
 * order, so the offsets are kept as a rising list and a repeat is the last one; a set is made
 * only when an offset comes out of order (pair evidence, after the phrase hits).
 */
interface FoundKeyword {
  kw: KeywordHit;
  starts: number[];
  seen: Set<number> | null;
}

type Found = Map<string, FoundKeyword>;

/** Records `start` for the keyword; false when it was recorded before. */
function firstAt(f: FoundKeyword, start: number): boolean {
  if (f.seen === null) {
    const last = f.starts.length > 0 ? f.starts[f.starts.length - 1]! : -1;
    if (start > last) {
      f.starts.push(start);
      return true;
    }
    if (start === last) return false;
    f.seen = new Set(f.starts);
  }
  if (f.seen.has(start)) return false;
  f.seen.add(start);
  return true;
}

/**
 * The keyword's entry, made on its first hit; later hits raise its importance. This and
 * inEmployerName are module functions, not closures made per call: tsx names each closure it
 * makes (~0.3 µs).
 */
function found(byId: Found, entry: { id: string; label: string; category: KeywordHit['category'] }, level: KeywordHit['importance']) {
  let f = byId.get(entry.id);
  if (!f) {
    f = { kw: { id: entry.id, label: entry.label, category: entry.category, importance: level, evidence: [] }, starts: [], seen: null };
    byId.set(entry.id, f);
  } else f.kw.importance = strongest(f.kw.importance, level);
  return f;
}

/**
 * Categories a sentence about the employer names for its own business ("LILT delivers seamless multilingual
 * experiences", "Akur8 builds the OS for insurance pricing", "ReadWorks provides reading comprehension
 * resources", "promoting employee integrity"), not as something asked of the applicant. Not tasks: an
 * AI-training platform's description of itself ("improve AI models by providing human feedback") is the work.
 */
const DESCRIBES_EMPLOYER = new Set(['tool', 'domain', 'language', 'skill']);

/** Distinct skills, fields, tools, credentials and languages a posting requires or prefers (red flags read it). */
export function askedForCount(keywords: readonly KeywordHit[]): number {
  let n = 0;
  for (const k of keywords) if (k.importance !== 'mentioned' && k.category !== 'work-format') n++;
  return n;
}

export function extractKeywords(text: string, options: ExtractOptions = {}): KeywordHit[] {
  const doc = options.keys ?? keysFor(text);
  const importance = options.importance ?? importanceMap(text, doc);
  const urls = urlRanges(text, doc.index);
  const colleagues = colleagueRanges(doc, false, text);
  const colleaguesBeforePurpose = colleagues.length > 0 ? colleagueRanges(doc, true, text) : colleagues;
  const investorsAndCustomers = companyCircleRanges(text, doc);
  const otherPeople = new OtherPeople(text, doc);
  const isNegated = negationCheck(doc);
  const amongBenefits = benefitCheck(text, doc);
  const employer = options.company && options.company.trim().length >= 2 ? nameKey(options.company) : null;
  // A posting names the same terms again and again: each spelling is judged once.
  const employerVerdicts = new Map<string, boolean>();
  const aboutEmployer = employer ? companySentenceStarts(text, options.company, doc.tokens.sentenceStart, doc.tokens.sentenceStart.length) : null;
  const selfDescribed = selfDescriptionSentences(text, doc.tokens.sentenceStart, doc.tokens.sentenceStart.length, doc.tokens);
  const protectedClasses = equalOpportunityLists(doc);
  // Each keyword with the offsets its evidence starts at, kept apart so the hits can be returned
  // as they are, without copying each to drop the offsets.
  const byId: Found = new Map();
  const vocabularies = [options.vocabulary ?? builtInVocabulary(), customVocabulary(options.custom ?? [])];
  for (const vocab of vocabularies) {
    if (!vocab) continue;
    for (const hit of vocab.matcher.scan(doc)) {
      const entry = vocab.entries[hit.term]!;
      // Benefits and "about us" sections describe the employer's offer and the employer itself; only
      // the work format there is the job's.
      if (entry.category !== 'work-format' && importance.aboutTheEmployer(hit.firstToken)) continue;
      const start = doc.tokens.start[hit.firstToken]!;
      if ((entry.category === 'domain' || entry.category === 'skill') && amongBenefits(hit.firstToken, start, doc.tokens.end[hit.lastToken]!)) continue;
      if (urls.length > 0 && inRanges(urls, start)) continue;
      if (isNegated(hit.firstToken)) continue;
      if (protectedClasses.length > 0 && inTokenRanges(protectedClasses, hit.firstToken)) continue;
      if (selfDescribed.size > 0 && DESCRIBES_EMPLOYER.has(entry.category) && selfDescribed.has(doc.tokens.sentence[hit.firstToken]!)) continue;
      if (employer && DESCRIBES_EMPLOYER.has(entry.category)) {
        // A language in the employer's name ("EF English Live") is still asked of the applicant elsewhere.
        if (entry.category !== 'language' && inEmployerName(text, employer, employerVerdicts, start, doc.tokens.end[hit.lastToken]!)) continue;
        // "Akur8 builds the OS for insurance pricing": what the employer sells, not what the job asks.
        if (aboutEmployer && aboutEmployer.size > 0 && aboutEmployer.has(doc.tokens.sentence[hit.firstToken]!)) continue;
      }
      // "Collaborate with data scientists": a field named for colleagues is not asked of the applicant.
      if (colleagues.length > 0 && (entry.category === 'domain' || entry.category === 'credential') && inTokenRanges(colleagues, hit.firstToken)) continue;
      // "Collaborate with domain experts", "with quality assurance teams": people, not the task.
      if (colleagues.length > 0 && entry.category === 'task' && inTokenRanges(colleaguesBeforePurpose, hit.firstToken)) continue;
      if (investorsAndCustomers.length > 0 && inTokenRanges(investorsAndCustomers, hit.firstToken)) continue;
      if ((entry.category === 'domain' || entry.category === 'credential') && otherPeople.named(hit.firstToken, hit.lastToken)) continue;
      const end = doc.tokens.end[hit.lastToken]!;
      const f = found(byId, entry, importance.at(hit.firstToken));
      if (!firstAt(f, start)) continue;
      const kw = f.kw;
      if (entry.category === 'language' && !kw.level) {
        const lvl = languageLevel(doc, hit.firstToken, hit.lastToken);
        if (lvl) kw.level = lvl;
      }
      if (kw.evidence.length < MAX_EVIDENCE_PER_KEYWORD) kw.evidence.push(evidenceOf(text, start, end));
    }
  }
  // Task wordings a fixed phrase cannot list ("evaluate nuanced and ambiguous AI responses") add to
  // the same term, or bring it in; the built-in taxonomy only.
  if (!options.vocabulary || options.vocabulary === builtIn) {
    const c = taskPairSignals();
    for (const fired of fireSignals(text, doc, c, false).values()) {
      const entry = taxonomyById.get((c.defs[fired.signal] as TaskPair).keyword);
      if (!entry) continue;
      fired.evidence.forEach((ev, k) => {
        const first = fired.firstTokens[k]!;
        if (importance.aboutTheEmployer(first) || (urls.length > 0 && inRanges(urls, ev.start)) || isNegated(first)) return;
        const f = found(byId, entry, importance.at(first));
        if (!firstAt(f, ev.start)) return;
        const kw = f.kw;
        if (kw.evidence.length < MAX_EVIDENCE_PER_KEYWORD) kw.evidence.push(ev);
      });
    }
  }
  // By importance, then by where each is first said: grouped by importance in the order found
  // (as a stable sort keeps them), each group sorted only when out of text order (keywords are
  // found in text order, except those pair evidence brings in).
  const byRank: KeywordHit[][] = [[], [], []];
  for (const f of byId.values()) {
    // Pair evidence is added after the phrase hits: put a keyword's evidence back in text order
    // when that left it out of order (rarely; sorting the rest would leave them as they are).
    if (!inTextOrder(f.kw.evidence)) f.kw.evidence.sort((a, b) => a.start - b.start);
    byRank[RANK[f.kw.importance]]!.push(f.kw);
  }
  for (const group of byRank) if (!firstSaidInOrder(group)) group.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  // Pushed rather than concat(), which is slow on arrays this small.
  const out = byRank[0]!;
  for (let r = 1; r < 3; r++) for (const kw of byRank[r]!) out.push(kw);
  return out;
}

/**
 * The terms a title names ("Internet Analyst - Freelance", "Dutch Fluency"), as required keywords
 * with offsetless evidence. A title is a name, not prose: none of the text's context checks apply
 * but the employer's own name ("Alignerr (Labelbox) - Physics Expert" asks for no Labelbox). The
 * lean path matters: extractKeywords' per-posting set-up cost as much for a title as for a text.
 */
export function titleKeywords(title: string, keys: TokenKeys, options: { custom?: readonly CustomKeyword[]; vocabulary?: CompiledVocabulary; company?: string } = {}): KeywordHit[] {
  const out: KeywordHit[] = [];
  const seen = new Set<string>();
  const employer = options.company && options.company.trim().length >= 2 ? nameKey(options.company) : null;
  const verdicts = new Map<string, boolean>();
  for (const vocab of [options.vocabulary ?? builtInVocabulary(), customVocabulary(options.custom ?? [])]) {
    if (!vocab) continue;
    for (const hit of vocab.matcher.scan(keys)) {
      const entry = vocab.entries[hit.term]!;
      if (seen.has(entry.id)) continue;
      const start = keys.tokens.start[hit.firstToken]!;
      const end = keys.tokens.end[hit.lastToken]!;
      if (employer && (entry.category === 'tool' || entry.category === 'domain') && inEmployerName(title, employer, verdicts, start, end)) continue;
      seen.add(entry.id);
      out.push({ id: entry.id, label: entry.label, category: entry.category, importance: 'required', evidence: [{ start: -1, end: -1, text: title.slice(start, end) }] });
    }
  }
  return out;
}

const RANK = { required: 0, preferred: 1, mentioned: 2 } as const;

function inTextOrder(evidence: readonly Evidence[]): boolean {
  for (let k = 1; k < evidence.length; k++) if (evidence[k]!.start < evidence[k - 1]!.start) return false;
  return true;
}

function firstSaidInOrder(hits: readonly KeywordHit[]): boolean {
  for (let k = 1; k < hits.length; k++) if (hits[k]!.evidence[0]!.start < hits[k - 1]!.evidence[0]!.start) return false;
  return true;
}

export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}
