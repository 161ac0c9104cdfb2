// One pass over the original text: word tokens with offsets into that text, plus sentence and
// line numbers per token. Offsets always index the caller's string, so marks land on page text.
//
// A token is a run of letters/digits. Programming-language spellings keep their punctuation
// ("C++", "C#", "F#", ".NET") because the taxonomy has to tell them from the bare letter.

import { hasDigit, internAscii, internRange } from './lexicon.ts';
import { columns, freshColumns } from './token-columns.ts';

export { releaseTokens } from './token-columns.ts';

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Sentence index of each token (a new sentence after . ! ? ; or a line break). */
  sentence: Int32Array;
  /** Line index of each token. */
  line: Int32Array;
  /**
   * 1 when the token continues a phrase with the one before: only spaces, hyphens, slashes,
   * "&" or apostrophes between them, or a bare dot ("Node.js"). A comma, a colon, a bracket,
   * a sentence end or a line break splits phrases: "software, business writing" is not
   * "software business".
   */
  joined: Uint8Array;
  /** Lexicon id (lexicon.ts) of each token's folded form. */
  ids: Int32Array;
  /** Offset at which each line starts, indexed by line number. */
  lineStart: number[];
  /** Offset at which each sentence starts, indexed by sentence number. */
  sentenceStart: number[];
  /** Index of each sentence's first token, indexed by sentence number. */
  sentenceFirstToken: number[];
  // What later stages would otherwise search the whole text for, noted on the way (the scan reads
  // every character anyway). Optional: tokens made elsewhere may lack them, and readers then search.
  /**
   * Tokens with a dot glued to their front (".NET") or "++" / "#" at their end ("C++", "C#"),
   * ascending; null when none. signal-match.ts (oddTokens) tries regexes there.
   */
  odd?: number[] | null;
  /** Tokens with an ASCII digit, ascending; null when none (signal-match.ts reads patterns that need one only near them). */
  digits?: number[] | null;
  /** Offsets of the text's periods, ascending; null when none (checks/hosts.ts walks them for host names). */
  periods?: number[] | null;
  /**
   * Offsets of the capitals (A-Z, À-Þ) that follow a small letter (a-z, ß-ÿ) ("iPhone",
   * "RiverCharles"), ascending; null when none. "×" and "÷" count as a capital and a small letter,
   * as /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/ has them. inline-headings.ts reads headings glued to
   * the text before them from these.
   */
  humps?: number[] | null;
  /** No "ſ", Kelvin sign or surrogate in the text: plainText (plain-regex.ts) would say true. */
  plain?: boolean;
}

const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
// The class of every UTF-16 unit, one array read per character on the hot path. Built lazily (a
// few ms, once). Besides word characters it marks the few others the scan acts on, so a space or
// a comma costs one read and one comparison.
// A const enum: its members compile to literals. Module-level constants are read from the module
// context (with a check that they are initialised) on every use, which in the scan's inner loop
// cost as much as the work itself.
const enum Cls {
  Other = 0,
  Word = 1,
  /** Chinese and Japanese characters: word characters that are tokens on their own. */
  Cjk = 2,
  Newline = 3,
  /** ! ? ; and list bullets: the next token starts a sentence. */
  Stop = 4,
  Period = 5,
  /** Half of a surrogate pair: the whole code point decides. */
  Surrogate = 6,
  /**
   * What may stand between two words of one phrase (see Tokens.joined): space, tab, nbsp, narrow
   * nbsp, thin space, - / & ' ’ + _ \ and the en dash.
   */
  Join = 7,
  /** "×" and "÷": no word characters, but a capital and a small letter to Tokens.humps. */
  Sign = 8,
}

/** How the last token ended (see `glued` in tokenize). */
const enum Glue {
  None = 0,
  Word = 1,
  Period = 2,
}

/**
 * The lexicon's two word hashes (FNV-1a and a second multiplier, lexicon.ts), which the scan builds
 * as it reads a word. Literals here: a constant imported or kept in a variable is read, checked and
 * converted to an integer again and again in the loop (tests/core/lexicon.test.ts checks that the
 * scan's ids are the lexicon's).
 */
