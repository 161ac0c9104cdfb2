// The red-flag / healthy-signal engine. Rules are data (src/data); this file only knows how to
// run the three kinds of rule the schema allows. It must never throw and must stay linear-ish
// on hostile input, so: rules compile once, regexes only see sentences that contain a trigger
// word, very long sentences are cut into windows around those words, and every failure inside
// one rule drops that rule rather than the whole analysis.
//
// Evidence offsets index `doc.text`. Evidence found in the title (scope 'title' or 'any') has
// start = end = -1: the title is usually rendered apart from the description, so there is no
// offset to mark; the UI shows the evidence text instead.
import type { SignalRule } from '../data/schema.ts';
import { runCheck } from './checks/index.ts';
import { digitReach } from './digit-reach.ts';
import { hasDigit, pinLexicon } from './lexicon.ts';
import { leadingWords, requiredWords, type WordFilter, type WordSet } from './pattern-words.ts';
import { docWords, filterSids, firstAtOrAfter, freshDocWords, leadingTokens, rangePasses, registerFilter, registerWordSet, setPresent, sidsPass, type DocWords } from './word-sets.ts';
import { anyMatch, MAX_EVIDENCE, MAX_TITLE, pushEvidence, type SignalDocument } from './signal-document.ts';
import { foldToken, tokenize, type Tokens } from './tokenize.ts';
import type { Evidence, SignalHit } from './types.ts';
import { WordIndex } from './word-index.ts';

export type { SignalDocument } from './signal-document.ts';
export { CHECK_NAMES } from './checks/index.ts';

export interface CompiledRule {
  rule: SignalRule;
  triggers: string[];
  /** The trigger words as a registered set: whether any is in a posting is one read. */
  triggerSet: WordSet;
  patterns: RegExp[];
  /** Words each pattern needs (pattern-words.ts): spans without them skip the regex. */
  filters: WordFilter[];
  /** The same filters as set ids per branch (filterSids); null where a pattern has none. */
  sids: (Int32Array[] | null)[];
  /** Per pattern, the words a match starts with (null: unknown) and a sticky copy to try there. */
  leading: (WordSet | null)[];
  stickies: (RegExp | null)[];
  /** Per pattern: the longest match when every match has a digit (digit-reach.ts), else null. */
  digitReach: (number | null)[];
  /** Pattern indexes, those with a word filter first (absence rules stop at the first match). */
  absenceOrder: number[];
  unless: RegExp[];
  /** Patterns that cancel the rule wherever they occur (params.unlessAnywhere). */
  anywhere: RegExp[];
}

/** Sentences longer than this are searched in windows around trigger words only. */
const LONG_SENTENCE = 400;
const WINDOW = 200;

const ruleCache = new WeakMap<SignalRule, CompiledRule | null>();
const indexCache = new WeakMap<readonly SignalRule[], RuleIndex>();

interface RuleIndex {
  compiled: (CompiledRule | null)[];
}

function toRegex(source: string, global: boolean): RegExp {
  return new RegExp(source, global ? 'giu' : 'iu');
}

/** Compiles one rule; null when a pattern does not compile (the data tests catch that first). */
export function compileRule(rule: SignalRule): CompiledRule | null {
  const cached = ruleCache.get(rule);
  if (cached !== undefined) return cached;
  let compiled: CompiledRule | null;
  try {
    compiled = {
      rule,
      triggers: rule.triggers.map((t) => foldToken(t.trim())),
      triggerSet: { exact: new Set(rule.triggers.map((t) => foldToken(t.trim()))), prefixes: [] },
      patterns: rule.patterns.map((p) => toRegex(p, true)),
      filters: rule.patterns.map((p) => {
        const f = requiredWords(p);
        registerFilter(f);
        return f;
      }),
      leading: rule.patterns.map((p) => {
        const set = leadingWords(p);
        if (set) registerWordSet(set);
        return set;
      }),
      stickies: rule.patterns.map((p) => (leadingWords(p) ? new RegExp(p, 'iuy') : null)),
      digitReach: rule.patterns.map(digitReach),
      sids: [],
      absenceOrder: [],
      unless: rule.unless.map((p) => toRegex(p, false)),
      anywhere: [],
    };
    registerWordSet(compiled.triggerSet);
    compiled.sids = compiled.filters.map((f) => f && filterSids(f));
    const filtered = compiled.filters.map((f, p) => (f ? p : -1)).filter((p) => p >= 0);
    compiled.absenceOrder = [...filtered, ...compiled.filters.map((f, p) => (f ? -1 : p)).filter((p) => p >= 0)];
    const ua = rule.params.unlessAnywhere;
    // true: every `unless` pattern cancels document-wide; a list: only those patterns do.
    if (ua === true) compiled.anywhere = compiled.unless;
    else if (Array.isArray(ua)) compiled.anywhere = ua.filter((x): x is string => typeof x === 'string').map((p) => toRegex(p, false));
  } catch {
    compiled = null;
  }
  pinLexicon();
  ruleCache.set(rule, compiled);
  return compiled;
}

