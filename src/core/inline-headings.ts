// Flattened scrapes run a whole posting into one line: "… **Minimum Qualifications** + Bachelor's
// degree … **Preferred Qualifications** + …", "… about the role. Requirements: 3 years …",
// "… risk frameworks.About Charles RiverCharles River is …". In such a line a heading set inline
// begins its section where it stands, as a heading on a line of its own would.
//
// Read from anchors — a colon, a "**", a lowercase letter glued to a capital (the tokenizer's
// humps), and the first words of requirement headings, which the caller finds in its word index —
// then a few words back or forward. A regex over every long line for them cost a third of the
// whole analysis; this pass costs 7-8% on a corpus of flattened postings.

export interface InlineHeading<C> {
  /** Offsets of the heading's own text (markers and colon included). */
  start: number;
  end: number;
  cls: C;
}

const MAX_WORDS = 5;
/** A heading word is no longer than this: walking back further would make a hostile run of camel case quadratic. */
const MAX_WORD_CHARS = 40;
/** Real postings set a few dozen headings at most; a hostile page may set thousands. */
const MAX_HEADINGS_PER_LINE = 200;
const MAX_BOLD_CHARS = 60;
const MAX_BOLD_WORDS = 6;
/** What may stand before a heading: where a sentence, a list item or a bold run ends. */
const BOUNDARY = new Set(Array.from('.!?;:：•·▪●*|)]>–—-', (c) => c.charCodeAt(0)));
/** "SolutionsCharles": a lowercase letter glued to a capital. (Not to a digit: hashes and codes are full of those.) */
const GLUE = /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/g;

// Character tests by code: they run for every character walked back over.
function isWordCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019;
}

function isCapitalCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLowerOrDigitCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Space or tab, and the no-break spaces of text copied from web pages. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** Space, tab, & / or -: what joins the words of a heading. */
function isJoinCode(c: number): boolean {
  return isBlankCode(c) || c === 38 || c === 47 || c === 45;
}

/** Does a heading starting at `at` begin a new stretch: at the line's start, after a sentence or item end, or (`gluedCounts`) glued to the previous word? */
function startsStretch(text: string, lineStart: number, at: number, gluedCounts: boolean): boolean {
  if (at === lineStart) return true;
  if (isLowerOrDigitCode(text.charCodeAt(at - 1))) return gluedCounts;
  let k = at - 1;
  while (k >= lineStart && isBlankCode(text.charCodeAt(k))) k--;
  return k < lineStart || BOUNDARY.has(text.charCodeAt(k));
}

/**
 * The earliest start, at most MAX_WORDS words back from `end`, of a run of words that begins with
 * a capital where a stretch begins (`gluedCounts`: also right after a lowercase letter, as in
 * "hoursBenefits:"); -1 when there is none. Words are joined by spaces, & / or -.
 */
function runStart(text: string, lineStart: number, end: number, gluedCounts: boolean): number {
  let best = -1;
  let k = end;
  for (let words = 0; words < MAX_WORDS; words++) {
    let ws = k;
    const floor = Math.max(lineStart, k - MAX_WORD_CHARS);
    while (ws > floor && isWordCode(text.charCodeAt(ws - 1))) ws--;
    if (ws === k || (ws === floor && ws > lineStart && isWordCode(text.charCodeAt(ws - 1)))) break;
    if (isCapitalCode(text.charCodeAt(ws)) && startsStretch(text, lineStart, ws, gluedCounts)) best = ws;
    // A word glued to the one before it ("SolutionsCharles") starts the run: the part before is another stretch.
    if (ws > lineStart && isLowerOrDigitCode(text.charCodeAt(ws - 1))) break;
    let gap = ws;
    while (gap > lineStart && isJoinCode(text.charCodeAt(gap - 1))) gap--;
    if (gap === ws || gap === lineStart) break;
    k = gap;
  }
  return best;
}

/**
 * Words a requirements or benefits heading starts with: flattened with spaces only ("… fraud rings.
 * Qualifications Must-Have Bachelor's degree …"), such a heading is known by its first word
 * (capitalised or in capitals), a sentence start before it and a capital or a digit after it. The
 * caller finds them in its word index: a regex over every long line cost more than the rest.
 */
export const SPACED_FIRST_WORDS = ['requirement', 'requirements', 'required', 'qualification', 'qualifications', 'minimum', 'basic', 'preferred', 'desired', 'nice', 'bonus', 'skills', 'education', 'benefits', 'perks', 'responsibilities', 'duties', 'must', 'essential', 'what', 'who', 'key', 'core', 'ideal', 'requisitos', 'anforderungen', 'qualifikationen', 'voraussetzungen', 'exigences', 'requisiti', 'vereisten', 'wymagania'];
const SPACED_MAX_WORDS = 5;

