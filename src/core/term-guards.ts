// The checks a term's hit must pass besides its words: guards from the data (a word required or
// forbidden nearby, not followed or preceded by one) and, for stemmed aliases, that the text's
// words are inflections of the alias's words and not merely Porter's look-alikes.
import { internWord } from './lexicon.ts';
import { sameFamilyById, stemIdOf, stemKey } from './stems.ts';
import { foldToken, releaseTokens, tokenize, type Tokens } from './tokenize.ts';

export interface TermGuards {
  requireNear?: string[];
  forbidNear?: string[];
  window?: number;
  notFollowedBy?: string[];
  notPrecededBy?: string[];
  appliesTo?: string[];
}

/** Word sets hold lexicon ids (folded words, and their stems where the term stems). */
export interface CompiledGuard {
  requireNear: Set<number> | null;
  forbidNear: Set<number> | null;
  window: number;
  notFollowedBy: Set<number> | null;
  notPrecededBy: Set<number> | null;
  /** Phrases of several words ("how to") the hit must not follow, as lexicon ids in text order. */
  notPrecededByPhrases: number[][] | null;
}

/** Folded keys of the words of a guard phrase, as the matcher reads a text's tokens. */
function foldedWords(phrase: string): string[] {
  const t = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(foldToken(phrase.slice(t.start[i], t.end[i])));
  releaseTokens(t);
  return out;
}

/** The entries of a guard list that are phrases of several words ("how to"), as lexicon ids in text order. */
function phrasesOf(words: string[] | undefined): number[][] | null {
  const phrases = (words ?? []).map(foldedWords).filter((w) => w.length > 1).map((w) => w.map(internWord));
  return phrases.length > 0 ? phrases : null;
}

/** The entries of a guard list that are one word (wordSet's; phrasesOf takes the others). */
function singleWords(words: string[] | undefined): string[] | undefined {
  return words?.filter((w) => foldedWords(w).length === 1);
}

function wordSet(words: string[] | undefined, stem: boolean): Set<number> | null {
  if (!words || words.length === 0) return null;
  const set = new Set<number>();
  for (const w of words) {
    for (const k of foldedWords(w)) {
      set.add(internWord(k));
      if (stem) set.add(internWord(stemKey(k)));
    }
  }
  return set;
}

export function compileGuard(g: TermGuards, stem: boolean): CompiledGuard {
  return {
    requireNear: wordSet(g.requireNear, stem),
    forbidNear: wordSet(g.forbidNear, stem),
    window: g.window ?? 10,
    notFollowedBy: wordSet(g.notFollowedBy, false),
    notPrecededBy: wordSet(singleWords(g.notPrecededBy), false),
    notPrecededByPhrases: phrasesOf(g.notPrecededBy),
  };
}

/**
 * Are the tokens from `first` on inflections of the words of one of the aliases? The aliases are
 * at `words[at]`: their count, then for each its length and word ids.
 */
export function inflectionOfSome(words: Int32Array, at: number, ids: Int32Array, first: number): boolean {
  const count = words[at]!;
  let p = at + 1;
  for (let a = 0; a < count; a++) {
    const length = words[p]!;
    let all = true;
    for (let k = 0; k < length; k++) {
      if (!sameFamilyById(ids[first + k]!, words[p + 1 + k]!)) {
        all = false;
        break;
      }
    }
    if (all) return true;
    p += 1 + length;
  }
  return false;
}

function near(set: Set<number>, tokens: Tokens, from: number, to: number, window: number): boolean {
  const ids = tokens.ids;
  const lo = Math.max(0, from - window);
  const hi = Math.min(tokens.count - 1, to + window);
  for (let k = lo; k <= hi; k++) {
    if (k >= from && k <= to) continue;
    if (set.has(ids[k]!) || set.has(stemIdOf(ids[k]!))) return true;
  }
  return false;
}

export function passes(g: CompiledGuard, tokens: Tokens, first: number, last: number): boolean {
  const ids = tokens.ids;
  if (g.notFollowedBy && last + 1 < tokens.count && g.notFollowedBy.has(ids[last + 1]!)) return false;
  if (g.notPrecededBy && first > 0 && g.notPrecededBy.has(ids[first - 1]!)) return false;
  if (g.notPrecededByPhrases && g.notPrecededByPhrases.some((p) => precededBy(ids, first, p))) return false;
  if (g.forbidNear && near(g.forbidNear, tokens, first, last, g.window)) return false;
  if (g.requireNear && !near(g.requireNear, tokens, first, last, g.window)) return false;
  return true;
}

/** Do the tokens just before `first` read `phrase` (lexicon ids in text order)? */
function precededBy(ids: Int32Array, first: number, phrase: readonly number[]): boolean {
  const from = first - phrase.length;
  if (from < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (ids[from + k] !== phrase[k]) return false;
  return true;
}
