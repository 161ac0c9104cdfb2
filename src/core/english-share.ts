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
const ENGLISH = ['the', 'and', 'to', 'of', 'a', 'an', 'in', 'for', 'with', 'you', 'your', 'we', 'our', 'is', 'are', 'will', 'be', 'on', 'or', 'this', 'that', 'as', 'at', 'by', 'from', 'have', 'who', 'can'];
/**
 * Function words of the other languages postings and scam messages come in (Spanish, Portuguese,
 * French, German, Italian, Indonesian, Tagalog, Vietnamese), none an English word or a common
 * abbreviation in English postings ("IL", "LA", "EST", "MIT", "Los Angeles" are left out). A text
 * in one of them that quotes English terms ("photocopy of Birth Certificate") has more of these.
 */
const OTHER = [
  'de', 'el', 'que', 'y', 'con', 'para', 'por', 'del', 'una', 'dos', 'das', 'não', 'uma', 'le', 'les', 'des', 'du', 'et', 'avec', 'une', 'dans', 'sur',
  'der', 'und', 'zu', 'den', 'dem', 'ein', 'eine', 'nicht', 'di', 'che', 'della', 'gli', 'sono', 'yang', 'dan', 'untuk', 'dengan', 'ini', 'itu', 'dari',
  'ke', 'tidak', 'ang', 'ng', 'mga', 'ay', 'và', 'của', 'các', 'có', 'cho', 'không', 'được',
];
/** Below this share of English function words a text is not read as English. */
export const MIN_ENGLISH_SHARE = 0.05;

let englishIds: number[] | null = null;
let otherIds: number[] | null = null;

/** The share of the text's tokens that are English function words (0 for no tokens). */
export function englishShare(index: WordIndex, tokenCount: number): number {
  if (tokenCount === 0) return 0;
  englishIds ??= pinnedIds(ENGLISH.map(foldToken));
  return index.countOfIds(englishIds) / tokenCount;
}

/**
 * What the text is written in, from one count of each language's function words: English (enough
 * English function words, and at least as many as of another language's), and one of the other
 * languages OTHER lists (enough of their function words, and more than English ones; a short
 * English card, "$30/hour · Remote", has few of either and is neither).
 */
export function textLanguage(index: WordIndex, tokenCount: number): { english: boolean; other: boolean } {
  if (tokenCount === 0) return { english: false, other: false };
  englishIds ??= pinnedIds(ENGLISH.map(foldToken));
  otherIds ??= pinnedIds(OTHER.map(foldToken));
  const english = index.countOfIds(englishIds);
  const other = index.countOfIds(otherIds);
  const enough = MIN_ENGLISH_SHARE * tokenCount;
  return { english: english >= enough && english >= other, other: other >= enough && other > english };
}

/** Is the text English (textLanguage)? */
export function readsEnglish(index: WordIndex, tokenCount: number): boolean {
  return textLanguage(index, tokenCount).english;
}
