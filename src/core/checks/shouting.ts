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

/**
 * Whole sentences in capitals: `params.minRun` or more all-caps words in a row, separated only by
 * spaces (a comma-separated list of acronyms is not shouting).
 */
export function shouting(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
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
