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
import { docPasses, freshDocWords, rangePasses, registerFilter, requiredWords, type DocWords, type WordFilter } from './pattern-words.ts';
import { foldToken, type Tokens } from './tokenize.ts';
import type { Evidence, Pay, SignalHit } from './types.ts';

export interface SignalDocument {
  text: string;
  tokens: Tokens;
  title: string;
  company?: string;
  url?: string;
  /** Hostname of the apply/hiring source, when known. */
  source?: string;
  pay: Pay | null;
  aiEvaluator: boolean;
  /** Folded key of every token (from keysFor), when the caller already has them: saves a pass. */
  fold?: readonly string[];
  /** The posting's word index, shared by the red-flag and healthy-signal runs. */
  words?: DocWords;
}

export interface CompiledRule {
  rule: SignalRule;
  triggers: string[];
  patterns: RegExp[];
  /** Words each pattern needs (pattern-words.ts): spans without them skip the regex. */
  filters: WordFilter[];
  unless: RegExp[];
  /** Patterns that cancel the rule wherever they occur (params.unlessAnywhere). */
  anywhere: RegExp[];
}

/** At most this many evidence spans per rule: enough to mark, not enough to flood the page. */
const MAX_EVIDENCE = 5;
/** Sentences longer than this are searched in windows around trigger words only. */
const LONG_SENTENCE = 400;
const WINDOW = 200;
/** Titles longer than this are cut (a title is a line, not a page). */
const MAX_TITLE = 500;

const ruleCache = new WeakMap<SignalRule, CompiledRule | null>();
const indexCache = new WeakMap<readonly SignalRule[], RuleIndex>();

interface RuleIndex {
  compiled: (CompiledRule | null)[];
  /** Folded trigger word → indexes of the pattern rules it wakes. */
  byTrigger: Map<string, number[]>;
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
      patterns: rule.patterns.map((p) => toRegex(p, true)),
      filters: rule.patterns.map((p) => {
        const f = requiredWords(p);
        registerFilter(f);
        return f;
      }),
      unless: rule.unless.map((p) => toRegex(p, false)),
      anywhere: [],
    };
    const ua = rule.params.unlessAnywhere;
    // true: every `unless` pattern cancels document-wide; a list: only those patterns do.
    if (ua === true) compiled.anywhere = compiled.unless;
    else if (Array.isArray(ua)) compiled.anywhere = ua.filter((x): x is string => typeof x === 'string').map((p) => toRegex(p, false));
  } catch {
    compiled = null;
  }
  ruleCache.set(rule, compiled);
  return compiled;
}