/** The words of a run from `start`: their end offsets, at most SPACED_MAX_WORDS, none with a digit. */
function wordEnds(text: string, start: number, lineEnd: number): number[] {
  const ends: number[] = [];
  let k = start;
  while (ends.length < SPACED_MAX_WORDS && k < lineEnd) {
    let e = k;
    while (e < lineEnd && (isWordCode(text.charCodeAt(e)) || text.charCodeAt(e) === 45)) {
      // "About Charles RiverCharles": a capital glued to a lowercase letter ends the word.
      if (e > k && isCapitalCode(text.charCodeAt(e)) && isLowerOrDigitCode(text.charCodeAt(e - 1))) break;
      e++;
    }
    if (e === k) break;
    ends.push(e);
    k = e;
    while (k < lineEnd && isBlankCode(text.charCodeAt(k))) k++;
    if (k === e) break;
  }
  return ends;
}

/** Where the word ending at `end` starts. */
function wordStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && (isWordCode(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 45)) k--;
  return k;
}

/** Does what follows `at` look like the start of an item: a capital, a digit, a bullet or a bracket? */
function itemFollows(text: string, at: number, lineEnd: number): boolean {
  let k = at;
  while (k < lineEnd && isBlankCode(text.charCodeAt(k))) k++;
  if (k >= lineEnd) return false;
  const c = text.charCodeAt(k);
  return isCapitalCode(c) || (c >= 48 && c <= 57) || c === 0x2022 || c === 45 || c === 42 || c === 40;
}

// SPACED_FIRST_WORDS without their first letter, by that letter and the word's length (code × 32 +
// length): a glued word is compared in place. Slicing and lowercasing each of the many camel-case
// joins of flattened text to look it up was a fifth of this pass.
const SPACED_TAILS = new Map<number, string[]>();
for (const w of SPACED_FIRST_WORDS) {
  const key = w.charCodeAt(0) * 32 + w.length;
  const tails = SPACED_TAILS.get(key);
  if (tails) tails.push(w.slice(1));
  else SPACED_TAILS.set(key, [w.slice(1)]);
}

/**
 * Is the word starting at `at` (a capital), up to a non-letter or a glued capital, one of
 * SPACED_FIRST_WORDS once lowercased? Its letters after the first are not capitals, so they are
 * compared as they stand; the words are ASCII, so only A-Z can lowercase to their first letter.
 */
function spacedFirstWordAt(text: string, at: number, lineEnd: number): boolean {
  let e = at + 1;
  while (e < lineEnd && e - at <= 16 && isWordCode(text.charCodeAt(e)) && !isCapitalCode(text.charCodeAt(e))) e++;
  if (e - at > 16) return false;
  let first = text.charCodeAt(at);
  if (first >= 65 && first <= 90) first += 32;
  const tails = SPACED_TAILS.get(first * 32 + (e - at));
  if (tails === undefined) return false;
  for (const tail of tails) if (text.startsWith(tail, at + 1)) return true;
  return false;
}

/**
 * The heading flattened with spaces that starts at `start`, if any. A title-case heading reads as
 * one up to its last capitalised word before an item ("Preferred Qualifications Minimum | 2 years":
 * its cue words are the heading's); one with small words ("Who we're looking for | You") as the
 * shortest run that is a heading with an item after it.
 */
function spacedHeadingAt<C>(found: InlineHeading<C>[], classify: (heading: string) => C | undefined, text: string, lineEnd: number, start: number): void {
  const ends = wordEnds(text, start, lineEnd);
  let titleCase = 0;
  while (titleCase < ends.length && (titleCase === 0 || isCapitalCode(text.charCodeAt(wordStart(text, ends[titleCase]!))))) titleCase++;
  let chosen = -1;
  for (let w = titleCase - 1; w >= 0 && chosen < 0; w--) if (itemFollows(text, ends[w]!, lineEnd) && classify(text.slice(start, ends[w]!)) !== undefined) chosen = ends[w]!;
  for (let w = titleCase; w < ends.length && chosen < 0; w++) if (itemFollows(text, ends[w]!, lineEnd) && classify(text.slice(start, ends[w]!)) !== undefined) chosen = ends[w]!;
  if (chosen >= 0) add(found, classify, start, chosen, text.slice(start, chosen));
}