const enum Hash {
  Seed = 0x811c9dc5 | 0,
  Prime = 16777619,
  Seed2 = 0x6a09e667 | 0,
  Prime2 = 0x9e3779b1 | 0,
}

/**
 * Read as charCode.call(text, i) in the scan, not text.charCodeAt(i). That looks the method up on
 * the string, and tokenize sees more kinds of string (aliases and titles, posting texts, one- and
 * two-byte, internalized, sliced) than the lookup's cache tells apart: once it gives up
 * (megamorphic), optimised code looks the method up generically for every character read, about
 * three times slower. A call of one known function is inlined whatever the kind of string.
 */
const charCodeAt = String.prototype.charCodeAt;

let CLASS: Uint8Array | null = null;
function classTable(): Uint8Array {
  if (CLASS) return CLASS;
  const t = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) t[c] = Cls.Word;
  for (let c = 65; c <= 90; c++) t[c] = Cls.Word;
  for (let c = 97; c <= 122; c++) t[c] = Cls.Word;
  for (let c = 128; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = Cls.Surrogate;
    else if (c === 0x2019 || c === 0x2018) continue;
    else if (UNICODE_WORD.test(String.fromCharCode(c))) t[c] = isCjk(c) ? Cls.Cjk : Cls.Word;
  }
  // Also "\": markdown exports escape hyphens ("Full\-time", "detail\-oriented").
  for (const c of [32, 9, 0xa0, 0x202f, 0x2009, 45, 47, 38, 39, 0x2019, 43, 95, 0x2013, 92]) t[c] = Cls.Join;
  t[10] = Cls.Newline;
  // Bullets and check marks that flattened lists keep between items: • ● · ◦ ○ ✔ ✓ ✅ ► ▪ ‣ ⁃ ➢ ▸ ▶ ➤ ❖ ◆ ■.
  for (const c of [33, 63, 59, 0x2022, 0x25cf, 0xb7, 0x25e6, 0x25cb, 0x2714, 0x2713, 0x2705, 0x25ba, 0x25aa, 0x2023, 0x2043, 0x27a2, 0x25b8, 0x25b6, 0x27a4, 0x2756, 0x25c6, 0x25a0]) t[c] = Cls.Stop;
  t[46] = Cls.Period;
  t[0xd7] = Cls.Sign;
  t[0xf7] = Cls.Sign;
  CLASS = t;
  return t;
}

export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Surrogate pairs: test the whole code point.
  if (c >= 0xd800 && c <= 0xdbff) return UNICODE_WORD.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return UNICODE_WORD.test(text.slice(i - 1, i + 1));
  const k = classTable()[c];
  return k === Cls.Word || k === Cls.Cjk;
}