function indexRules(rules: readonly SignalRule[]): RuleIndex {
  const cached = indexCache.get(rules);
  if (cached) return cached;
  const compiled = rules.map(compileRule);
  const byTrigger = new Map<string, number[]>();
  compiled.forEach((c, i) => {
    if (!c || c.rule.kind === 'check') return;
    for (const t of c.triggers) {
      const list = byTrigger.get(t);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else byTrigger.set(t, [i]);
    }
  });
  const index = { compiled, byTrigger };
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

/**
 * For every live rule, the sentences (as spans) holding one of its trigger words, read from the
 * posting's word index rather than a pass over every token.
 */
function spansByRule(index: RuleIndex, doc: SignalDocument, words: DocWords, live: boolean[]): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  const firstOf = doc.tokens.sentenceFirstToken;
  index.compiled.forEach((c, r) => {
    if (!c || !live[r] || c.rule.kind !== 'pattern' || c.triggers.length === 0) return;
    let hits: number[] = [];
    for (const t of c.triggers) {
      const at = words.positions.get(t);
      if (at) hits = hits.length === 0 ? at : hits.concat(at);
    }
    if (hits.length === 0) return;
    if (c.triggers.length > 1) hits = hits === words.positions.get(c.triggers[0]!) ? hits : [...new Set(hits)].sort((a, b) => a - b);
    out.set(r, spansFor(hits, doc, firstOf));
  });
  return out;
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
  for (const t of tokenIdx) {
    const s = tokens.sentence[t]!;
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
    if (s === lastSentence) continue;
    lastSentence = s;
    // Sentences are never merged: `unless` is judged per sentence.
    const [a, b] = tokensWithin(doc, bounds.start, bounds.end, t);
    spans.push({ ...bounds, firstToken: a, lastToken: b });
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

function pushEvidence(out: Evidence[], start: number, raw: string): void {
  const lead = raw.length - raw.trimStart().length;
  const textTrim = raw.trim();
  if (!textTrim) return;
  const s = start < 0 ? -1 : start + lead;
  const e = start < 0 ? -1 : s + textTrim.length;
  for (const ev of out) {
    if (s >= 0 && ev.start >= 0 && s < ev.end && e > ev.start) return;
    if (s < 0 && ev.start < 0 && ev.text.toLowerCase() === textTrim.toLowerCase()) return;
  }
  out.push({ start: s, end: e, text: textTrim });
}

function anyMatch(res: RegExp[], text: string): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** Runs a pattern rule over its spans (text scope) and the title (title scope). */
function runPatternRule(c: CompiledRule, doc: SignalDocument, fold: readonly string[], live: boolean[], spans: Span[] | undefined): Evidence[] {
  const { rule } = c;
  const evidence: Evidence[] = [];
  const title = doc.title.slice(0, MAX_TITLE);
  if (rule.scope !== 'text' && title) {
    if (!anyMatch(c.unless, title)) for (const re of c.patterns) matchAll(re, title, -1, evidence);
  }
  if (rule.scope !== 'title' && live.some(Boolean)) {
    const list =
      c.triggers.length === 0 ? (doc.tokens.count > 0 ? [{ start: 0, end: doc.text.length, firstToken: 0, lastToken: doc.tokens.count - 1 }] : []) : (spans ?? []);
    for (const span of list) {
      if (evidence.length >= MAX_EVIDENCE) break;
      const before = evidence.length;
      let chunk: string | null = null;
      for (let p = 0; p < c.patterns.length; p++) {
        if (!live[p]) continue;
        const filter = c.filters[p];
        // The words the pattern needs are not all here: the regex cannot match.
        if (filter && !rangePasses(filter, fold, span.firstToken, span.lastToken)) continue;
        chunk ??= doc.text.slice(span.start, span.end);
        matchAll(c.patterns[p]!, chunk, span.start, evidence);
      }
      // `unless` is only worth reading where something matched.
      if (chunk !== null && evidence.length > before && c.unless.length > 0 && anyMatch(c.unless, chunk)) evidence.length = before;
    }
  }
  // Checked last, and only when there is something to cancel: it reads the whole text.
  if (evidence.length > 0 && c.anywhere.length > 0 && anyMatch(c.anywhere, doc.text)) return [];
  return evidence;
}

// ---------------------------------------------------------------------------------------------
// Named checks. Each reads its lists from rule.params so the data stays in src/data.

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

// A hostname: dot-separated labels ending in a letters-only TLD. The look-behind keeps the
// engine from restarting inside a long run of letters; no label is longer than 63.
const HOST_RE = /(?<![a-z0-9.-])(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}(?![a-z0-9@-])/giu;
const MAX_HOSTS = 200;

interface Found {
  host: string;
  start: number;
  end: number;
}

const HOST_CHAR = /[a-z0-9.-]/iu;
const HOST_EXACT = new RegExp(`^${HOST_RE.source.replace(/^\(\?<!\[a-z0-9\.-\]\)/u, '').replace(/\(\?!\[a-z0-9@-\]\)$/u, '')}$`, 'iu');

/**
 * Hostnames in the text. Walks from dot to dot instead of running HOST_RE at every word start:
 * a host needs a dot between letters/digits, and most of a posting has none.
 */
function hostsIn(text: string, out: Found[]): void {
  let from = 0;
  while (out.length < MAX_HOSTS) {
    const dot = text.indexOf('.', from);
    if (dot < 0) return;
    from = dot + 1;
    if (dot === 0 || !HOST_CHAR.test(text[dot - 1]!) || !/[a-z]/iu.test(text[dot + 1] ?? '')) continue;
    let start = dot;
    while (start > 0 && HOST_CHAR.test(text[start - 1]!) && dot - start < 300) start--;
    let end = dot + 1;
    while (end < text.length && HOST_CHAR.test(text[end]!) && end - dot < 300) end++;
    // Trailing dots and hyphens belong to the sentence, not the host; "@" before means an e-mail's domain, which counts too.
    while (end > dot + 1 && /[.-]/u.test(text[end - 1]!)) end--;
    while (start < dot && /[.-]/u.test(text[start]!)) start++;
    from = Math.max(from, end);
    if (end < text.length && /[@]/u.test(text[end]!)) continue;
    const candidate = text.slice(start, end);
    if (HOST_EXACT.test(candidate)) out.push({ host: candidate.toLowerCase(), start, end });
  }
}

function hostOf(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:\s]{1,253})/iu.exec(value.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./u, '') : null;
}

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

