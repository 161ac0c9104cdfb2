// The lexicon gives every folded word one id; everything downstream trusts that.
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze.ts';
import { foldToken } from '../../src/core/fold.ts';
import { internRange, internWord, lexiconSize, lookupWord, recycleIfFull, wordOf } from '../../src/core/lexicon.ts';
import { tokenize } from '../../src/core/tokenize.ts';

describe('lexicon', () => {
  it('gives one id per folded word, whatever the case or accents', () => {
    const text = 'Résumé RESUME resume Excel EXCEL excellent C++ c++ .NET .net';
    const t = tokenize(text);
    const ids = Array.from(t.ids.subarray(0, t.count));
    expect(new Set([ids[0], ids[1], ids[2]]).size).toBe(1);
    expect(wordOf(ids[0]!)).toBe('resume');
    expect(ids[3]).toBe(ids[4]);
    expect(ids[5]).not.toBe(ids[3]);
    expect(ids[6]).toBe(ids[7]);
    expect(wordOf(ids[6]!)).toBe('c++');
    expect(ids[8]).toBe(ids[9]);
    expect(wordOf(ids[8]!)).toBe('.net');
  });

  it('agrees with folding the substring, for ASCII and non-ASCII words alike', () => {
    const text = 'Straße ÉCOLE Ｅｘｃｅｌ naïve Zoë 数据 標註 mañana ABC123 x';
    const t = tokenize(text);
    for (let i = 0; i < t.count; i++) {
      const raw = text.slice(t.start[i], t.end[i]);
      expect(t.ids[i]).toBe(internWord(foldToken(raw)));
      expect(internRange(text, t.start[i]!, t.end[i]!)).toBe(t.ids[i]);
      expect(lookupWord(foldToken(raw))).toBe(t.ids[i]);
    }
  });

  it('tells apart many distinct words (no two share an id)', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const ids = words.map(internWord);
    expect(new Set(ids).size).toBe(words.length);
    words.forEach((w, i) => expect(wordOf(ids[i]!)).toBe(w));
    expect(lookupWord('never-seen-anywhere-qq')).toBe(-1);
  });

  it('tells apart long words of the same length, and finds them again from a text', () => {
    // The table keeps lengths up to 1022 in the slot; longer words are compared by their stored length.
    const a = 'q'.repeat(1500);
    const b = 'q'.repeat(1499) + 'r';
    const c = 'q'.repeat(1501);
    const ids = [a, b, c].map(internWord);
    expect(new Set(ids).size).toBe(3);
    expect(lookupWord(a)).toBe(ids[0]);
    expect(lookupWord('q'.repeat(1502))).toBe(-1);
    const text = `x ${b.toUpperCase()} y ${c}`;
    const t = tokenize(text);
    expect(t.ids[1]).toBe(ids[1]);
    expect(t.ids[3]).toBe(ids[2]);
  });

  it('drops words only postings used, and analyses come out the same afterwards', () => {
    const posting = {
      title: 'Remote AI Response Evaluator (Finance)',
      text: 'Rate chatbot answers about accounting and tax. Requirements: CPA licence, Excel, fluent English. Pay: $45 per hour. We never charge a fee. Contact us on Telegram only.',
    };
    const before = analyzePosting(posting);
    // Fill the lexicon with words nobody pinned, then recycle them away.
    for (let i = 0; i < 3000; i++) internWord(`filler${i}zz`);
    const size = lexiconSize();
    recycleIfFull(1000);
    expect(lexiconSize()).toBeLessThan(size);
    expect(lookupWord('filler10zz')).toBe(-1);
    expect(analyzePosting(posting)).toEqual(before);
  });
});
