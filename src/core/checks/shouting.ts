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
 * Whole sentences in capitals: `params.minRun` or more all-caps words in a row, separated only by
 * spaces (a comma-separated list of acronyms is not shouting).
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
    if (last - first + 1 >= minRun) pushEvidence(out, start[first]!, text.slice(start[first]!, end[last]!));
    // Another run starts after this one ends, and still holds one of every step-th token from there.
    t = last + step;
  }
  return out.length > 0 ? out : null;
}
