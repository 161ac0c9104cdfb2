// Running one rule pattern over a stretch of text and collecting its matches as evidence.
import { hasDigit } from './lexicon.ts';
import { plainText } from './plain-regex.ts';
import { MAX_EVIDENCE, pushEvidence } from './signal-document.ts';
import type { Tokens } from './tokenize.ts';
import type { Evidence } from './types.ts';
import type { WordSet } from './pattern-words.ts';
import { firstAtOrAfter, leadingTokens, sortTokens, type DocWords } from './word-sets.ts';

/** A tokenised text (a posting or its title) with its word index. */
export interface Source {
  text: string;
  tokens: Tokens;
  words: DocWords;
  /** Its odd tokens (oddTokens), listed on first use. */
  odd: readonly number[] | null;
  /** Its tokens with an ASCII digit, listed on first use. */
  digits: readonly number[] | null;
  /** Regexes without 'u' match here as they do with it (plain-regex.ts). */
  plain: boolean;
}

export function sourceOf(text: string, tokens: Tokens, words: DocWords): Source {
  return { text, tokens, words, odd: null, digits: null, plain: tokens.plain ?? plainText(text) };
}

/** Index of the token among the first n whose offset in `at` (start or end, ascending) is `value`, or -1. */
function tokenAt(at: Int32Array, n: number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && at[lo] === value ? lo : -1;
}

const NO_TOKENS: readonly number[] = [];

/** Can this character start a word (ASCII letter or digit, or anything past ASCII)? */
function mayStartWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128;
}

/**
 * Tokens that may hide a word a regex sees on its own: ".NET" (a match may start after the dot)
 * and "C++"/"C#" (a match may end before the suffix). Always tried. Found from the few "." "+"
 * and "#" of the text rather than by reading every token: a token starting with "." starts at
 * one that a word character follows, one ending with "+" or "#" ends just after one.
 */
export function oddTokens(src: Source): readonly number[] {
  // The tokenizer lists them as it makes them.
  if (!src.odd && src.tokens.odd !== undefined) src.odd = src.tokens.odd ?? NO_TOKENS;
  if (!src.odd) {
    const { text, tokens } = src;
    const n = tokens.count;
    const odd: number[] = [];
    for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
      if (!mayStartWord(text.charCodeAt(p + 1))) continue;
      const t = tokenAt(tokens.start, n, p);
      if (t >= 0) odd.push(t);
    }
    let ascending = true;
    for (const ch of ['+', '#']) {
      for (let p = text.indexOf(ch); p >= 0; p = text.indexOf(ch, p + 1)) {
        const t = tokenAt(tokens.end, n, p + 1);
        if (t < 0) continue;
        if (odd.length > 0 && odd[odd.length - 1]! >= t) ascending = false;
        odd.push(t);
      }
    }
    // The three searches interleave; ".C#" is found by two of them.
    src.odd = ascending ? odd : sortTokens(odd).filter((t, i, a) => i === 0 || a[i - 1] !== t);
  }
  return src.odd;
}

/**
 * Does a token with an ASCII digit overlap tokens firstToken..lastToken or the one either side?
 * Every digit of the text is inside a token, so a stretch of text covering those tokens (and
 * parts of its neighbours at most) without one holds no digit.
 */
export function digitNear(src: Source, firstToken: number, lastToken: number): boolean {
  const digits = digitTokens(src);
  const k = firstAtOrAfter(digits, firstToken - 1);
  return k < digits.length && digits[k]! <= lastToken + 1;
}

/** The source's tokens with an ASCII digit, ascending (the lexicon knows which words have one). */
export function digitTokens(src: Source): readonly number[] {
  // The tokenizer lists them as it makes them.
  if (!src.digits && src.tokens.digits !== undefined) src.digits = src.tokens.digits ?? NO_TOKENS;
  if (!src.digits) {
    const { tokens } = src;
    const digits: number[] = [];
    for (let t = 0; t < tokens.count; t++) if (hasDigit(tokens.ids[t]!)) digits.push(t);
    src.digits = digits;
  }
  return src.digits;
}

