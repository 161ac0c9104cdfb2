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

/** Where the text's web addresses are, as [start, end) pairs: words in a link's path ("/apply/python-thai") are not asked for. */
export function urlRanges(text: string, index: WordIndex): number[] {
  if (!mayHoldAddress(index)) return [];
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

