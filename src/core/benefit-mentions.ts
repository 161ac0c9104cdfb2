// Benefits named inside a sentence rather than under a heading: "Comprehensive health, dental and
// vision coverage", "a learning and development stipend", "two company-wide Mental Health Days
// Off". A field named there is a perk, not something the job asks for. Benefits under a heading
// are found by sections.ts; these are the ones inside a pay paragraph or a flattened scrape.
import { WordVerdicts } from './lexicon.ts';
import type { TokenKeys } from './matcher.ts';
import type { Tokens } from './tokenize.ts';

const OFFERED =
  /\b(?:benefits?\s(?:include|including|such\sas|like|packages?|programs?|plans?|coverage)|(?:our|competitive|comprehensive|company[- ]sponsored|full|great|excellent|generous|medical|healthcare|health)\s(?:\w+\s)?benefits|401\s?\(?k\)?|pto|paid\stime\soff|perks|stipends?|paid\s(?:vacation|holidays|parental\sleave)|(?:medical|health),\s(?:dental|vision)|dental(?:,|\sand)\svision|vision\s(?:coverage|insurance)|days?\soff)\b/i;
/**
 * Every match of OFFERED holds one of these, in any case. A run of ASCII letters and digits lies
 * inside one token, and folding keeps such a run (lowercased), so only a token whose folded word
 * holds one can carry a match: a window without such a token is turned away before OFFERED runs.
 * Most hits are nowhere near a benefit; a regex scan of the whole text for these costs more than
 * the windows.
 */
const OFFERED_NEEDS = ['benefit', '401', 'pto', 'paid', 'perks', 'stipend', 'dental', 'vision', 'day'];
/** "Familiarity with retirement plans (401k, IRA) is advantageous" asks for it after all. */
const ASKED = /\b(?:familiar\w*|experience[ds]?|knowledge|understanding|advantageous|required|preferred|must|skills?)\b/i;
/**
 * Characters either side of a hit that are read. Flattened scrapes run a whole posting into one
 * "sentence"; a perk is named next to the others, not a paragraph away.
 */
const REACH = 90;

/** Per word: 2 when it holds one of OFFERED_NEEDS, else 1. */
const holds = new WordVerdicts((w) => (OFFERED_NEEDS.some((n) => w.includes(n)) ? 2 : 1));

/** Does the word with this id hold one of OFFERED_NEEDS? Judged once per word. */
function holdsNeeded(id: number): boolean {
  return holds.of(id) === 2;
}

const NONE: readonly number[] = [];

/** Tokens of sentence `s` whose word holds one of OFFERED_NEEDS (most sentences have none). */
function neededIn(tokens: Tokens, s: number): readonly number[] {
  const { ids, sentenceFirstToken } = tokens;
  const to = sentenceFirstToken[s + 1] ?? tokens.count;
  let out: number[] | null = null;
  for (let k = sentenceFirstToken[s]!; k < to; k++) if (holdsNeeded(ids[k]!)) (out ??= []).push(k);
  return out ?? NONE;
}

/**
 * Does one of these tokens (ascending) overlap text[from, to)? A match inside the window has its
 * token do so. Halving to the first that ends after `from`: a long sentence may hold thousands.
 */
function overlaps(tokens: Tokens, list: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[list[mid]!]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && tokens.start[list[lo]!]! < to;
}

/** Is the hit at text[start, end) named among benefits? */
export function benefitCheck(text: string, doc: TokenKeys): (firstToken: number, start: number, end: number) => boolean {
  const { sentence, sentenceStart } = doc.tokens;
  holds.fit();
  // Per sentence, its tokens that hold one of OFFERED_NEEDS, found on the first hit there: a
  // sentence is read once, however many hits it has (flattened scrapes make long sentences).
  const needed = new Array<readonly number[] | undefined>(sentenceStart.length);
  return (firstToken, start, end) => {
    const s = sentence[firstToken]!;
    const list = (needed[s] ??= neededIn(doc.tokens, s));
    if (list.length === 0) return false;
    const from = Math.max(sentenceStart[s]!, start - REACH);
    const to = Math.min(sentenceStart[s + 1] ?? text.length, end + REACH);
    if (!overlaps(doc.tokens, list, from, to)) return false;
    const around = text.slice(from, to);
    return OFFERED.test(around) && !ASKED.test(around);
  };
}