/** Han ideographs, hiragana and katakana (Korean writes spaces between words): each is a token of its own. */
export function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f);
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const W = classTable();
  const charCode = charCodeAt;
  // Prose averages about seven characters a token; dense text grows the columns once or twice.
  let cap = Math.max(64, ((n / 5) | 0) + 16);
  let cols = freshColumns(cap);
  cap = cols.start.length;
  let { start, end, sentence, line, ids, joined } = cols;
  // The first token joins nothing; a reused buffer may hold an old flag there.
  joined[0] = 0;
  const lineStart = [0];
  const sentenceStart = [0];
  const sentenceFirstToken = [0];
  let count = 0;
  let sentenceNo = 0;
  let lineNo = 0;
  let sentencePending = false;
  // End of the last token, and whether a character other than a joiner (Cls.Join) was read since.
  let prevEnd = 0;
  let gapBroken = false;
  // Offset of the last period read: a word right after it may take it (".NET") without a read of the text.
  let lastDot = -2;
  let odd: number[] | null = null;
  let digits: number[] | null = null;
  let periods: number[] | null = null;
  let humps: number[] | null = null;
  let plain = true;
  // The last word ended at a lost line break (gluedAt), or a period with no space after it ended a
  // sentence: the next token starts a sentence.
  let glued: Glue = Glue.None;
  let i = 0;
  while (i < n) {
    const c = charCode.call(text, i);
    const k = W[c]!;
    if (k === Cls.Join) {
      i++;
      continue;
    }
    if (k === Cls.Other) {
      gapBroken = true;
      i++;
      continue;
    }
    if (k === Cls.Word || k === Cls.Cjk || (k === Cls.Surrogate && isWordCode(text, i))) {
      let s = i;
      const wordStart = i;
      const broken = glued;
      glued = Glue.None;
      // The folded word's hash is built while scanning (lexicon.ts): ASCII words need no second pass.
      let h = Hash.Seed;
      let h2 = Hash.Seed2;
      let wide = c;
      // ".NET": a dot glued to the front of a word that follows a non-word char.
      if (lastDot === s - 1 && (s < 2 || !isWordCode(text, s - 2))) {
        s -= 1;
        h = Math.imul(h ^ 46, Hash.Prime);
        h2 = Math.imul(h2 ^ 46, Hash.Prime2);
      }
      // | 32 lowercases an ASCII letter and keeps a digit; a first character beyond ASCII makes the
      // word wide, and a wide word is hashed again after folding (internRange).
      h = Math.imul(h ^ (c | 32), Hash.Prime);
      h2 = Math.imul(h2 ^ (c | 32), Hash.Prime2);
      i++;
      // The character that ended the word, when the scan read one (0: the text's end, a lost line
      // break, or a Chinese or Japanese character, which ends its token unread).
      let stop = 0;
      // Chinese and Japanese write words without spaces: every character is a token of its own,
      // so "データアノテーション" is found inside a longer run of text.
      if (k !== Cls.Cjk) {
        // Only small ASCII letters read after the word's first character: only its first hump splits (gluedAt).
        let smallSoFar = true;
        while (i < n) {
          const d = charCode.call(text, i);
          // Small ASCII letters, most of what a word holds, need no class read and cannot make it wide.
          if (d >= 97 && d <= 122) {
            h = Math.imul(h ^ d, Hash.Prime);
            h2 = Math.imul(h2 ^ d, Hash.Prime2);
            i++;
          } else if (W[d] === Cls.Word) {
            if ((d <= 90 ? d >= 65 : d >= 0xc0 && d <= 0xde) && isSmallLatin(charCode.call(text, i - 1))) (humps ??= []).push(i);
            // A capital after small letters, and a small letter after it: a line break lost when the
            // text was flattened ("onboardingRole", "ResponsibilitiesReview") ends the word there.
            if (smallSoFar && d <= 90 && d >= 65 && gluedAt(text, c, wordStart, i)) {
              glued = Glue.Word;
              break;
            }
            smallSoFar = false;
            // | 32 lowercases ASCII letters and keeps digits; a word with other characters is
            // hashed again after folding (internRange), so what it does to those does not matter.
            h = Math.imul(h ^ (d | 32), Hash.Prime);
            h2 = Math.imul(h2 ^ (d | 32), Hash.Prime2);
            wide |= d;
            i++;
          } else if (W[d] === Cls.Surrogate && isWordCode(text, i)) {
            smallSoFar = false;
            wide |= d;
            i++;
          } else {
            stop = d;
            break;
          }
        }
      }
      // "C++", "C#", "F#": keep the suffix when the word is short and the suffix ends the token.
      let suffixed = false;
      if (i - s <= 2 && i < n) {
        const d = charCode.call(text, i);
        if (d === 43 && charCode.call(text, i + 1) === 43 && (i + 2 >= n || !isWordCode(text, i + 2))) {
          i += 2;
          h = Math.imul(Math.imul(h ^ 43, Hash.Prime) ^ 43, Hash.Prime);
          h2 = Math.imul(Math.imul(h2 ^ 43, Hash.Prime2) ^ 43, Hash.Prime2);
          suffixed = true;
        } else if (d === 35 && (i + 1 >= n || !isWordCode(text, i + 1))) {
          i += 1;
          h = Math.imul(h ^ 35, Hash.Prime);
          h2 = Math.imul(h2 ^ 35, Hash.Prime2);
          suffixed = true;
        }
      }
      if (suffixed || s < wordStart) (odd ??= []).push(count);
      // "ſ" and the Kelvin sign are letters, and a surrogate in a word makes it wide too.
      if (wide > 127 && plain && !plainRange(text, s, i)) plain = false;
      const id = wide > 127 ? internRange(text, s, i) : internAscii(text, s, i, h, h2);
      if (hasDigit(id)) (digits ??= []).push(count);
      if (sentencePending || broken !== Glue.None) {
        sentenceNo++;
        sentenceStart.push(s);
        sentenceFirstToken.push(count);
        sentencePending = false;
      }
      if (count === cap) {
        cap *= 2;
        cols = columns(cap, cols, count);
        ({ start, end, sentence, line, ids, joined } = cols);
      }
      if (count > 0) {
        // The gap since the last token was read on the way here: only joiners (Cls.Join) keep it a
        // phrase gap, or a bare dot ("Node.js"). A dot glued to this word (".NET") was read as a
        // gap character but is not in the gap: that rare case is judged from the text.
        const gap = s - prevEnd;
        // After a period with no space the phrase breaks; a word split at a lost line break stays
        // joined, so that a brand split the same way in an alias ("webMethods") still matches.
        joined[count] = broken === Glue.Period ? 0 : s < wordStart ? (phraseGap(text, prevEnd, s) ? 1 : 0) : gap <= 4 && (!gapBroken || (gap === 1 && charCode.call(text, prevEnd) === 46)) ? 1 : 0;
      }
      start[count] = s;
      end[count] = i;
      sentence[count] = sentenceNo;
      line[count] = lineNo;
      ids[count] = id;
      count++;
      prevEnd = i;
      gapBroken = false;
      // A joiner (mostly a space) after the word was read already, and needs nothing done: step over it.
      if (!suffixed && W[stop] === Cls.Join) i++;
      continue;
    }
    gapBroken = true;
    if (k === Cls.Newline) {
      lineNo++;
      lineStart.push(i + 1);
      sentencePending = true;
    } else if (k === Cls.Stop) {
      sentencePending = true;
    } else if (k === Cls.Period) {
      lastDot = i;
      (periods ??= []).push(i);
      // A period ends a sentence only when whitespace follows (not "e.g.x", "3.5", "node.js").
      const d = charCode.call(text, i + 1);
      // Not the period of "Rs. 25,000", "No. 5" or "approx. 20 hours": an abbreviation before a figure.
      if (i + 1 >= n || d === 10 || d === 9 || d === 13 || d === 0x202f) sentencePending = true;
      else if (d === 32 || d === 0xa0) sentencePending = count === 0 || end[count - 1] !== i || !abbreviationAt(text, start[count - 1]!, i);
      // "conversations.Evaluate outputs": flattened text lost the space after the stop.
      else if (d <= 90 && d >= 65 && isSmall(charCode.call(text, i - 1)) && isSmall(charCode.call(text, i + 2)) && isSmall(charCode.call(text, i - 2))) glued = Glue.Period;
    } else if (k === Cls.Surrogate) {
      // Half of a symbol's pair (an emoji): not in a word.
      plain = false;
    } else if (k === Cls.Sign) {
      // "a×" and "÷A" are joins too: "×" counts as a capital after a small letter, "÷" as a small letter before a capital.
      if (c === 0xd7) {
        if (i > 0 && isSmallLatin(charCode.call(text, i - 1))) (humps ??= []).push(i);
      } else {
        const d = charCode.call(text, i + 1);
        // "÷×" is the "×" branch's.
        if (d !== 0xd7 && (d <= 90 ? d >= 65 : d >= 0xc0 && d <= 0xde)) (humps ??= []).push(i + 1);
      }
    }
    i++;
  }
  return {
    count,
    start,
    end,
    sentence,
    line,
    joined,
    ids,
    lineStart,
    sentenceStart,
    sentenceFirstToken,
    odd,
    digits,
    periods,
    humps,
    plain,
  };
}