function docHosts(doc: SignalDocument): Found[] {
  const found: Found[] = [];
  hostsIn(doc.text, found);
  for (const v of [doc.url, doc.source]) {
    const h = hostOf(v);
    if (h && h.includes('.')) found.push({ host: h, start: -1, end: -1 });
  }
  return found;
}

/** Levenshtein distance, stopping early once it exceeds 1 (all we need). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

interface Vendor {
  name: string;
  brands: string[];
  domains: string[];
}

function vendorsOf(v: unknown): Vendor[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => {
    if (!x || typeof x !== 'object') return [];
    const o = x as Record<string, unknown>;
    return typeof o.name === 'string' ? [{ name: o.name, brands: strings(o.brands), domains: strings(o.domains) }] : [];
  });
}

function brandLike(label: string, brand: string, affixes: string[]): boolean {
  const l = label.replace(/-/gu, '');
  if (l === brand) return true;
  if (l.startsWith(brand) && affixes.includes(l.slice(brand.length))) return true;
  if (l.endsWith(brand) && affixes.includes(l.slice(0, l.length - brand.length))) return true;
  return brand.length >= 7 && withinOneEdit(l, brand);
}

/**
 * A hostname that dresses up as a known AI-training vendor without being on its domain:
 * dataannotation.cc for dataannotation.tech, outlier-careers.com for outlier.ai.
 */
function lookalikeDomain(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const vendors = vendorsOf(rule.params.vendors);
  const affixes = strings(rule.params.affixes);
  const hosting = strings(rule.params.ignoreDomains);
  const out: Evidence[] = [];
  for (const f of docHosts(doc)) {
    const host = f.host.replace(/^www\./u, '');
    if (hosting.some((d) => onDomain(host, d))) continue;
    const labels = host.split('.').slice(0, -1);
    for (const v of vendors) {
      if (v.domains.some((d) => onDomain(host, d))) continue;
      if (labels.some((label) => v.brands.some((b) => brandLike(label, b, affixes)))) {
        pushEvidence(out, f.start, f.start < 0 ? host : doc.text.slice(f.start, f.end));
        break;
      }
    }
  }
  return out.length > 0 ? out : null;
}

interface Lab {
  name: string;
  names: string[];
  domains: string[];
}

interface LabRegexes {
  claim: RegExp;
  title: RegExp;
  labs: Lab[];
  /** The words any lab name needs: postings without them skip the scan. */
  names: WordFilter;
}

const labRegexCache = new WeakMap<SignalRule, LabRegexes | null>();

function labRegexes(rule: SignalRule): LabRegexes | null {
  let c = labRegexCache.get(rule);
  if (c !== undefined) return c;
  try {
    const labs = vendorsOf(rule.params.labs).map((v) => ({ name: v.name, names: v.brands, domains: v.domains }));
    const names = labs.flatMap((l) => l.names).join('|');
    const verbs = strings(rule.params.claimBefore).join('|');
    const after = strings(rule.params.claimAfter).join('|');
    const title = new RegExp(`\\b(?:${names})\\b`, 'iu');
    const filter = requiredWords(title.source);
    registerFilter(filter);
    c = {
      labs,
      claim: new RegExp(`\\b(?:(?:${verbs})\\s(?:the\\s)?(?:${names})\\b|(?:${names})\\s(?:${after})\\b)`, 'giu'),
      title,
      names: filter,
    };
  } catch {
    c = null;
  }
  labRegexCache.set(rule, c);
  return c;
}