/** Index of the first offset at or after `pos` in sorted `offsets`. */
export function firstAtOrAfter(offsets: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A module function, not a closure per call: tsx names each closure it makes. */
function add<C>(found: InlineHeading<C>[], classify: (heading: string) => C | undefined, start: number, end: number, heading: string): void {
  if (found.length >= MAX_HEADINGS_PER_LINE) return;
  for (const h of found) if (start < h.end && end > h.start) return;
  const cls = classify(heading);
  if (cls !== undefined) found.push({ start, end, cls });
}

/** The headings that end or start at `end`, a capital glued to a small letter. */
function gluedHeadingAt<C>(found: InlineHeading<C>[], classify: (heading: string) => C | undefined, text: string, lineStart: number, lineEnd: number, end: number): void {
  // Glued at both ends would be any camel-cased word in glued text ("futureIn January"): the run
  // must start where a sentence or an item does.
  const start = runStart(text, lineStart, end, false);
  if (start >= 0) add(found, classify, start, end, text.slice(start, end));
  // "evaluateWhat we look for5+ years": a first word glued to the word before it, which the
  // caller's word index cannot see.
  if (spacedFirstWordAt(text, end, lineEnd)) spacedHeadingAt(found, classify, text, lineEnd, end);
}

/**
 * Headings inside text[lineStart, lineEnd) that `classify` recognises (its undefined is "not a
 * heading"), in text order. `spacedStarts`: offsets of the line's words in SPACED_FIRST_WORDS.
 * `humps`: the text's Tokens.humps, when its tokens have them.
 */
export function inlineHeadings<C>(
  text: string,
  lineStart: number,
  lineEnd: number,
  classify: (heading: string) => C | undefined,
  spacedStarts: ArrayLike<number> = [],
  humps?: readonly number[] | null,
): InlineHeading<C>[] {
  const found: InlineHeading<C>[] = [];
  // The anchors are searched for in the line (and the character after it, where a "**" may end)
  // rather than in the text from the line's start: a search that found nothing more in the line
  // ran on to the end of the text, for every long line. Offsets found there are relative (+ lineStart).
  const line = text.slice(lineStart, lineEnd + 1);
  const lineLength = lineEnd - lineStart;
  // "**Minimum Qualifications**"
  for (let open = line.indexOf('**'); open !== -1 && open < lineLength; ) {
    const close = line.indexOf('**', open + 2);
    if (close === -1 || close >= lineLength) break;
    const inner = line.slice(open + 2, close);
    if (inner.length >= 2 && inner.length <= MAX_BOLD_CHARS && !inner.includes('\n') && inner.trim().split(/\s+/).length <= MAX_BOLD_WORDS) add(found, classify, lineStart + open, lineStart + close + 2, inner);
    open = line.indexOf('**', close + 2);
  }
  // "Requirements:", "Nice to have:"
  for (const colon of [':', '：']) {
    for (let rel = line.indexOf(colon); rel !== -1 && rel < lineLength; rel = line.indexOf(colon, rel + 1)) {
      const at = lineStart + rel;
      let end = at;
      while (end > lineStart && isBlankCode(text.charCodeAt(end - 1))) end--;
      const start = runStart(text, lineStart, end, true);
      if (start >= 0) add(found, classify, start, at + 1, text.slice(start, at + 1));
    }
  }
  // "About Charles RiverCharles River is", "RequirementsBachelor's degree". The tokenizer lists
  // these joins as it reads the words (humps): a regex run along every long line for them cost
  // more than the rest of this pass.
  if (humps !== undefined) {
    if (humps !== null) for (let k = firstAtOrAfter(humps, lineStart + 1); k < humps.length && humps[k]! < lineEnd; k++) gluedHeadingAt(found, classify, text, lineStart, lineEnd, humps[k]!);
  } else {
    // test() and lastIndex, not exec(): no match object for each of the many camel-case words.
    GLUE.lastIndex = 0;
    while (GLUE.test(line) && GLUE.lastIndex <= lineLength) {
      const end = lineStart + GLUE.lastIndex - 1;
      GLUE.lastIndex = end - lineStart;
      gluedHeadingAt(found, classify, text, lineStart, lineEnd, end);
    }
  }
  // "Qualifications Must-Have Bachelor's degree", "Requirements 4+ years", "What You Bring Attention to detail"
  for (let i = firstAtOrAfter(spacedStarts, lineStart); i < spacedStarts.length && spacedStarts[i]! < lineEnd; i++) {
    const start = spacedStarts[i]!;
    if (isCapitalCode(text.charCodeAt(start)) && startsStretch(text, lineStart, start, true)) spacedHeadingAt(found, classify, text, lineEnd, start);
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return found;
}
