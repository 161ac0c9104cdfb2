// Whole sentences in capitals.
import type { SignalRule } from '../../data/schema.ts';
import { MAX_EVIDENCE, pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { num } from './params.ts';

/** Gap characters that keep a run of capitalised words going ("URGENT HIRING - APPLY NOW"). */
function capsGap(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 45 && c !== 38 && c !== 42 && c !== 39 && c !== 0xa0) return false;
  }
  return true;
}

/** Is token t a word in capitals (two or more letters, none of them lower case)? */
function upperToken(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && text[k] !== text[k]!.toUpperCase()) return false;
  }
  return letters >= 2;
}

/**
 * Where a line ends: a newline, or a no-break space. Scraped postings (EMSCAD's among them) lose
 * their line breaks and keep a no-break space where a block of the page ended.
 */
function lineBreak(c: number): boolean {
  return c === 10 || c === 0xa0;
}

/** Longest run that can still be a section heading ("EXPERIENCE AND SKILLS YOU SHOULD HAVE" is 6). */
const HEADING_WORDS = 8;

/**
 * Is the run text[from, to) of `words` words a section heading: short, first on its line (bullet
 * marks aside), and ending its line or followed by a list bullet or an ordinary sentence ("THINGS
 * YOU GET TO DO * Work directly with…"), with no ".", "!" or "?" closing it? Real postings put
 * their headings in capitals; shouting is a capitalised sentence in the running text.
 */
function heading(text: string, from: number, to: number, words: number): boolean {
  if (words > HEADING_WORDS) return false;
  for (let k = from - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (lineBreak(c)) break;
    // Spaces and the bullet marks # * - • before the heading.
    if (c !== 32 && c !== 9 && c !== 35 && c !== 42 && c !== 45 && c !== 0x2022) return false;
  }
  // A closing colon or ellipsis is a heading's; ".", "!" and "?" close sentences.
  let k = to;
  if (text.charCodeAt(k) === 58 || text.charCodeAt(k) === 0x2026) k++;
  else while (text.charCodeAt(k) === 46 && k - to < 3) k++;
  if (k - to === 1 && text.charCodeAt(to) === 46) return false;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (lineBreak(c)) {
    // The next line with something on it must be ordinary text: a lower-case letter in it.
    const rest = /\S[^\n\u00a0]*/u.exec(text.slice(k));
    return rest !== null && /\p{Ll}/u.test(rest[0]);
  }
  // A list bullet, or a sentence in ordinary case ("Awesome!", "Work directly…").
  if (c === 42 || c === 0x2022 || c === 45) return true;
  return k > to && /^\p{Lu}\p{Ll}/u.test(text.slice(k, k + 2));
}

/**
 * Whole sentences in capitals: `params.minRun` or more all-caps words in a row, separated only by
 * spaces (a comma-separated list of acronyms is not shouting), that are not a section heading.
 */
export function shouting(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const minRun = Math.max(1, num(rule.params.minRun, 5));
  const { tokens, text } = doc;
  const { start, end } = tokens;
  const n = tokens.count;
  const out: Evidence[] = [];
  // A long enough run holds one of every minRun-th token, and nearly all tokens have a lower-case
  // letter: only those tokens are read, and the run is grown from there.
  const step = Number.isInteger(minRun) ? minRun : 1;
  let t = step - 1;
  while (t < n && out.length < MAX_EVIDENCE) {
    if (!upperToken(text, start[t]!, end[t]!)) {
      t += step;
      continue;
    }
    let first = t;
    while (first > 0 && upperToken(text, start[first - 1]!, end[first - 1]!) && capsGap(text, end[first - 1]!, start[first]!)) first--;
    let last = t;
    while (last + 1 < n && upperToken(text, start[last + 1]!, end[last + 1]!) && capsGap(text, end[last]!, start[last + 1]!)) last++;
    const words = last - first + 1;
    if (words >= minRun && !heading(text, start[first]!, end[last]!, words)) pushEvidence(out, start[first]!, text.slice(start[first]!, end[last]!));
    // Another run starts after this one ends, and still holds one of every step-th token from there.
    t = last + step;
  }
  return out.length > 0 ? out : null;
}
