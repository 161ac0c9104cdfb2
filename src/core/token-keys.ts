// Per-token lookup keys of one text, shared by every matcher that scans it (matcher.ts), and the
// hits a scan gives.
import { wordOf } from './lexicon.ts';
import type { Matcher } from './matcher.ts';
import { stemIdOf } from './stems.ts';
import { tokenize, type Tokens } from './tokenize.ts';
import { WordIndex } from './word-index.ts';

/**
 * Per-token lookup keys for one text, computed once and shared by every matcher. The folded
 * key of every token is computed up front; the exact-case and stemmed keys only when a matcher
 * could use them (most tokens can't), which is where most of the time used to go.
 */
export interface TokenKeys {
  tokens: Tokens;
  /** Folded form of token i (the lexicon's string for its id). */
  foldAt(i: number): string;
  rawAt(i: number): string;
  /** Is token i's text exactly `s`? Read in place: no slice, nothing kept. */
  rawIs(i: number, s: string): boolean;
  stemAt(i: number): string;
  /** Lexicon id of the stem of token i's folded form. */
  stemIdAt(i: number): number;
  /** Each distinct folded word with the indexes of its tokens. */
  index: WordIndex;
  /** Hits of matchers already scanned together over this text (scanTogether). */
  scanned?: Map<Matcher, TermHit[]>;
}

export interface TermHit {
  /** Index of the term in the list the matcher was compiled from. */
  term: number;
  firstToken: number;
  lastToken: number;
}

/**
 * TokenKeys as a class: its methods live on the prototype, so a text's keys cost one small object
 * instead of four closures (under tsx each closure also gets its name set, ~0.4 µs apiece; a
 * title's keys cost three times its tokenizing).
 */
class TextKeys implements TokenKeys {
  readonly index: WordIndex;
  scanned?: Map<Matcher, TermHit[]>;
  /** Raw slices asked for so far (exact-case aliases ask for few tokens' raw text). */
  private raw: Map<number, string> | null = null;

  constructor(
    private readonly text: string,
    readonly tokens: Tokens,
  ) {
    this.index = new WordIndex(tokens);
  }

  foldAt(i: number): string {
    return wordOf(this.tokens.ids[i]!);
  }

  rawAt(i: number): string {
    const raw = (this.raw ??= new Map());
    let r = raw.get(i);
    if (r === undefined) {
      r = this.text.slice(this.tokens.start[i], this.tokens.end[i]);
      raw.set(i, r);
    }
    return r;
  }

  rawIs(i: number, s: string): boolean {
    const start = this.tokens.start[i]!;
    return this.tokens.end[i]! - start === s.length && this.text.startsWith(s, start);
  }

  stemAt(i: number): string {
    return wordOf(stemIdOf(this.tokens.ids[i]!));
  }

  stemIdAt(i: number): number {
    return stemIdOf(this.tokens.ids[i]!);
  }
}

export function keysFor(text: string, tokens: Tokens = tokenize(text)): TokenKeys {
  return new TextKeys(text, tokens);
}
