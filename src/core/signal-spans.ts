// The stretches of a posting the signal engine runs regexes on: the sentences that hold a rule's
// trigger words (windows around them in very long sentences), and the text around digits.
import type { Tokens } from './tokenize.ts';

/** Sentences longer than this are searched in windows around trigger words only. */
const LONG_SENTENCE = 400;
const WINDOW = 200;

/**
 * A list of spans, four numbers each: start and end offset in the text, first and last token.
 * Flat and reused: a rule asks for its sentences in most postings, and an object per sentence
 * per rule was a steady share of the garbage.
 */
export class Spans {
  data = new Int32Array(64);
  count = 0;

  push(start: number, end: number, firstToken: number, lastToken: number): void {
    let o = this.count * 4;
    if (o + 4 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    d[o++] = start;
    d[o++] = end;
    d[o++] = firstToken;
    d[o] = lastToken;
    this.count++;
  }
}

/**
 * Fills `out` with the sentences holding the tokens in `tokenIdx` (ascending), one span per
 * sentence; in a sentence over LONG_SENTENCE characters, a window of WINDOW characters each side
 * of the token instead, merged with the span before where they overlap. Sentences are never
 * merged with each other: `unless` is judged per sentence.
 */
export function spansFor(tokenIdx: readonly number[], text: string, tokens: Tokens, out: Spans): void {
  out.count = 0;
  const { sentence, sentenceStart, sentenceFirstToken: firstOf, start: tokStart, end: tokEnd } = tokens;
  let lastSentence = -1;
  for (let i = 0; i < tokenIdx.length; i++) {
    const t = tokenIdx[i]!;
    const s = sentence[t]!;
    // Another token in the sentence just added (a short one: long ones reset lastSentence).
    if (s === lastSentence) continue;
    const first = firstOf[s] ?? t;
    // From the end of the previous sentence's last token (so a leading "$" or quote is kept, up to
    // three characters back) to the start of the next sentence.
    const floor = first > 0 ? tokEnd[first - 1]! : 0;
    const sStart = Math.max(floor, (sentenceStart[s] ?? 0) - 3);
    const sEnd = sentenceStart[s + 1] ?? text.length;
    if (sEnd - sStart > LONG_SENTENCE) {
      const start = Math.max(sStart, tokStart[t]! - WINDOW);
      const end = Math.min(sEnd, tokEnd[t]! + WINDOW);
      // The tokens inside [start, end), walking out from t.
      let a = t;
      while (a > 0 && tokStart[a - 1]! >= start) a--;
      let b = t;
      while (b + 1 < tokens.count && tokEnd[b + 1]! <= end) b++;
      const o = (out.count - 1) * 4;
      const d = out.data;
      if (o >= 0 && start <= d[o + 1]!) {
        d[o + 1] = Math.max(d[o + 1]!, end);
        d[o + 3] = Math.max(d[o + 3]!, b);
      } else out.push(start, end, a, b);
      lastSentence = -1;
      continue;
    }
    lastSentence = s;
    out.push(sStart, sEnd, first, (firstOf[s + 1] ?? tokens.count) - 1);
  }
}

/**
 * Stretches of the text around its digits, [start, end) pairs, merged where they touch: a match
 * that holds a digit and is at most `reach` long lies inside one, with room for the code point
 * \b reads on either side. A stretch never starts or ends within reach of a digit of its own,
 * so a match found in one is a match in the whole text too. Every digit is inside a token:
 * `digits` lists those tokens, ascending.
 */
export function digitStretches(text: string, tokens: Tokens, digits: readonly number[], reach: number): number[] {
  const out: number[] = [];
  const pad = reach + 2;
  for (let i = 0; i < digits.length; i++) {
    const t = digits[i]!;
    const start = Math.max(0, tokens.start[t]! - pad);
    const end = Math.min(text.length, tokens.end[t]! + pad);
    if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}