/**
 * The posting claims to hire for a big AI lab, yet nothing ties it to that lab or to a known
 * vendor or applicant-tracking host.
 */
function aiLabClaim(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const re = labRegexes(rule);
  if (!re) return null;
  const trusted = strings(rule.params.trustedDomains);
  const hosts = [hostOf(doc.url), hostOf(doc.source)].filter((h): h is string => !!h);
  if (hosts.some((h) => trusted.some((d) => onDomain(h, d)))) return null;
  if (hosts.some((h) => re.labs.some((l) => l.domains.some((d) => onDomain(h, d))))) return null;
  const company = (doc.company ?? '').toLowerCase();
  const knownCompany = strings(rule.params.trustedCompanies);
  if (company && knownCompany.some((k) => company.includes(k))) return null;
  const ownLab = (name: string) =>
    company !== '' && re.labs.some((l) => l.names.some((n) => new RegExp(`\\b(?:${n})\\b`, 'iu').test(company) && new RegExp(`\\b(?:${n})\\b`, 'iu').test(name)));
  const out: Evidence[] = [];
  const title = doc.title.slice(0, MAX_TITLE);
  const t = re.title.exec(title);
  if (t && !ownLab(t[0])) pushEvidence(out, -1, title);
  // Most postings name no lab: their word index says so without reading the text.
  if (re.names && doc.words && !docPasses(re.names, doc.words)) return out.length > 0 ? out : null;
  if (!re.title.test(doc.text)) return out.length > 0 ? out : null;
  re.claim.lastIndex = 0;
  // The claim regex is anchored on fixed words with single spaces, so a pass over the text is linear.
  let m: RegExpExecArray | null;
  while (out.length < MAX_EVIDENCE && (m = re.claim.exec(doc.text)) !== null) {
    if (!ownLab(m[0])) pushEvidence(out, m.index, m[0]);
  }
  return out.length > 0 ? out : null;
}

const PERIODS: Record<string, 'hour' | 'day' | 'week' | 'month'> = {
  hour: 'hour', hr: 'hour', hourly: 'hour', h: 'hour',
  day: 'day', daily: 'day',
  week: 'week', wk: 'week', weekly: 'week',
  month: 'month', mo: 'month', monthly: 'month',
};
// "$500 a day", "$100-$200 daily", "$2,500 per week", "$120/hr". Digits are bounded, and the
// separators are single optional characters, so there is nothing to backtrack over.
const PAY_RE =
  /\$\s?(\d{1,3}(?:,\d{3}){0,2}|\d{1,7})(?:\.\d{1,2})?(?:\s?(?:-|–|to)\s?\$?\s?(?:\d{1,3}(?:,\d{3}){0,2}|\d{1,7})(?:\.\d{1,2})?)?\+?\s?(?:(?:per|a|an|each|every|\/)\s?)?(hourly|hour|hr|h|daily|day|weekly|week|wk|monthly|month|mo)\b/giu;

const cueCache = new WeakMap<SignalRule, RegExp[] | null>();

function cueRegexes(rule: SignalRule): RegExp[] | null {
  let c = cueCache.get(rule);
  if (c === undefined) {
    try {
      c = strings(rule.params.cues).map((x) => new RegExp(x, 'iu'));
    } catch {
      c = null;
    }
    cueCache.set(rule, c);
  }
  return c;
}

/**
 * Pay far above what unskilled work earns, offered with "no experience needed" or a similar
 * easy-money line. The figure comes from the parsed pay or from "$X per day/week/hour" text.
 */
