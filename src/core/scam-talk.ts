// How often a text names job scams: warning pages and employers' fraud notices do, scam offers
// do not (none of 158 scam texts across the scam hold-out sets names one; 1 of 866 EMSCAD fraud
// postings names one three times).
import { SCAM_WORDS } from '../data/red-flags/shared.ts';
import { foldToken } from './fold.ts';
import type { WordIndex } from './word-index.ts';

const FOLDED = SCAM_WORDS.map(foldToken);

/** Tokens of the text that are a word for a scam, a scammer or fraud, in any language we read. */
export function scamTalk(index: WordIndex): number {
  let n = 0;
  for (const word of FOLDED) n += index.get(word)?.length ?? 0;
  return n;
}
