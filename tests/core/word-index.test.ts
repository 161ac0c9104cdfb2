import { describe, expect, it } from 'vitest';
import { lookupWord } from '../../src/core/lexicon.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { WordIndex } from '../../src/core/word-index.ts';

function naive(text: string): Map<string, number[]> {
  const t = tokenize(text);
  const out = new Map<string, number[]>();
  for (let i = 0; i < t.count; i++) {
    const w = text.slice(t.start[i], t.end[i]).toLowerCase();
    out.set(w, [...(out.get(w) ?? []), i]);
  }
  return out;
}

describe('WordIndex', () => {
  const long = Array.from({ length: 60 }, (_, i) => `Data review task ${i % 7} for the team, then rate the answer.`).join(' ');
  const short = 'Senior Data Review Specialist';

  it('lists every word with its tokens, for long and title-sized texts', () => {
    for (const text of [long, short]) {
      const index = new WordIndex(tokenize(text));
      const expected = naive(text);
      expect(index.size).toBe(expected.size);
      for (const [word, at] of expected) {
        expect(index.has(word)).toBe(true);
        expect(index.get(word)).toEqual(at);
        expect(index.tokensOfId(lookupWord(word))).toEqual(at);
        expect(index.countOfId(lookupWord(word))).toBe(at.length);
      }
      expect(index.has('absentword')).toBe(false);
      expect(index.countOfId(lookupWord('absentword'))).toBe(0);
    }
  });

  it('counts a word\'s tokens before and after their list is made', () => {
    const index = new WordIndex(tokenize(long));
    const the = lookupWord('the');
    expect(index.countOfId(the)).toBe(120);
    expect(index.tokensOfId(the)!.length).toBe(120);
    expect(index.countOfId(the)).toBe(120);
    expect(index.countOfIds([the, lookupWord('team'), lookupWord('absentword')])).toBe(180);
  });

  it('keeps answering for a posting after other texts were indexed', () => {
    const a = new WordIndex(tokenize(long));
    const b = new WordIndex(tokenize('Completely different words here, rate nothing.'));
    const c = new WordIndex(tokenize(long.toUpperCase()));
    expect(a.get('review')).toEqual(naive(long).get('review'));
    expect(b.get('review')).toBeUndefined();
    expect(b.get('rate')).toEqual([4]);
    expect(c.get('review')).toEqual(a.get('review'));
    expect(a.has('completely')).toBe(false);
  });
  it('reuses a released index buffer without leaking the old words into the new index', () => {
    const first = new WordIndex(tokenize(long));
    first.release();
    first.release();
    const text = 'Rate the answer, then rate the next answer.';
    const second = new WordIndex(tokenize(text));
    const third = new WordIndex(tokenize(short));
    for (const [index, t] of [[second, text], [third, short]] as const) {
      const expected = naive(t);
      expect(index.size).toBe(expected.size);
      for (const [word, at] of expected) expect(index.get(word)).toEqual(at);
      expect(index.has('review')).toBe(t === short);
    }
  });

  it('appends a word\'s tokens to a list, whether or not its own list was made', () => {
    for (const text of [long, short]) {
      const index = new WordIndex(tokenize(text));
      for (let d = 0; d < index.size; d++) {
        const before = [7];
        index.pushTokensOfSlot(d, before);
        // The first pass reads the links, the second the list made in between.
        const listed = index.tokensOfSlot(d);
        const after = [7];
        index.pushTokensOfSlot(d, after);
        expect(before).toEqual([7, ...listed]);
        expect(after).toEqual(before);
        expect(listed).toEqual(naive(text).get(index.wordOfSlot(d)));
      }
    }
  });
});