/** Abbreviations written before a figure: "Rs. 500", "No. 12", "approx. 20", "min. 3 years". */
const NUMBER_ABBREVIATIONS = new Set(['rs', 'no', 'nos', 'nr', 'approx', 'ca', 'vs', 'min', 'max']);
/** Titles written before a name: "Dr. Reyes", "Prof. Smith", "Mr. Lee". */
const NAME_ABBREVIATIONS = new Set(['dr', 'prof', 'mr', 'mrs', 'ms']);
/** The abbreviations' first letters, lower case. */
const ABBREVIATION_FIRST = new Set([...NUMBER_ABBREVIATIONS, ...NAME_ABBREVIATIONS].map((w) => w.charCodeAt(0)));

/**
 * Is text[wordStart, dot) an abbreviation whose period ends no sentence: one of NUMBER_ABBREVIATIONS
 * with a space or two and a digit after it, or of NAME_ABBREVIATIONS before a capital?
 */
function abbreviationAt(text: string, wordStart: number, dot: number): boolean {
  // Most words before a period are longer, or start with none of the abbreviations' letters: they
  // are ruled out before any string is made (this runs at every sentence end).
  const len = dot - wordStart;
  if (len < 2 || len > 6 || !ABBREVIATION_FIRST.has(charCodeAt.call(text, wordStart) | 32)) return false;
  let k = dot + 1;
  while (k < dot + 3 && (charCodeAt.call(text, k) === 32 || charCodeAt.call(text, k) === 0xa0)) k++;
  const g = charCodeAt.call(text, k);
  if (g >= 48 && g <= 57) return NUMBER_ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
  return g >= 65 && g <= 90 && len <= 4 && NAME_ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
}

