// The engine's shortcuts must find exactly what a plain global regex finds over the same text.
import { describe, expect, it } from 'vitest';
import { digitReach } from '../../src/core/digit-reach.ts';
import { keysFor } from '../../src/core/matcher.ts';
import { matchAll, matchAroundDigits, oddTokens, sourceOf } from '../../src/core/signal-match.ts';
import type { Evidence } from '../../src/core/types.ts';
import { docWords } from '../../src/core/word-sets.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

// A fixed pseudo-random sequence, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const pieces = ['$', '25', '3+', 'years', 'of', 'experience', 'per', 'hour', '1,200', 'a', 'week', 'earn', 'up to', 'usd', '€40', 'k', '12', 'main', 'street', 'é5', '.', ',', '\n', '-', 'salary', 'you will', 'give', 'pay you', 'daily', '7-10', 'minutes'];

describe('matchAroundDigits', () => {
  it('finds what matchAll finds, for every digit-bound pattern in the rule data', () => {
    const sources = [...redFlagRules, ...healthySignalRules].flatMap((r) => r.patterns).filter((p) => digitReach(p) !== null);
    expect(sources.length).toBeGreaterThan(5);
    const next = random(7);
    let checked = 0;
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = 5 + Math.floor(next() * 60);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)] + (next() < 0.8 ? ' ' : '');
      const keys = keysFor(text);
      const src = sourceOf(text, keys.tokens, docWords(keys.index));
      const count = keys.tokens.count;
      if (count === 0) continue;
      // A stretch of whole tokens, as the engine reads a sentence or a window.
      const first = Math.floor(next() * count);
      const last = Math.min(count - 1, first + Math.floor(next() * count));
      const start = Math.max(0, keys.tokens.start[first]! - Math.floor(next() * 3));
      const end = keys.tokens.end[last]!;
      const chunk = text.slice(start, end);
      for (const source of sources) {
        const re = new RegExp(source, 'giu');
        const plain: Evidence[] = [];
        const around: Evidence[] = [];
        matchAll(re, chunk, start, plain);
        matchAroundDigits(re, src, chunk, start, first, last, digitReach(source)!, start, around);
        expect(around, `/${source}/ in ${JSON.stringify(chunk)}`).toEqual(plain);
        checked += plain.length;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('oddTokens', () => {
  const oddPieces = ['.NET', 'C++', 'c#', '.C#', '.c++', 'F#', 'node.js', 'a.b', '...', '.', '+', '++', '#', '#1', 'x+y', 'é.x', '.é', '. NET', '.5', 'C+', 'word', '\n', '-', '日本.語'];
  it('lists exactly the tokens that start with "." or end with "+" or "#", ascending', () => {
    const next = random(11);
    let found = 0;
    for (let round = 0; round < 400; round++) {
      let text = '';
      const n = Math.floor(next() * 30);
      for (let k = 0; k < n; k++) text += oddPieces[Math.floor(next() * oddPieces.length)] + (next() < 0.6 ? ' ' : '');
      const keys = keysFor(text);
      const { start, end, count } = keys.tokens;
      const expected: number[] = [];
      for (let t = 0; t < count; t++) if (text[start[t]!] === '.' || text[end[t]! - 1] === '+' || text[end[t]! - 1] === '#') expected.push(t);
      expect(oddTokens(sourceOf(text, keys.tokens, docWords(keys.index))), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
