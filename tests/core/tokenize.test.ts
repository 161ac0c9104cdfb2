import { describe, expect, it } from 'vitest';
import { internWord } from '../../src/core/lexicon.ts';
import { foldToken, releaseTokens, tokenize } from '../../src/core/tokenize.ts';

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe('tokenize', () => {
  it('splits on punctuation and keeps offsets into the original text', () => {
    const text = 'Rate AI-generated answers, fast.';
    const t = tokenize(text);
    expect(words(text)).toEqual(['Rate', 'AI', 'generated', 'answers', 'fast']);
    expect(text.slice(t.start[3], t.end[3])).toBe('answers');
  });
  it('keeps C++, C#, F# and .NET whole, but not a sentence-final dot', () => {
    expect(words('C++, C# and F# on .NET. Node.js too')).toEqual(['C++', 'C#', 'and', 'F#', 'on', '.NET', 'Node', 'js', 'too']);
  });
  it('gives a word the dot glued to its front only after a non-word character', () => {
    expect(words('.NET core')).toEqual(['.NET', 'core']);
    expect(words('ASP.NET, C#.NET, F#..NET and (.NET)')).toEqual(['ASP', 'NET', 'C#', '.NET', 'F#', '.NET', 'and', '.NET']);
    expect(words('の.NET 𝐁.NET x .5')).toEqual(['の', 'NET', '𝐁', 'NET', 'x', '.5']);
  });
  it('numbers sentences and lines', () => {
    const t = tokenize('One two. Three\nFour; five');
    expect(Array.from(t.sentence.slice(0, t.count))).toEqual([0, 0, 1, 2, 3]);
    expect(Array.from(t.line.slice(0, t.count))).toEqual([0, 0, 0, 1, 1]);
  });
  it('handles non-Latin scripts and astral characters; Chinese and Japanese characters are tokens of their own', () => {
    expect(words('𝐁old café Ελληνικά')).toEqual(['𝐁old', 'café', 'Ελληνικά']);
    expect(words('AIの学習データ')).toEqual(['AI', 'の', '学', '習', 'デ', 'ー', 'タ']);
  });
  it('joins a phrase across the narrow and thin no-break spaces that typesetting leaves in pages', () => {
    const t = tokenize('explain complex\u202fconcepts and machine\u2009learning, then stop');
    expect(Array.from(t.joined.slice(0, t.count))).toEqual([0, 1, 1, 1, 1, 1, 0, 1]);
  });
  it('keeps the period of "Rs.", "No." or "approx." before a figure inside the sentence', () => {
    const text = "We will pay you Rs. 25,000. No. 5 is approx. 20 hours. Pay is Rs.\n500 on time. Go. 5 more.";
    const t = tokenize(text);
    const sentenceOf = (word: string) => t.sentence[Array.from({ length: t.count }, (_, k) => k).find((k) => text.slice(t.start[k], t.end[k]) === word)!]!;
    expect(sentenceOf('25')).toBe(sentenceOf('We'));
    expect(sentenceOf('5')).toBe(sentenceOf('No'));
    expect(sentenceOf('20')).toBe(sentenceOf('No'));
    expect(sentenceOf('No')).toBe(sentenceOf('We') + 1);
    // A line break still ends the sentence, and so does a period after any other word.
    expect(sentenceOf('500')).toBe(sentenceOf('Pay') + 1);
    expect(sentenceOf('more')).toBe(sentenceOf('Go') + 1);
  });
  it('keeps "Dr." or "Prof." before a name inside the sentence', () => {
    const text = 'Contact Dr. Reyes or Prof. Lee today. Then apply.';
    const t = tokenize(text);
    const words = Array.from({ length: t.count }, (_, k) => [text.slice(t.start[k], t.end[k]), t.sentence[k]] as const);
    expect(words.filter(([, s]) => s === 0).map(([w]) => w)).toEqual(['Contact', 'Dr', 'Reyes', 'or', 'Prof', 'Lee', 'today']);
    expect(words.find(([w]) => w === 'Then')![1]).toBe(1);
  });
  it('ends a sentence at a period followed by a narrow no-break space', () => {
    const t = tokenize('Rate answers.\u202fWrite prompts');
    expect(Array.from(t.sentence.slice(0, t.count))).toEqual([0, 0, 1, 1]);
  });
  it('splits words glued by a lost line break, and ends the sentence there', () => {
    const text = 'Immediate onboardingRole ResponsibilitiesReview and compare answers.Evaluate tone';
    expect(words(text)).toEqual(['Immediate', 'onboarding', 'Role', 'Responsibilities', 'Review', 'and', 'compare', 'answers', 'Evaluate', 'tone']);
    const t = tokenize(text);
    expect(Array.from(t.sentence.slice(0, t.count))).toEqual([0, 0, 1, 1, 2, 2, 2, 2, 3, 3]);
    // A word split at a glue point stays joined to its head; a stop without a space breaks the phrase.
    expect(Array.from(t.joined.slice(0, t.count))).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 0, 1]);
  });
  it('keeps a handle whole, and its sentence with it', () => {
    const t = tokenize('Search @jarvisRobert11 on Telegram');
    expect(words('Search @jarvisRobert11 on Telegram')).toEqual(['Search', 'jarvisRobert11', 'on', 'Telegram']);
    expect(Array.from(t.sentence.slice(0, t.count))).toEqual([0, 0, 0, 0]);
    // A hashtag's words still split: "#EnvironmentalScience" names environmental science.
    expect(words('#EnvironmentalScience')).toEqual(['Environmental', 'Science']);
  });
  it('ends a sentence at a bullet or a check mark, as at a line break', () => {
    const t = tokenize('Remote · Full-time ✔ Rate answers ◦ Write prompts');
    expect(Array.from(t.sentence.slice(0, t.count))).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
  it('keeps brand names and single-letter prefixes whole', () => {
    for (const brand of ['JavaScript', 'PowerPoint', 'LinkedIn', 'PracticePanther', 'SurveyMonkey', 'eClinicalWorks', 'ProWritingAid', 'iPhone', 'macOS', 'Node.js', 'e.g.Example', 'U.S.Army']) {
      expect(words(brand).length, brand).toBe(brand.includes('.') ? words(brand.replace(/\./g, ' ')).length : 1);
    }
    expect(tokenize('e.g.Example').sentence[1]).toBe(0);
  });
  it('reuses a released buffer without leaking the old text into the new tokens', () => {
    const first = tokenize('alpha beta-gamma delta, epsilon zeta eta theta');
    releaseTokens(first);
    expect(first.count).toBe(0);
    const second = tokenize('one two');
    expect(second.start).toBe(first.start);
    expect(words('one two')).toEqual(['one', 'two']);
    expect(Array.from(second.joined.slice(0, second.count))).toEqual([0, 1]);
    expect(Array.from(second.sentence.slice(0, second.count))).toEqual([0, 0]);
    // Released twice, or released while in use elsewhere: the buffer is handed out once.
    releaseTokens(second);
    releaseTokens(second);
    const third = tokenize('x y');
    const fourth = tokenize('z w');
    expect(third.start).not.toBe(fourth.start);
  });
  it('steps over the joiner after a word without losing what follows it', () => {
    // The joiner that ends a word is skipped where the word is read; each case here ends a word with one.
    const text = "big-data AI/ML & R&D x's C++ and C# e  f\\-g end-";
    expect(words(text)).toEqual(['big', 'data', 'AI', 'ML', 'R', 'D', 'x', 's', 'C++', 'and', 'C#', 'e', 'f', 'g', 'end']);
    const t = tokenize(text);
    expect(Array.from(t.joined.slice(0, t.count))).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // A word and a joiner at the very end, a lone word, a lone joiner, nothing.
    expect(words('a-')).toEqual(['a']);
    expect(words('q')).toEqual(['q']);
    expect(words(' ')).toEqual([]);
    expect(words('')).toEqual([]);
    // A joiner before a Chinese character's neighbour, and a sentence stop after a joiner.
    expect(words('数 据 x ;y')).toEqual(['数', '据', 'x', 'y']);
    expect(Array.from(tokenize('a b ; c').sentence.slice(0, 3))).toEqual([0, 0, 1]);
  });
  it('gives mixed-case, capitalised and digit-holding words the ids of their folded forms', () => {
    const text = 'iPhone ABC123 mIxEd x9Y Zz 7up ÉCOLE a';
    const t = tokenize(text);
    expect(t.count).toBe(8);
    for (let i = 0; i < t.count; i++) expect(t.ids[i], text.slice(t.start[i], t.end[i])).toBe(internWord(foldToken(text.slice(t.start[i], t.end[i]))));
    expect(t.digits).toEqual([1, 3, 5]);
  });
  it('folds case, accents and width', () => {
    expect(foldToken('Résumé')).toBe('resume');
    expect(foldToken('ＥＸＣＥＬ')).toBe('excel');
  });
  it('is bounded on a megabyte of hostile input', () => {
    const hostile = '.'.repeat(300_000) + 'a'.repeat(300_000) + '#+'.repeat(200_000);
    const t = tokenize(hostile);
    expect(t.count).toBeGreaterThan(0);
    // Many capitals deep inside one long word: each must cost a constant, not a walk back to the word's start
    // (that walk took half a minute here, far past the test's time limit).
    const humps = 'a'.repeat(400_000) + 'BB' + 'aBa'.repeat(200_000);
    expect(tokenize(humps).count).toBe(1);
  });
});
