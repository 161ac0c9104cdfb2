// Host names: look-alike vendor domains and known hiring sources, read from the text and the page's own address.
// IANA's list of top-level domains, kept current by its package: "Remotasks.When you work…" (a
// flattened text's lost space) is no host, "remotasks.work" is.
import topLevelDomains from 'tlds';
import type { SignalRule } from '../../data/schema.ts';
import { pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Tokens } from '../tokenize.ts';
import type { Evidence } from '../types.ts';
import { perRule, strings, vendorsOf, type Vendor } from './params.ts';

// A hostname: dot-separated labels ending in a letters-only TLD, what
//   /(?<![a-z0-9.-])(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}(?![a-z0-9@-])/giu
// matches (hostsIn finds the same without running it; hostShaped checks the labels), where the
// TLD is a real one.
const MAX_HOSTS = 200;

interface Found {
  host: string;
  /** `host` without a leading "www.", which the checks compare. */
  bare: string;
  start: number;
  end: number;
}

/** The host without a leading "www." (what /^www\./u would remove). */
function stripWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** [a-z0-9.-] under Unicode case folding: ASCII letters and digits, ".", "-", and "ſ" and "K" (Kelvin). */
function isHostCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 0x17f || c === 0x212a;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 0x17f || c === 0x212a;
}

/**
 * Is text[start, end) (host characters only) a whole host as /^(?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24}$/iu
 * would have it: 2 to 7 dot-separated labels of 1 to 63, the last 2 to 24 letters? Checked by
 * hand: a regex test on each candidate (thousands per bench round, most "word.word" where a
 * space is missing) cost more than the rest of the walk.
 */
function hostShaped(text: string, start: number, end: number): boolean {
  let labels = 0;
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text.charCodeAt(k) !== 46) continue;
    const len = k - from;
    if (len < 1 || len > 63 || ++labels > 7) return false;
    if (k === end) {
      // The last label, the TLD: letters only, and one that exists.
      if (len > 24 || labels < 2 || len < 2) return false;
      for (let j = from; j < end; j++) if (!isLetterCode(text.charCodeAt(j))) return false;
      return isTopLevelDomain(text.slice(from, end));
    }
    from = k + 1;
  }
  return true;
}

let TLDS: Set<string> | null = null;

function isTopLevelDomain(label: string): boolean {
  TLDS ??= new Set(topLevelDomains);
  return TLDS.has(label.toLowerCase());
}

// Both host checks read the same posting: its hosts are found once.
let hostsText: string | null = null;
let hostsFound: Found[] = [];

/**
 * Hostnames in the text. Walks from dot to dot instead of running that regex at every word start:
 * a host needs a dot between letters/digits, and most of a posting has none. The dots are the
 * text's tokens' list of periods when they have one (the tokenizer notes them), else searched for.
 */
export function hostsIn(text: string, tokens?: Tokens): readonly Found[] {
  if (text === hostsText) return hostsFound;
  const out: Found[] = [];
  const periods = tokens?.periods;
  let from = 0;
  for (let p = 0; out.length < MAX_HOSTS; p++) {
    let dot: number;
    if (periods === undefined) dot = text.indexOf('.', from);
    else {
      // The periods a host found before has passed over are not looked at again.
      while (periods !== null && p < periods.length && periods[p]! < from) p++;
      dot = periods !== null && p < periods.length ? periods[p]! : -1;
    }
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
    if (hostShaped(text, start, end)) {
      const host = text.slice(start, end).toLowerCase();
      out.push({ host, bare: stripWww(host), start, end });
    }
  }
  hostsText = text;
  hostsFound = out;
  return out;
}

export function hostOf(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/)?([^/?#:\s]{1,253})/iu.exec(value.trim());
  return m ? stripWww(m[1]!.toLowerCase()) : null;
}

export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}

const domainSets = new WeakMap<object, Set<string>>();

/** A params list of domains as a set, built once per list. */
export function domainSet(v: unknown): Set<string> {
  if (!Array.isArray(v)) return new Set();
  let set = domainSets.get(v);
  if (!set) {
    set = new Set(strings(v));
    domainSets.set(v, set);
  }
  return set;
}

/** Is the host one of the domains or under one: a Set lookup per label instead of a pass over the list. */
export function onAnyDomain(host: string, domains: Set<string>): boolean {
  let h = host;
  for (;;) {
    if (domains.has(h)) return true;
    const dot = h.indexOf('.');
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
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

const lookalikeParams = perRule((rule): LookalikeParams => ({ vendors: vendorsOf(rule.params.vendors), affixes: strings(rule.params.affixes), hosting: strings(rule.params.ignoreDomains), verdicts: new Map() }));

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
export function lookalikeDomain(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const params = lookalikeParams(rule);
  if (!params) return null;
  const out: Evidence[] = [];
  for (const f of hostsIn(doc.text, doc.tokens)) if (looksLikeVendor(f.bare, params)) pushEvidence(out, f.start, doc.text.slice(f.start, f.end));
  // Then the page's own address and the apply source, which have no offset in the text.
  for (const v of [doc.url, doc.source]) {
    const h = hostOf(v);
    if (!h || !h.includes('.')) continue;
    const host = stripWww(h);
    if (looksLikeVendor(host, params)) pushEvidence(out, -1, host);
  }
  return out.length > 0 ? out : null;
}

/** The posting (or its apply link) is on a known applicant-tracking system or vendor domain. */
export function trustedSource(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const domains = domainSet(rule.params.domains);
  const out: Evidence[] = [];
  for (const v of [doc.source, doc.url]) {
    const h = hostOf(v);
    if (h && onAnyDomain(h, domains)) pushEvidence(out, -1, h);
  }
  if (rule.params.inText === true) {
    for (const f of hostsIn(doc.text, doc.tokens)) {
      if (onAnyDomain(f.bare, domains)) pushEvidence(out, f.start, doc.text.slice(f.start, f.end));
    }
  }
  return out.length > 0 ? out : null;
}
