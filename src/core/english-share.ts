// Whether a text is written in English, read off its word index. The absence rules ("never says
// who is hiring", "no pay stated") look for English phrases; in a German or Indonesian posting
// they find none and would claim what the text does say in its own words.
import { foldToken } from './fold.ts';
import { pinnedIds } from './lexicon.ts';
import type { WordIndex } from './word-index.ts';

/**
 * Function words every English posting is full of: across the labelled English postings they are
 * at least 7% of the tokens (a bare list of duties and skills), a fifth or more in prose, and well
 * under 4% in postings in other languages, which borrow a few ("Data Scientist (m/w/d) in Berlin").
 */
const FUNCTION_WORDS = ['the', 'and', 'to', 'of', 'a', 'an', 'in', 'for', 'with', 'you', 'your', 'we', 'our', 'is', 'are', 'will', 'be', 'on', 'or', 'this', 'that', 'as', 'at', 'by', 'from', 'have', 'who', 'can'];
/** Below this share of function words a text is not read as English. */
export const MIN_ENGLISH_SHARE = 0.05;

let ids: number[] | null = null;

/** The share of the text's tokens that are English function words (0 for no tokens). */
export function englishShare(index: WordIndex, tokenCount: number): number {
  if (tokenCount === 0) return 0;
  ids ??= pinnedIds(FUNCTION_WORDS.map(foldToken));
  let n = 0;
  for (const id of ids) n += index.tokensOfId(id)?.length ?? 0;
  return n / tokenCount;
}
