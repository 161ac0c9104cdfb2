import { describe, expect, it } from 'vitest';
import { keysFor, Matcher, type MatchableTerm } from '../../src/core/matcher.ts';

function find(terms: MatchableTerm[], text: string): string[] {
  const m = new Matcher(terms);
  return m.scan(keysFor(text)).map((h) => terms[h.term]!.id);
}

describe('Matcher', () => {
  const terms: MatchableTerm[] = [
    { id: 'annotation', aliases: ['data annotation', 'annotation', 'labeling'] },
    { id: 'excel', aliases: ['Microsoft Excel'], caseSensitive: ['Excel'], stem: false },
    { id: 'r', aliases: [], caseSensitive: ['R'], guards: { requireNear: ['python', 'sql', 'programming', 'statistics'], notFollowedBy: ['&'] } },
    { id: 'c', aliases: [], caseSensitive: ['C'], guards: { notFollowedBy: ['suite', 'level'], requireNear: ['programming', 'java', 'c++'] } },
    { id: 'git', aliases: ['git'], stem: false },
  ];
  it('matches multi-word aliases with inflection', () => {
    expect(find(terms, 'Annotating images and labelling text')).toEqual(['annotation', 'annotation']);
    expect(find(terms, 'Experience with data annotations')).toEqual(['annotation']);
  });
  it('tells Excel from excellent and "excel at"', () => {
    expect(find(terms, 'Advanced Excel and Microsoft Excel skills')).toEqual(['excel', 'excel']);
    expect(find(terms, 'Excellent writers who excel at detail')).toEqual([]);
  });
  it('applies guards: R needs programming context, C is not the C-suite', () => {
    expect(find(terms, 'Statistics in R or Python')).toEqual(['r']);
    expect(find(terms, 'Grade R answers for the client')).toEqual([]);
    expect(find(terms, 'Present to the C-suite weekly')).toEqual([]);
    expect(find(terms, 'Programming in C and Java')).toEqual(['c']);
  });
  it('never matches inside a word', () => {
    expect(find(terms, 'digital legitimate')).toEqual([]);
    expect(find(terms, 'Use Git daily')).toEqual(['git']);
  });
  it('reports one hit per term and place when several aliases cover it', () => {
    const m = new Matcher([{ id: 'x', aliases: ['data annotation', 'data annotations'] }]);
    expect(m.scan(keysFor('data annotation')).length).toBe(1);
  });
  it('costs the same per token whatever the number of terms (structure check)', () => {
    const many: MatchableTerm[] = Array.from({ length: 5000 }, (_, i) => ({ id: `t${i}`, aliases: [`term${i} phrase`] }));
    const m = new Matcher(many);
    expect(m.size).toBe(5000);
    expect(m.scan(keysFor('a term4999 phrase here')).map((h) => h.term)).toEqual([4999]);
  });
});

describe('Matcher stem guard', () => {
  const terms: MatchableTerm[] = [
    { id: 'medical', aliases: ['medical'] },
    { id: 'internal-audit', aliases: ['internal audit'] },
    { id: 'annotation', aliases: ['annotation'] },
    { id: 'nursing', aliases: ['nursing'] },
    { id: 'classify', aliases: ['classify', 'classifying'] },
    { id: 'ai-classifiers', aliases: ['AI classifiers'] },
  ];
  it('accepts inflections of the same word', () => {
    expect(find(terms, 'annotating, annotations; nurses and nurse')).toEqual(['annotation', 'annotation', 'nursing', 'nursing']);
    expect(find(terms, 'Internal audits')).toEqual(['internal-audit']);
  });
  it('refuses words Porter merely folds together', () => {
    expect(find(terms, 'medications')).toEqual([]);
    expect(find(terms, 'international audit')).toEqual([]);
  });
  it('keeps the -ify verb apart from its -ifier noun ("classify" is no "classifier")', () => {
    expect(find(terms, 'Classifies and classified texts')).toEqual(['classify', 'classify']);
    expect(find(terms, 'guidance for classifiers')).toEqual([]);
    expect(find(terms, 'an AI classifier')).toEqual(['ai-classifiers']);
  });
});

describe('Matcher in scripts without spaces', () => {
  it('finds a Japanese or Chinese phrase inside a longer run of text', () => {
    const terms: MatchableTerm[] = [{ id: 'annotation', aliases: ['データアノテーション', '数据标注'] }];
    expect(find(terms, 'AIの学習データを作成するデータアノテーション業務です')).toEqual(['annotation']);
    expect(find(terms, '招聘数据标注员')).toEqual(['annotation']);
    expect(find(terms, 'データ分析')).toEqual([]);
  });
});

describe('Matcher phrase boundaries', () => {
  const terms: MatchableTerm[] = [
    { id: 'business-writing', aliases: ['business writing'] },
    { id: 'node', aliases: ['Node.js'], stem: false },
    { id: 'k12', aliases: ['K-12'] },
    { id: 'ab', aliases: ['A/B testing'] },
  ];
  it('does not join words across a comma, colon or line break', () => {
    expect(find(terms, 'software, business, writing')).toEqual([]);
    expect(find(terms, 'business:\nwriting')).toEqual([]);
    expect(find(terms, 'strong business writing')).toEqual(['business-writing']);
  });
  it('joins across dots, hyphens and slashes inside a name', () => {
    expect(find(terms, 'Node.js and K-12 teaching, A/B testing')).toEqual(['node', 'k12', 'ab']);
  });
});