function isSmall(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** a-z and ß-ÿ (and "÷"): the small letters before a hump (Tokens.humps). */
function isSmallLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);
}

/** Letters before a capital that a word starting with a capital ("Responsibilities") keeps: brand names ("PracticePanther", "SurveyMonkey") have fewer. */
const GLUED_CAPITALISED_HEAD = 9;

/**
 * Does the capital at `i` start a word glued to the one before it by a lost line break? A small
 * letter before it and after it, at least two letters before it in the word, and a word that either
 * starts small ("onboardingRole", "necessaryCanada") or has a long head ("ResponsibilitiesReview").
 * Brand names ("JavaScript", "LinkedIn", "iPhone") mostly keep their shape; those that do not are
 * split the same way wherever they are written (aliases are tokenized by this function too).
 */
function gluedAt(text: string, first: number, wordStart: number, i: number): boolean {
  // The caller asks only at the word's first hump ("eClinicalWorks", "ProWritingAid" are names).
  if (i - wordStart < 2 || !isSmall(text.charCodeAt(i + 1))) return false;
  // A handle ("@jarvisRobert11") is one name, not two lines run together. (A hashtag's words still
  // split: "#EnvironmentalScience" names environmental science.)
  if (wordStart > 0 && text.charCodeAt(wordStart - 1) === 64) return false;
  return isSmall(first) || i - wordStart >= GLUED_CAPITALISED_HEAD;
}

/** Has text[from, to) none of "ſ", the Kelvin sign and surrogates (see Tokens.plain)? */
function plainRange(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x17f || c === 0x212a || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** Is text[from, to) a phrase gap (see Tokens.joined)? The scan judges most gaps on the way; this is for the rest. */
function phraseGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  if (to - from === 1 && text.charCodeAt(from) === 46) return true;
  const W = classTable();
  for (let k = from; k < to; k++) if (W[text.charCodeAt(k)] !== Cls.Join) return false;
  return true;
}

export { foldToken } from './fold.ts';
