// Where a posting's web addresses are: words in a link's path ("/apply/python-thai") are not asked for.
import { WordVerdicts } from './lexicon.ts';
import type { WordIndex } from './word-index.ts';

/** Per word: 2 when it may hold the start of an address, else 1. */
const mayStart = new WordVerdicts((w) => (w.includes('http') || w.includes('www') || !/^[\x00-\x7f]*$/.test(w) ? 2 : 1));

/**
 * Could the text hold "http" or "www." anywhere? Such a run of letters lies inside one token, and
 * folding keeps ASCII letters as they are, so a token's folded word shows it; a word with other
 * characters is taken as "may" (folding those is not worth reasoning about). Judged once per
 * word of the lexicon: a posting's answer is a read per distinct word, not six scans of its text.
 */
function mayHoldAddress(index: WordIndex): boolean {
  const ids = index.ids;
  mayStart.fit();
  for (let d = 0; d < ids.length; d++) if (mayStart.of(ids[d]!) === 2) return true;
  return false;
}

// Tried only where "http" or "www." starts (indexOf is far cheaper than a regex scan of the text).
const URL_AT = /(?:https?:\/\/|www\.)[^\s<>()[\]"']+/iy;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Where the text's web and e-mail addresses are, as [start, end) pairs: words in a link's path ("/apply/python-thai") are not asked for. */
export function urlRanges(text: string, index: WordIndex): number[] {
  const urls = mayHoldAddress(index) ? webAddresses(text) : [];
  const emails = emailAddresses(text);
  if (emails.length === 0) return urls;
  if (urls.length === 0) return emails;
  const pairs: [number, number][] = [];
  for (const list of [urls, emails]) for (let k = 0; k < list.length; k += 2) pairs.push([list[k]!, list[k + 1]!]);
  return pairs.sort((a, b) => a[0] - b[0]).flat();
}

function isLocalPartChar(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45; // . % + -
}

function isDomainChar(c: number): boolean {
  return isWordChar(c) || c === 46 || c === 45;
}

// Bounds from the address standard; they also keep a page of "@@@@" linear.
const MAX_LOCAL_PART = 64;
const MAX_DOMAIN = 255;

/** E-mail addresses ("data-operations@acme.com"): the words of a mailbox name are not asked for either. */
function emailAddresses(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL_PART && isLocalPartChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    // A sentence's full stop after the address is not part of it.
    while (end > at + 1 && text.charCodeAt(end - 1) === 46) end--;
    const domain = text.slice(at + 1, end);
    if (start === at || !/^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(domain)) continue;
    out.push(start, end);
    at = end - 1;
  }
  return out;
}

function webAddresses(text: string): number[] {
  const starts: number[] = [];
  // The spellings pages use; a scheme in odd mixed case ("hTTp://") is not looked for.
  for (const head of ['http', 'Http', 'HTTP', 'www.', 'Www.', 'WWW.']) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) starts.push(at);
  }
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const out: number[] = [];
  let covered = 0;
  for (const at of starts) {
    // Same matches as a /\b(?:https?:\/\/|www\.)…/ scan: a word boundary before, none inside an earlier address.
    if (at < covered || (at > 0 && isWordChar(text.charCodeAt(at - 1)))) continue;
    URL_AT.lastIndex = at;
    const m = URL_AT.exec(text);
    if (!m) continue;
    covered = at + m[0].length;
    out.push(at, covered);
  }
  return out;
}

export function inRanges(ranges: readonly number[], pos: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (pos >= ranges[k]! && pos < ranges[k + 1]!) return true;
  return false;
}

/**
 * Where the paths of the text's web addresses are, as [start, end) pairs: from the slash after the
 * host to the address's end. A news link's slug ("/dod-scale-ai-prime-contract") names what the
 * article is about, not the job.
 */
export function linkPaths(text: string, index: WordIndex): number[] {
  const out: number[] = [];
  // The same gate urlRanges uses: most postings hold no address, which their words tell without a search.
  const urls = mayHoldAddress(index) ? webAddresses(text) : [];
  for (let k = 0; k < urls.length; k += 2) {
    const start = urls[k]!;
    const end = urls[k + 1]!;
    const scheme = text.indexOf('://', start);
    const hostFrom = scheme >= 0 && scheme < end ? scheme + 3 : start;
    const slash = text.indexOf('/', hostFrom);
    if (slash >= 0 && slash < end - 1) out.push(slash, end);
  }
  return out;
}