/** Every match of a global regex in `text`, as evidence at `base` + its index (-1 when `base` is -1: the title). */
export function matchAll(re: RegExp, text: string, base: number, out: Evidence[]): void {
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

/**
 * Same matches as `matchAll` on `chunk` (the source's text from `offset`, covering tokens
 * firstToken..lastToken and at most parts of their neighbours) for a pattern every match of which
 * holds a digit and is at most `reach` long (digit-reach.ts): only the stretches of the chunk
 * around its digit tokens are read. A match lies inside the stretch of the digit it holds, with
 * room for the character \b reads on either side, so it is found there as it is in the chunk.
 */
export function matchAroundDigits(re: RegExp, src: Source, chunk: string, offset: number, firstToken: number, lastToken: number, reach: number, base: number, out: Evidence[]): void {
  const digits = digitTokens(src);
  const { start: tokStart, end: tokEnd } = src.tokens;
  const pad = reach + 2;
  let from = -1;
  let to = -1;
  for (let k = firstAtOrAfter(digits, firstToken - 1); k < digits.length && digits[k]! <= lastToken + 1; k++) {
    const t = digits[k]!;
    const a = Math.max(0, tokStart[t]! - offset - pad);
    const b = Math.min(chunk.length, tokEnd[t]! - offset + pad);
    // A neighbour's digits may lie outside the chunk.
    if (a >= b) continue;
    if (to >= 0 && a <= to) {
      if (b > to) to = b;
      continue;
    }
    if (to >= 0) matchAll(re, chunk.slice(from, to), base + from, out);
    from = a;
    to = b;
  }
  if (to >= 0 && out.length < MAX_EVIDENCE) matchAll(re, chunk.slice(from, to), base + from, out);
}

/**
 * Same matches as `matchAll` on `chunk` (the source's text from `offset`, or a slice of it there)
 * for a pattern whose matches start with one of `lead`'s words: the sticky regex is tried only
 * where such a token (or an odd one) starts, among tokens firstToken..lastToken, skipping tokens
 * inside the last match. Those tokens come from the word index, not from reading every token.
 * Evidence offsets are `base` + the position in the chunk, or -1 when `base` is -1 (the title).
 * Patterns with leading words never run their unanchored copy, which V8 would compile again.
 */
export function matchAtTokens(
  sticky: RegExp,
  lead: WordSet,
  src: Source,
  chunk: string,
  offset: number,
  firstToken: number,
  lastToken: number,
  base: number,
  out: Evidence[],
  firstOnly = false,
): void {
  const { tokens, text } = src;
  const leads = leadingTokens(lead, src.words);
  const odds = oddTokens(src);
  // Walk both ascending lists together, in token order.
  let i = firstAtOrAfter(leads, firstToken);
  let k = odds.length === 0 ? 0 : firstAtOrAfter(odds, firstToken);
  let from = 0;
  while (out.length < MAX_EVIDENCE) {
    const a = i < leads.length ? leads[i]! : Infinity;
    const b = k < odds.length ? odds[k]! : Infinity;
    const t = a < b ? a : b;
    if (t > lastToken) break;
    if (a === t) i++;
    if (b === t) k++;
    const s = tokens.start[t]!;
    const odd = b === t;
    for (let pos = s - offset, tries = odd && text.charCodeAt(s) === 46 ? 2 : 1; tries > 0; pos++, tries--) {
      if (pos < from) continue;
      sticky.lastIndex = pos;
      // A sticky match ends at lastIndex: test() tells it without making a match array, and most tries fail.
      if (sticky.test(chunk) && sticky.lastIndex > pos) {
        pushEvidence(out, base < 0 ? -1 : base + pos, chunk.slice(pos, sticky.lastIndex));
        if (firstOnly) return;
        from = sticky.lastIndex;
        break;
      }
    }
  }
}

/** Does the sticky pattern match somewhere in tokens firstToken..lastToken (see matchAtTokens)? */
export function matchesAtTokens(sticky: RegExp, lead: WordSet, src: Source, chunk: string, offset: number, firstToken: number, lastToken: number): boolean {
  const found: Evidence[] = [];
  matchAtTokens(sticky, lead, src, chunk, offset, firstToken, lastToken, offset, found, true);
  return found.length > 0;
}
