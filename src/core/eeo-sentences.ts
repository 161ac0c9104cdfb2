// Equal-opportunity statements written inline, without a heading of their own: "without regard to
// race, religion, national origin, genetics, disability, age or veteran status". A field named in
// that list ("genetics", "education") is a protected class, not something asked of the applicant.
import { pinnedIds } from './lexicon.ts';
import type { TokenKeys } from './matcher.ts';

/** Each group is one protected class, however it is written. */
const CLASS_WORDS: readonly (readonly string[])[] = [
  ['race', 'racial'],
  ['religion', 'religious', 'creed'],
  ['color', 'colour'],
  ['sex', 'gender'],
  ['orientation'],
  ['national', 'ancestry'],
  ['disability', 'disabilities', 'disabled'],
  ['veteran', 'veterans'],
  ['age'],
  ['marital', 'pregnancy'],
  ['genetic', 'genetics'],
];

/** CLASS_WORDS as lexicon ids, found once. */
let classIds: number[][] | null = null;

/** Classes one sentence must list to be such a statement: "race" or "age" alone is anything. */
const CLASSES_NEEDED = 4;
/** Words the list may run before its first class word ("regardless of") and past its last ("marital status, parental status, education"), within its sentence. */
const MARGIN_BEFORE = 3;
const MARGIN_AFTER = 8;
/** Words at most between two classes of one list ("sexual orientation, gender identity or expression, and"). */
const MAX_GAP = 6;

/**
 * Token ranges [from, to] (inclusive, flat pairs) of the text's lists of protected classes: runs of
 * class words close together in one sentence that name enough classes. Only the list: postings run
 * together without stops put job facts ("nursing units at the Veterans Center") in the same sentence.
 */
export function equalOpportunityLists(doc: TokenKeys): number[] {
  const out: number[] = [];
  classIds ??= CLASS_WORDS.map((group) => pinnedIds(group));
  // Most postings name fewer classes than a list needs: settled before any token is gathered.
  let present = 0;
  for (const ids of classIds) if (ids.some((id) => doc.index.tokensOfId(id) !== undefined)) present++;
  if (present < CLASSES_NEEDED) return out;
  const found: number[] = [];
  classIds.forEach((ids, bit) => {
    for (const id of ids) for (const t of doc.index.tokensOfId(id) ?? []) found.push(t * 32 + bit);
  });
  found.sort((a, b) => a - b);
  const sentence = doc.tokens.sentence;
  for (let a = 0; a < found.length; ) {
    let bits = 1 << found[a]! % 32;
    let b = a + 1;
    while (b < found.length) {
      const prev = Math.floor(found[b - 1]! / 32);
      const t = Math.floor(found[b]! / 32);
      if (t - prev > MAX_GAP + 1 || sentence[t] !== sentence[prev]) break;
      bits |= 1 << found[b]! % 32;
      b++;
    }
    if (popCount(bits) >= CLASSES_NEEDED) {
      const first = Math.floor(found[a]! / 32);
      const last = Math.floor(found[b - 1]! / 32);
      const s = sentence[first]!;
      const sentenceEnd = s + 1 < doc.tokens.sentenceFirstToken.length ? doc.tokens.sentenceFirstToken[s + 1]! - 1 : doc.tokens.count - 1;
      out.push(Math.max(first - MARGIN_BEFORE, doc.tokens.sentenceFirstToken[s]!), Math.min(last + MARGIN_AFTER, sentenceEnd));
    }
    a = b;
  }
  return out;
}

function popCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