function implausiblePay(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const { params } = rule;
  const limits = {
    hour: num(params.hourly, 100),
    day: num(params.daily, 400),
    week: num(params.weekly, 2000),
    month: num(params.monthly, 8000),
  };
  const extreme = num(params.extremeFactor, 4);
  const title = doc.title.slice(0, MAX_TITLE);
  // Nothing to judge without a figure: most postings skip the cue scans entirely.
  if (!doc.pay && !doc.text.includes('$') && !title.includes('$')) return null;
  const cue = cueRegexes(rule);
  if (!cue) return null;
  let cueSeen: boolean | undefined;
  const hasCue = () => (cueSeen ??= anyMatch(cue, doc.text) || anyMatch(cue, title));
  const out: Evidence[] = [];
  const consider = (text: string, base: number) => {
    PAY_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (out.length < MAX_EVIDENCE && (m = PAY_RE.exec(text)) !== null) {
      const amount = Number(m[1]!.replace(/,/gu, ''));
      const period = PERIODS[m[2]!.toLowerCase()];
      if (!period || !Number.isFinite(amount)) continue;
      const limit = limits[period];
      if (amount >= limit * extreme || (amount >= limit && hasCue())) pushEvidence(out, base < 0 ? -1 : base + m.index, m[0]);
    }
  };
  consider(title, -1);
  consider(doc.text, 0);
  const hourly = doc.pay?.hourlyMin ?? doc.pay?.hourlyMax ?? null;
  if (out.length === 0 && hourly !== null && (hourly >= limits.hour * extreme || (hourly >= limits.hour && hasCue()))) {
    const ev = doc.pay?.evidence;
    pushEvidence(out, ev ? ev.start : -1, ev ? ev.text : `about $${Math.round(hourly)} an hour`);
  }
  return out.length > 0 ? out : null;
}

/** The posting (or its apply link) is on a known applicant-tracking system or vendor domain. */
function trustedSource(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const domains = strings(rule.params.domains);
  const out: Evidence[] = [];
  for (const v of [doc.source, doc.url]) {
    const h = hostOf(v);
    if (h && domains.some((d) => onDomain(h, d))) pushEvidence(out, -1, h);
  }
  if (rule.params.inText === true) {
    const found: Found[] = [];
    hostsIn(doc.text, found);
    for (const f of found) {
      if (domains.some((d) => onDomain(f.host.replace(/^www\./u, ''), d))) pushEvidence(out, f.start, doc.text.slice(f.start, f.end));
    }
  }
  return out.length > 0 ? out : null;
}

/** Gap characters that keep a run of capitalised words going ("URGENT HIRING - APPLY NOW"). */
function capsGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 45 && c !== 38 && c !== 42 && c !== 39 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * Whole sentences in capitals: `params.minRun` or more all-caps words in a row, separated only by
 * spaces (a comma-separated list of acronyms is not shouting).
 */
function shouting(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const minRun = num(rule.params.minRun, 5);
  const { tokens, text } = doc;
  const out: Evidence[] = [];
  let runStart = -1;
  let runLength = 0;
  const close = (lastToken: number) => {
    if (runLength >= minRun && out.length < MAX_EVIDENCE) pushEvidence(out, tokens.start[runStart]!, text.slice(tokens.start[runStart]!, tokens.end[lastToken]!));
    runLength = 0;
    runStart = -1;
  };
  for (let t = 0; t < tokens.count; t++) {
    const s = tokens.start[t]!;
    const e = tokens.end[t]!;
    let upper = e - s >= 2;
    let letters = 0;
    for (let k = s; upper && k < e; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) upper = false;
      else if (c >= 65 && c <= 90) letters++;
      else if (c > 127 && text[k] !== text[k]!.toUpperCase()) upper = false;
    }
    upper = upper && letters >= 2;
    if (upper && runLength > 0 && capsGap(text, tokens.end[t - 1]!, s)) {
      runLength++;
      continue;
    }
    if (runLength > 0) close(t - 1);
    if (upper) {
      runStart = t;
      runLength = 1;
    }
  }
  if (runLength > 0) close(tokens.count - 1);
  return out.length > 0 ? out : null;
}

const CHECKS: Record<string, (rule: SignalRule, doc: SignalDocument) => Evidence[] | null> = {
  shouting,
  'lookalike-domain': lookalikeDomain,
  'ai-lab-claim': aiLabClaim,
  'implausible-pay': implausiblePay,
  'trusted-source': trustedSource,
};

/** Names of the checks the engine implements (the data tests verify every check rule names one). */
export const CHECK_NAMES: readonly string[] = Object.keys(CHECKS);

