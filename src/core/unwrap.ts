// Plain-text mail, and text copied out of it, is often hard-wrapped: a line break every 60 to 80
// characters, in the middle of sentences. The engine reads a line break as the end of a sentence
// and of a phrase, so "represent our company in the United States and handle\nour Accounts
// Receivable" would never be read as one sentence, nor "data\nannotation" as one term. A text that
// is wrapped so is read with those breaks as spaces, and what is found there is mapped back to the
// caller's text (offsets are always into the text the caller gave).

import type { Analysis, Evidence } from './types.ts';

/** A wrapped line is at least this long: shorter ones are list items, headings, greetings. */
const MIN_WRAPPED_LINE = 40;
/** Mail wraps at 72 to 80 characters, some at 60; a line longer than this was not wrapped. */
const MAX_WRAPPED_LINE = 100;
/** Breaks inside a sentence a text needs before it is read as wrapped. */
const MIN_SOFT_BREAKS = 2;

export interface Unwrapped {
  /** The text with its soft breaks (and the spaces before them) made one space each. */
  text: string;
  /** Offset in the original text of each offset of `text`, and one past its end. */
  at: Int32Array;
}

const LOWER_START = /^\p{Ll}/u;
const OPEN_END = /[\p{L}\p{N},;]$/u;

/**
 * The text read as unwrapped, or null when it is not hard-wrapped. Hard-wrapped: at least
 * MIN_SOFT_BREAKS breaks where a line of wrapping length ends inside a sentence (a letter, digit,
 * comma) and the next starts with a small letter, and at most one line in ten longer than a wrap.
 */
export function unwrapHardBreaks(text: string): Unwrapped | null {
  // A posting from a web page is mostly paragraphs far longer than a wrap, or few lines at all.
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks < 3; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks < 3) return null;
  const soft: [from: number, to: number][] = [];
  let lines = 0;
  let long = 0;
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    // The line without the spaces (and a carriage return) before its break.
    let contentEnd = end;
    while (contentEnd > start && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const length = contentEnd - start;
    if (length > 0) lines++;
    if (length > MAX_WRAPPED_LINE) long++;
    if (nl >= 0 && length >= MIN_WRAPPED_LINE && length <= MAX_WRAPPED_LINE && opensOn(text, contentEnd - 1) && startsSmall(text, nl + 1)) {
      soft.push([contentEnd, nl + 1]);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (soft.length < MIN_SOFT_BREAKS || long * 10 > lines) return null;
  const parts: string[] = [];
  let removed = 0;
  for (const [from, to] of soft) removed += to - from - 1;
  const at = new Int32Array(text.length - removed + 1);
  let out = 0;
  let from = 0;
  for (const [gapStart, gapEnd] of soft) {
    parts.push(text.slice(from, gapStart), ' ');
    for (let k = from; k < gapStart; k++) at[out++] = k;
    // The one space stands where the gap starts.
    at[out++] = gapStart;
    from = gapEnd;
  }
  parts.push(text.slice(from));
  for (let k = from; k < text.length; k++) at[out++] = k;
  at[out] = text.length;
  return { text: parts.join(''), at };
}

/** Does the line end inside a sentence at `i`: a letter, a digit, a comma or a semicolon? */
function opensOn(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 || c === 59;
  return OPEN_END.test(text.slice(i, i + 1));
}

/** Does the line at `i` start with a small letter? */
function startsSmall(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text.slice(i, i + 2));
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * Moves every offset of the analysis (made on `unwrapped.text`) onto the original text, and takes
 * each evidence text from there. Title evidence (start -1) stays as it is.
 */
export function mapAnalysisToOriginal(analysis: Analysis, unwrapped: Unwrapped, original: string): void {
  const seen = new Set<Evidence>();
  const move = (e: Evidence | undefined): void => {
    if (!e || e.start < 0 || seen.has(e)) return;
    seen.add(e);
    const { at } = unwrapped;
    const start = at[Math.min(e.start, at.length - 1)]!;
    // The end is exclusive: map the last character found, and step past it.
    const end = e.end > e.start ? at[Math.min(e.end - 1, at.length - 1)]! + 1 : start;
    e.start = start;
    e.end = end;
    e.text = original.slice(start, end);
  };
  for (const hit of analysis.redFlags) hit.evidence.forEach(move);
  for (const hit of analysis.healthySignals) hit.evidence.forEach(move);
  for (const hit of analysis.keywords) hit.evidence.forEach(move);
  for (const reason of analysis.aiEvaluator.reasons) reason.evidence.forEach(move);
  move(analysis.pay?.evidence);
}
