// Named checks: signals that are more than a pattern (host names, lab claims, pay figures, capitals,
// catch-all vacancy lists). Each reads its lists from rule.params so the data stays in src/data.
import type { SignalRule } from '../data/schema.ts';
import { escapeRegex } from './ids.ts';
import { internWord, pinLexicon, wordOf } from './lexicon.ts';
import { requiredWords, type WordFilter, type WordSet } from './pattern-words.ts';
import { docPasses, freshDocWords, leadingTokens, registerFilter, registerWordSet, type DocWords } from './word-sets.ts';
import { anyMatch, MAX_EVIDENCE, MAX_TITLE, pushEvidence, type SignalDocument } from './signal-document.ts';
import type { Evidence } from './types.ts';

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

const HOST_EXACT = new RegExp(`^${HOST_RE.source.replace(/^\(\?<!\[a-z0-9\.-\]\)/u, '').replace(/\(\?!\[a-z0-9@-\]\)$/u, '')}$`, 'iu');

/** [a-z0-9.-] under Unicode case folding: ASCII letters and digits, ".", "-", and "ſ" and "K" (Kelvin). */
function isHostCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0x17f || c === 0x212a;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
}

// Both host checks read the same posting: its hosts are found once.
let hostsText: string | null = null;
let hostsFound: Found[] = [];

/**
 * Hostnames in the text. Walks from dot to dot instead of running HOST_RE at every word start:
 * a host needs a dot between letters/digits, and most of a posting has none.
 */
function hostsIn(text: string): readonly Found[] {
  if (text === hostsText) return hostsFound;
  const out: Found[] = [];
  let from = 0;
  while (out.length < MAX_HOSTS) {
    const dot = text.indexOf('.', from);
    if (dot < 0) break;
    from = dot + 1;
    if (dot === 0 || !isHostCode(text.charCodeAt(dot - 1)) || !isLetterCode(text.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && isHostCode(text.charCodeAt(start - 1)) && dot - start < 300) start--;
    let end = dot + 1;
    while (end < text.length && isHostCode(text.charCodeAt(end)) && end - dot < 300) end++;
    // Trailing dots and hyphens belong to the sentence, not the host; "@" before means an e-mail's domain, which counts too.
    while (end > dot + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    while (start < dot && (text.charCodeAt(start) === 46 || text.charCodeAt(start) === 45)) start++;
    from = Math.max(from, end);
    if (end < text.length && text.charCodeAt(end) === 64) continue;
    const candidate = text.slice(start, end);
    if (HOST_EXACT.test(candidate)) out.push({ host: candidate.toLowerCase(), start, end });
  }
  hostsText = text;
  hostsFound = out;
  return out;
}

function hostOf(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:\s]{1,253})/iu.exec(value.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./u, '') : null;
}

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

const domainSets = new WeakMap<object, Set<string>>();

/** A params list of domains as a set, built once per list. */
function domainSet(v: unknown): Set<string> {
  if (!Array.isArray(v)) return new Set();
  let set = domainSets.get(v);
  if (!set) {
    set = new Set(strings(v));
    domainSets.set(v, set);
  }
  return set;
}