function indexRules(rules: readonly SignalRule[]): RuleIndex {
  const cached = indexCache.get(rules);
  if (cached) return cached;
  const index = { compiled: rules.map(compileRule) };
  indexCache.set(rules, index);
  return index;
}

/** A stretch of the text to run regexes on, with the tokens it covers. */
interface Span {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

/** The sentences (as spans) holding one of the rule's trigger words. */
function triggerSpans(c: CompiledRule, doc: SignalDocument, words: DocWords): Span[] {
  return spansFor(leadingTokens(c.triggerSet, words), doc, doc.tokens.sentenceFirstToken);
}

/** Bounds of sentence `s`: from the end of the previous sentence's last token (so a leading "$" is kept) to the next sentence. */
function sentenceBounds(doc: SignalDocument, s: number, firstToken: number): { start: number; end: number } {
  const { tokens, text } = doc;
  let start = tokens.sentenceStart[s] ?? 0;
  // Walk back over the non-word characters just before the sentence ("$", quotes, bullets).
  const floor = firstToken > 0 ? tokens.end[firstToken - 1]! : 0;
  start = Math.max(floor, start - 3);
  const end = tokens.sentenceStart[s + 1] ?? text.length;
  return { start, end };
}

/** The tokens inside [start, end), found by walking out from a token known to be inside. */
function tokensWithin(doc: SignalDocument, start: number, end: number, inside: number): [number, number] {
  const { tokens } = doc;
  let a = inside;
  while (a > 0 && tokens.start[a - 1]! >= start) a--;
  let b = inside;
  while (b + 1 < tokens.count && tokens.end[b + 1]! <= end) b++;
  return [a, b];
}

function spansFor(tokenIdx: readonly number[], doc: SignalDocument, firstOf: readonly number[]): Span[] {
  const { tokens } = doc;
  const spans: Span[] = [];
  let lastSentence = -1;
  for (let i = 0; i < tokenIdx.length; i++) {
    const t = tokenIdx[i]!;
    const s = tokens.sentence[t]!;
    // Another trigger in the sentence just added (a short one: long ones reset lastSentence).
    if (s === lastSentence) continue;
    const first = firstOf[s] ?? t;
    const bounds = sentenceBounds(doc, s, first);
    if (bounds.end - bounds.start > LONG_SENTENCE) {
      const start = Math.max(bounds.start, tokens.start[t]! - WINDOW);
      const end = Math.min(bounds.end, tokens.end[t]! + WINDOW);
      const [a, b] = tokensWithin(doc, start, end, t);
      const prev = spans[spans.length - 1];
      if (prev && start <= prev.end) {
        prev.end = Math.max(prev.end, end);
        prev.lastToken = Math.max(prev.lastToken, b);
      } else spans.push({ start, end, firstToken: a, lastToken: b });
      lastSentence = -1;
      continue;
    }
    lastSentence = s;
    // Sentences are never merged: `unless` is judged per sentence.
    spans.push({ start: bounds.start, end: bounds.end, firstToken: first, lastToken: (firstOf[s + 1] ?? tokens.count) - 1 });
  }
  return spans;
}

function matchAll(re: RegExp, text: string, base: number, out: Evidence[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_EVIDENCE && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    pushEvidence(out, base < 0 ? -1 : base + m.index, m[0]);
  }
}

interface Title {
  text: string;
  tokens: Tokens;
  words: DocWords;
}

// The red-flag and healthy-signal runs read the same document: its title is indexed once.
const titles = new WeakMap<SignalDocument, Title>();

function titleOf(doc: SignalDocument): Title {
  let t = titles.get(doc);
  if (!t) {
    const text = doc.title.slice(0, MAX_TITLE);
    const tokens = doc.titleTokens ?? tokenize(text);
    t = { text, tokens, words: doc.titleWords ? freshDocWords(doc.titleWords) : docWords(new WordIndex(tokens)) };
    titles.set(doc, t);
  }
  // Sets registered since (a check compiled on first use) must be in its grouping.
  freshDocWords(t.words);
  return t;
}

/**
 * Tokens that may hide a word a regex sees on its own: ".NET" (a match may start after the dot)
 * and "C++"/"C#" (a match may end before the suffix). Always tried.
 */
function oddToken(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  return first === 46 || last === 43 || last === 35;
}

// The odd tokens of each tokenised text (few or none), listed once for all rules.
const oddLists = new WeakMap<Tokens, number[]>();

function oddTokens(text: string, tokens: Tokens): readonly number[] {
  let odd = oddLists.get(tokens);
  if (!odd) {
    odd = [];
    for (let t = 0; t < tokens.count; t++) if (oddToken(text, tokens.start[t]!, tokens.end[t]!)) odd.push(t);
    oddLists.set(tokens, odd);
  }
  return odd;
}

/** A stretch of a text to try a sticky pattern in: the text itself or a slice of it, and its tokens. */
interface Stretch {
  /** What the regex reads: the whole text or the slice from `offset`. */
  chunk: string;
  offset: number;
  text: string;
  tokens: Tokens;
  /** The word index of `tokens`. */
  words: DocWords;
  firstToken: number;
  lastToken: number;
}

/**
 * Same matches as `matchAll` for a pattern whose matches start with one of `lead`'s words: the
 * sticky regex is tried only where such a token (or an odd one) starts, skipping tokens inside
 * the last match. Those tokens come from the word index, not from reading every token.
 * Evidence offsets are `base` + the position in the chunk, or -1 when `base` is -1 (the title).
 * Patterns with leading words never run their unanchored copy, which V8 would compile again.
 */
function matchAtTokens(sticky: RegExp, lead: WordSet, at: Stretch, base: number, out: Evidence[], firstOnly = false): void {
  const { tokens, text, offset } = at;
  const leads = leadingTokens(lead, at.words);
  const odds = oddTokens(text, tokens);
  // Walk both ascending lists together, in token order.
  let i = firstAtOrAfter(leads, at.firstToken);
  let k = firstAtOrAfter(odds, at.firstToken);
  let from = 0;
  while (out.length < MAX_EVIDENCE) {
    const a = i < leads.length ? leads[i]! : Infinity;
    const b = k < odds.length ? odds[k]! : Infinity;
    const t = a < b ? a : b;
    if (t > at.lastToken) break;
    if (a === t) i++;
    if (b === t) k++;
    const s = tokens.start[t]!;
    const odd = b === t;
    for (let pos = s - offset, tries = odd && text.charCodeAt(s) === 46 ? 2 : 1; tries > 0; pos++, tries--) {
      if (pos < from) continue;
      sticky.lastIndex = pos;
      const m = sticky.exec(at.chunk);
      if (m && m[0].length > 0) {
        pushEvidence(out, base < 0 ? -1 : base + pos, m[0]);
        if (firstOnly) return;
        from = pos + m[0].length;
        break;
      }
    }
  }
}

/** Does pattern p of the rule match anywhere in the stretch? */
function patternIn(c: CompiledRule, p: number, at: Stretch): boolean {
  const lead = c.leading[p];
  if (lead) {
    const found: Evidence[] = [];
    matchAtTokens(c.stickies[p]!, lead, at, at.offset, found, true);
    return found.length > 0;
  }
  const re = c.patterns[p]!;
  re.lastIndex = 0;
  return re.test(at.chunk);
}

function titleStretch(title: Title): Stretch {
  return { chunk: title.text, offset: 0, text: title.text, tokens: title.tokens, words: title.words, firstToken: 0, lastToken: title.tokens.count - 1 };
}

function spanStretch(doc: SignalDocument, words: DocWords, span: Span, chunk: string): Stretch {
  return { chunk, offset: span.start, text: doc.text, tokens: doc.tokens, words, firstToken: span.firstToken, lastToken: span.lastToken };
}

const scratchEvidence: Evidence[] = [];
const NONE: Evidence[] = [];

/** Per pattern of the rule being run: can it match in this posting at all (1) or not (0). Reused. */
let live = new Uint8Array(64);

/** Runs a pattern rule over the title (title scope) and the sentences with its triggers (text scope). */
function runPatternRule(c: CompiledRule, doc: SignalDocument, words: DocWords): Evidence[] {
  const { rule } = c;
  // A scratch list: most rules find nothing, and those that do get a copy.
  const evidence = scratchEvidence;
  evidence.length = 0;
  freshDocWords(words);
  if (live.length < c.patterns.length) live = new Uint8Array(c.patterns.length * 2);
  if (rule.scope !== 'text' && doc.title) {
    const title = titleOf(doc);
    // The title's own words rule most patterns out before their regex runs.
    for (let p = 0; p < c.patterns.length; p++) {
      const sids = c.sids[p];
      if (sids && !sidsPass(sids, title.words)) continue;
      const lead = c.leading[p];
      if (lead) matchAtTokens(c.stickies[p]!, lead, titleStretch(title), -1, evidence);
      else matchAll(c.patterns[p]!, title.text, -1, evidence);
    }
    if (evidence.length > 0 && anyMatch(c.unless, title.text)) evidence.length = 0;
  }
  if (rule.scope !== 'title' && doc.tokens.count > 0) {
    // Most rules end here: none of their trigger words is in the posting.
    const triggered = c.triggers.length === 0 || setPresent(words, c.triggerSet.sid!);
    // Per pattern: can it match anywhere in this posting (its words all present)? Asked before
    // the sentences are gathered, which costs more.
    let anyLive = false;
    if (triggered) {
      for (let p = 0; p < c.patterns.length; p++) {
        const sids = c.sids[p];
        live[p] = !sids || sidsPass(sids, words) ? 1 : 0;
        if (live[p]) anyLive = true;
      }
    }
    let list: Span[] = [];
    if (anyLive) list = c.triggers.length === 0 ? [{ start: 0, end: doc.text.length, firstToken: 0, lastToken: doc.tokens.count - 1 }] : triggerSpans(c, doc, words);
    for (const span of list) {
      if (evidence.length >= MAX_EVIDENCE) break;
      const before = evidence.length;
      let chunk: string | null = null;
      for (let p = 0; p < c.patterns.length; p++) {
        if (!live[p]) continue;
        const filter = c.filters[p];
        // The words the pattern needs are not all here: the regex cannot match.
        if (filter && !rangePasses(filter, words, span.firstToken, span.lastToken)) continue;
        chunk ??= doc.text.slice(span.start, span.end);
        const lead = c.leading[p];
        if (lead) matchAtTokens(c.stickies[p]!, lead, spanStretch(doc, words, span, chunk), span.start, evidence);
        else matchAll(c.patterns[p]!, chunk, span.start, evidence);
      }
      // `unless` is only worth reading where something matched.
      if (chunk !== null && evidence.length > before && c.unless.length > 0 && anyMatch(c.unless, chunk)) evidence.length = before;
    }
  }
  // Checked last, and only when there is something to cancel: it reads the whole text.
  if (evidence.length > 0 && c.anywhere.length > 0 && anyMatch(c.anywhere, doc.text)) evidence.length = 0;
  return evidence.length > 0 ? evidence.splice(0) : NONE;
}

/**
 * The sentences holding the least frequent of a filter's word sets, for reading a pattern
 * sentence by sentence instead of over the whole text. null when the filter has several
 * branches: read the whole text then.
 */
function anchorSpans(filter: NonNullable<WordFilter>, doc: SignalDocument, words: DocWords): Span[] | null {
  if (filter.length !== 1) return null;
  let best: readonly number[] | null = null;
  for (const set of filter[0]!) {
    const at = leadingTokens(set, words);
    if (best === null || at.length < best.length) best = at;
  }
  if (best === null) return null;
  return spansFor(best, doc, doc.tokens.sentenceFirstToken);
}

/**
 * Stretches of the text around its digits, [start, end) pairs, merged where they touch: a match
 * that holds a digit and is at most `reach` long lies inside one, with room for the code point
 * \b reads on either side. A stretch never starts or ends within reach of a digit of its own,
 * so a match found in one is a match in the whole text too. Every digit is inside a token, and
 * the lexicon knows which words have one.
 */
function digitStretches(doc: SignalDocument, reach: number): number[] {
  const { tokens } = doc;
  const out: number[] = [];
  const pad = reach + 2;
  for (let t = 0; t < tokens.count; t++) {
    if (!hasDigit(tokens.ids[t]!)) continue;
    const start = Math.max(0, tokens.start[t]! - pad);
    const end = Math.min(doc.text.length, tokens.end[t]! + pad);
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}

const titleRegexes = new Map<string, RegExp>();

/** `params.onlyIfTitle` of an absence rule: the kind of job it is about, read from the title. */
function titleRegex(source: string): RegExp {
  let re = titleRegexes.get(source);
  if (!re) {
    re = toRegex(source, false);
    titleRegexes.set(source, re);
  }
  return re;
}

/** Without a separate title (plain text in the CLI), the first line stands in for it. */
function titleOrFirstLine(doc: SignalDocument): string {
  if (doc.title) return doc.title;
  const end = doc.text.indexOf('\n');
  return end > 0 ? doc.text.slice(0, Math.min(end, 200)) : '';
}

/** Absence rule: fires (with no evidence) when none of its patterns occur. */
function runAbsenceRule(c: CompiledRule, doc: SignalDocument, words: DocWords): boolean {
  const { params } = c.rule;
  const minChars = typeof params.minChars === 'number' ? params.minChars : 300;
  if (doc.text.length < minChars) return false;
  if (params.skipIfPay === true && doc.pay) return false;
  if (params.skipIfCompany === true && doc.company && doc.company.trim()) return false;
  if (params.onlyIfAiEvaluator === true && !doc.aiEvaluator) return false;
  if (typeof params.onlyIfTitle === 'string' && !titleRegex(params.onlyIfTitle).test(titleOrFirstLine(doc))) return false;
  if (c.rule.scope !== 'text' && doc.title) {
    const title = titleOf(doc);
    for (let p = 0; p < c.patterns.length; p++) {
      const sids = c.sids[p];
      if (sids && !sidsPass(sids, title.words)) continue;
      if (patternIn(c, p, titleStretch(title))) return false;
    }
  }
  if (c.rule.scope === 'title') return true;
  freshDocWords(words);
  // One match anywhere settles it: patterns narrowed by their words go first, the ones that
  // must read the whole text only if those found nothing.
  for (const p of c.absenceOrder) {
    const filter = c.filters[p];
    // Words the pattern needs are missing from the whole posting: it cannot occur.
    if (filter && !sidsPass(c.sids[p]!, words)) continue;
    const spans = filter ? anchorSpans(filter, doc, words) : null;
    const reach = c.digitReach[p];
    if (spans === null && reach != null && !c.leading[p]) {
      // Every match has a digit: only the text around digits can hold one.
      const re = c.patterns[p]!;
      const at = digitStretches(doc, reach);
      for (let k = 0; k < at.length; k += 2) {
        re.lastIndex = 0;
        if (re.test(doc.text.slice(at[k], at[k + 1]))) return false;
      }
      continue;
    }
    if (spans === null) {
      const whole: Span = { start: 0, end: doc.text.length, firstToken: 0, lastToken: doc.tokens.count - 1 };
      if (patternIn(c, p, spanStretch(doc, words, whole, doc.text))) return false;
      continue;
    }
    for (const span of spans) {
      if (!rangePasses(filter!, words, span.firstToken, span.lastToken)) continue;
      if (patternIn(c, p, spanStretch(doc, words, span, doc.text.slice(span.start, span.end)))) return false;
    }
  }
  return true;
}

function hitOf(rule: SignalRule, evidence: Evidence[]): SignalHit {
  return { id: rule.id, severity: rule.severity, title: rule.title, explanation: rule.explanation, evidence };
}

/**
 * Runs every rule over one posting. Deterministic: hits come back in rule order. Never throws;
 * a rule that fails is left out.
 */
export function findSignals(rules: readonly SignalRule[], doc: SignalDocument): SignalHit[] {
  const hits: SignalHit[] = [];
  let index: RuleIndex;
  let words: DocWords;
  try {
    index = indexRules(rules);
    words = doc.words ? freshDocWords(doc.words) : docWords(new WordIndex(doc.tokens));
  } catch {
    return hits;
  }
  index.compiled.forEach((c) => {
    if (!c) return;
    try {
      const { rule } = c;
      if (rule.kind === 'pattern') {
        const ev = runPatternRule(c, doc, words);
        if (ev.length > 0) hits.push(hitOf(rule, ev));
      } else if (rule.kind === 'absence') {
        if (runAbsenceRule(c, doc, words)) hits.push(hitOf(rule, []));
      } else {
        const ev = runCheck(rule, doc.words === words ? doc : { ...doc, words });
        if (ev) hits.push(hitOf(rule, ev.slice(0, MAX_EVIDENCE)));
      }
    } catch {
      // A broken rule must not take the analysis down; the data tests report it.
    }
  });
  return hits;
}