function runCheck(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const fn = rule.check ? CHECKS[rule.check] : undefined;
  return fn ? fn(rule, doc) : null;
}

/**
 * The sentences holding the least frequent of a filter's word sets, for reading a pattern
 * sentence by sentence instead of over the whole text. null when the filter has several
 * branches: read the whole text then.
 */
function anchorSpans(filter: NonNullable<WordFilter>, doc: SignalDocument, words: DocWords): Span[] | null {
  if (filter.length !== 1) return null;
  let best: number[] | null = null;
  for (const set of filter[0]!) {
    let at: number[] = [];
    for (const w of set.exact) {
      const list = words.positions.get(w);
      if (list) at = at.length ? at.concat(list) : list;
    }
    // Prefixes: every word of this posting that starts with one.
    if (set.prefixes.length > 0) {
      for (const [w, list] of words.positions) if (set.prefixes.some((p) => w.startsWith(p))) at = at.length ? at.concat(list) : list;
    }
    if (best === null || at.length < best.length) best = at;
  }
  if (best === null) return null;
  const sorted = best.length > 1 ? [...new Set(best)].sort((a, b) => a - b) : best;
  return spansFor(sorted, doc, doc.tokens.sentenceFirstToken);
}

/** Absence rule: fires (with no evidence) when none of its patterns occur. */
function runAbsenceRule(c: CompiledRule, doc: SignalDocument, fold: readonly string[], words: DocWords): boolean {
  const { params } = c.rule;
  const minChars = typeof params.minChars === 'number' ? params.minChars : 300;
  if (doc.text.length < minChars) return false;
  if (params.skipIfPay === true && doc.pay) return false;
  if (params.skipIfCompany === true && doc.company && doc.company.trim()) return false;
  if (params.onlyIfAiEvaluator === true && !doc.aiEvaluator) return false;
  if (c.rule.scope !== 'text' && anyMatch(c.patterns, doc.title.slice(0, MAX_TITLE))) return false;
  if (c.rule.scope === 'title') return true;
  for (let p = 0; p < c.patterns.length; p++) {
    const filter = c.filters[p];
    // Words the pattern needs are missing from the whole posting: it cannot occur.
    if (filter && !docPasses(filter, words)) continue;
    const re = c.patterns[p]!;
    const spans = filter ? anchorSpans(filter, doc, words) : null;
    if (spans === null) {
      re.lastIndex = 0;
      if (re.test(doc.text)) return false;
      continue;
    }
    for (const span of spans) {
      if (!rangePasses(filter!, fold, span.firstToken, span.lastToken)) continue;
      re.lastIndex = 0;
      if (re.test(doc.text.slice(span.start, span.end))) return false;
    }
  }
  return true;
}

function foldAll(doc: SignalDocument): string[] {
  const { tokens, text } = doc;
  const out = new Array<string>(tokens.count);
  for (let t = 0; t < tokens.count; t++) out[t] = foldToken(text.slice(tokens.start[t], tokens.end[t]));
  return out;
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
  let spans: Map<number, Span[]>;
  let fold: readonly string[];
  let words: DocWords;
  // Per rule, per pattern: can it match anywhere in this posting (its words all present)?
  let livePatterns: boolean[][];
  try {
    index = indexRules(rules);
    fold = doc.fold ?? foldAll(doc);
    words = freshDocWords(doc.words, fold);
    livePatterns = index.compiled.map((c) => (c ? c.filters.map((f) => !f || docPasses(f, words)) : []));
    const liveRules = livePatterns.map((l, i) => index.compiled[i]?.rule.scope === 'title' || l.some(Boolean));
    spans = spansByRule(index, doc, words, liveRules);
  } catch {
    return hits;
  }
  index.compiled.forEach((c, i) => {
    if (!c) return;
    try {
      const { rule } = c;
      if (rule.kind === 'pattern') {
        const ev = runPatternRule(c, doc, fold, livePatterns[i]!, spans.get(i));
        if (ev.length > 0) hits.push(hitOf(rule, ev));
      } else if (rule.kind === 'absence') {
        if (runAbsenceRule(c, doc, fold, words)) hits.push(hitOf(rule, []));
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