/** Is the host one of the domains or under one: a Set lookup per label instead of a pass over the list. */
function onAnyDomain(host: string, domains: Set<string>): boolean {
  let h = host;
  for (;;) {
    if (domains.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}

function docHosts(doc: SignalDocument): Found[] {
  const found: Found[] = [...hostsIn(doc.text)];
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

interface LookalikeParams {
  vendors: Vendor[];
  affixes: string[];
  hosting: string[];
  /** Verdict per host: hosts repeat from posting to posting ("node.js", "linkedin.com"). */
  verdicts: Map<string, boolean>;
}

const lookalikeCache = new WeakMap<SignalRule, LookalikeParams>();

function lookalikeParams(rule: SignalRule): LookalikeParams {
  let p = lookalikeCache.get(rule);
  if (!p) {
    p = { vendors: vendorsOf(rule.params.vendors), affixes: strings(rule.params.affixes), hosting: strings(rule.params.ignoreDomains), verdicts: new Map() };
    lookalikeCache.set(rule, p);
  }
  return p;
}

function looksLikeVendor(host: string, p: LookalikeParams): boolean {
  let verdict = p.verdicts.get(host);
  if (verdict === undefined) {
    verdict = false;
    if (!p.hosting.some((d) => onDomain(host, d))) {
      const labels = host.split('.').slice(0, -1);
      verdict = p.vendors.some((v) => !v.domains.some((d) => onDomain(host, d)) && labels.some((label) => v.brands.some((b) => brandLike(label, b, p.affixes))));
    }
    if (p.verdicts.size > 5000) p.verdicts.clear();
    p.verdicts.set(host, verdict);
  }
  return verdict;
}

/**
 * A hostname that dresses up as a known AI-training vendor without being on its domain:
 * dataannotation.cc for dataannotation.tech, outlier-careers.com for outlier.ai.
 */
function lookalikeDomain(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const params = lookalikeParams(rule);
  const out: Evidence[] = [];
  for (const f of docHosts(doc)) {
    const host = f.host.replace(/^www\./u, '');
    if (looksLikeVendor(host, params)) pushEvidence(out, f.start, f.start < 0 ? host : doc.text.slice(f.start, f.end));
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
  /** The same, matching only where it starts (lastIndex): tried at the tokens a lab name can start with. */
  titleAt: RegExp;
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
      titleAt: new RegExp(title.source, 'iuy'),
      names: filter,
    };
  } catch {
    c = null;
  }
  labRegexCache.set(rule, c);
  return c;
}

/**
 * Does a lab name occur in the text? With a one-set filter the set holds every word a name can
 * start with, so the regex is tried only at those tokens instead of over the whole text.
 */
function nameInText(re: LabRegexes, doc: SignalDocument): boolean {
  const sets = re.names?.length === 1 && re.names[0]!.length === 1 ? re.names[0]![0]! : null;
  if (!sets || !doc.words) return re.title.test(doc.text);
  for (const t of leadingTokens(sets, doc.words)) {
    re.titleAt.lastIndex = doc.tokens.start[t]!;
    if (re.titleAt.test(doc.text)) return true;
  }
  return false;
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
  if (!nameInText(re, doc)) return out.length > 0 ? out : null;
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
  const domains = domainSet(rule.params.domains);
  const out: Evidence[] = [];
  for (const v of [doc.source, doc.url]) {
    const h = hostOf(v);
    if (h && onAnyDomain(h, domains)) pushEvidence(out, -1, h);
  }
  if (rule.params.inText === true) {
    for (const f of hostsIn(doc.text)) {
      if (onAnyDomain(f.host.replace(/^www\./u, ''), domains)) pushEvidence(out, f.start, doc.text.slice(f.start, f.end));
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

interface RoleIndex {
  re: RegExp;
  /** Lower-cased role word → its trade. */
  group: Map<string, string>;
  byFirstWord: Map<number, string[]>;
  /** The same first words as a registered word set: a posting's index lists which it has. */
  firstWords: WordSet;
}

const roleCache = new WeakMap<SignalRule, RoleIndex | null>();

/** Each role's first word, with its plural spellings, as lexicon ids → the roles it may start. */
function rolesByFirstWord(roles: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const role of roles) {
    const first = role.split(/\s+/u)[0]!;
    const words = role.includes(' ') ? [first] : [first, `${first}s`, `${first}es`];
    for (const w of words) {
      const id = internWord(w);
      const list = out.get(id);
      if (list) list.push(role);
      else out.set(id, [role]);
    }
  }
  pinLexicon();
  return out;
}

/** How many roles the text could name at most: those whose first word it contains. */
function possibleRoles(idx: RoleIndex, words: DocWords): number {
  const slots = freshDocWords(words).slots.get(idx.firstWords.sid!);
  if (!slots) return 0;
  const roles = new Set<string>();
  for (const d of slots) for (const r of idx.byFirstWord.get(words.index.ids[d]!) ?? []) roles.add(r);
  return roles.size;
}

function roleIndex(rule: SignalRule): RoleIndex | null {
  let c = roleCache.get(rule);
  if (c !== undefined) return c;
  c = null;
  const groups = rule.params.groups;
  if (groups && typeof groups === 'object' && !Array.isArray(groups)) {
    const group = new Map<string, string>();
    for (const [name, roles] of Object.entries(groups as Record<string, unknown>)) for (const r of strings(roles)) group.set(r.toLowerCase(), name);
    // Longest first, so "security guard" wins over a shorter role inside it.
    const alts = [...group.keys()].sort((a, b) => b.length - a.length).map((r) => escapeRegex(r).replace(/ /gu, '\\s'));
    // Plurals count as the same role ("nurses" is "nurse").
    if (alts.length > 0) {
      const byFirstWord = rolesByFirstWord([...group.keys()]);
      const firstWords: WordSet = { exact: new Set([...byFirstWord.keys()].map(wordOf)), prefixes: [] };
      registerWordSet(firstWords);
      c = { re: new RegExp(`\\b(${alts.join('|')})(?:e?s)?\\b`, 'giu'), group, byFirstWord, firstWords };
    }
  }
  roleCache.set(rule, c);
  return c;
}

/**
 * A catch-all vacancy list: roles from many unrelated trades in one posting (cook, nurse,
 * electrician, cashier, teacher…). One employer hiring for everything at once is the shape of
 * fake hotel, cruise-ship and overseas job offers; a real posting is for one job or a few close
 * ones. Fires at `params.minRoles` distinct roles spread over `params.minGroups` trades, of
 * which at least `params.minAnchorRoles` come from `params.anchorGroups` (the service and manual
 * trades these offers bait with; a call for doctors, lawyers and accountants to review AI answers
 * lists professions, not kitchen and cleaning staff).
 */
function catchAllVacancies(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const idx = roleIndex(rule);
  if (!idx) return null;
  const minRoles = num(rule.params.minRoles, 8);
  const minGroups = num(rule.params.minGroups, 4);
  const anchors = new Set(strings(rule.params.anchorGroups));
  const minAnchorRoles = num(rule.params.minAnchorRoles, 0);
  const roles = new Set<string>();
  let anchorRoles = 0;
  const firstOfGroup = new Map<string, { start: number; text: string }>();
  const scan = (text: string, base: number) => {
    idx.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = idx.re.exec(text)) !== null) {
      const key = m[1]!.toLowerCase().replace(/\s+/gu, ' ');
      const g = idx.group.get(key);
      if (!g || roles.has(key)) continue;
      roles.add(key);
      if (anchors.has(g)) anchorRoles++;
      if (!firstOfGroup.has(g)) firstOfGroup.set(g, { start: base < 0 ? -1 : base + m.index, text: m[0] });
    }
  };
  scan(doc.title.slice(0, MAX_TITLE), -1);
  // Most postings name a role or two: their word index shows the text can't reach the count.
  if (doc.words && roles.size + possibleRoles(idx, doc.words) < minRoles) return null;
  scan(doc.text, 0);
  if (roles.size < minRoles || firstOfGroup.size < minGroups || anchorRoles < minAnchorRoles) return null;
  const out: Evidence[] = [];
  for (const { start, text } of firstOfGroup.values()) if (out.length < MAX_EVIDENCE) pushEvidence(out, start, text);
  return out;
}

const CHECKS: Record<string, (rule: SignalRule, doc: SignalDocument) => Evidence[] | null> = {
  shouting,
  'catch-all-vacancies': catchAllVacancies,
  'lookalike-domain': lookalikeDomain,
  'ai-lab-claim': aiLabClaim,
  'implausible-pay': implausiblePay,
  'trusted-source': trustedSource,
};

/** Names of the checks the engine implements (the data tests verify every check rule names one). */
export const CHECK_NAMES: readonly string[] = Object.keys(CHECKS);

export function runCheck(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const fn = rule.check ? CHECKS[rule.check] : undefined;
  return fn ? fn(rule, doc) : null;
}
