// matchProfile on hand-built analyses, with a tiny stand-in taxonomy so each rule is visible.
import { describe, expect, it } from 'vitest';
import { customId, matchProfile, mentions, type MatchContext } from '../../src/core/match.ts';
import type { Analysis, Importance, KeywordCategory, KeywordHit } from '../../src/core/types.ts';

function hit(id: string, importance: Importance, text = id, category: KeywordCategory = 'skill'): KeywordHit {
  return { id, label: id.toUpperCase(), category, importance, evidence: [{ start: 0, end: text.length, text }] };
}

function analysis(keywords: KeywordHit[]): Analysis {
  return {
    aiEvaluator: { match: true, score: 1, reasons: [] },
    risk: { level: 'none', score: 0, reasons: [] },
    redFlags: [],
    healthySignals: [],
    keywords,
    pay: null,
  };
}

// Stand-in taxonomy: aliases resolve to ids; rn implies nursing implies healthcare.
const aliases: Record<string, string> = {
  'reinforcement learning from human feedback': 'rlhf',
  rlhf: 'rlhf',
  'registered nurse': 'rn',
  excel: 'excel',
  'microsoft excel': 'excel',
};
const ctx: MatchContext = {
  resolve: (t) => (aliases[t.toLowerCase()] ? [aliases[t.toLowerCase()]!] : []),
  implies: (id) => ({ rn: ['nursing'], nursing: ['healthcare'] })[id] ?? [],
};

describe('matchProfile', () => {
  it('puts each posting keyword in exactly one group: resume, profile only, or missing', () => {
    const result = matchProfile(
      analysis([hit('excel', 'required'), hit('sql', 'required'), hit('python', 'preferred')]),
      { keywords: ['excel', 'sql'], resumeText: 'Built models in Excel.' },
      [hit('excel', 'mentioned')],
      ctx,
    );
    expect(result.matched.map((m) => [m.id, m.source])).toEqual([
      ['excel', 'resume'],
      ['sql', 'profile'],
    ]);
    expect(result.missing.map((m) => m.id)).toEqual(['python']);
  });

  it('never reports a synonym as missing: the resume says it another way', () => {
    const result = matchProfile(
      analysis([hit('rlhf', 'required', 'reinforcement learning from human feedback')]),
      { keywords: [], resumeText: 'Rated model answers for RLHF projects.' },
      [hit('rlhf', 'mentioned', 'RLHF')],
      ctx,
    );
    expect(result.missing).toEqual([]);
    expect(result.matched[0]).toMatchObject({ id: 'rlhf', source: 'resume' });
  });

  it('never reports a synonym as missing: the profile says it in free text', () => {
    const result = matchProfile(analysis([hit('excel', 'required', 'Excel')]), { keywords: ['Microsoft Excel'] }, [], ctx);
    expect(result.missing).toEqual([]);
    expect(result.matched[0]).toMatchObject({ id: 'excel', source: 'profile' });
  });

  it('widens through implies: a registered nurse covers nursing and healthcare', () => {
    const result = matchProfile(
      analysis([hit('nursing', 'required'), hit('healthcare', 'preferred')]),
      { keywords: ['registered nurse'] },
      [],
      ctx,
    );
    expect(result.missing).toEqual([]);
    expect(result.matched.every((m) => m.source === 'profile')).toBe(true);
  });

  it('does not widen downwards: nursing does not make someone an RN', () => {
    const result = matchProfile(analysis([hit('rn', 'required')]), { keywords: ['nursing'] }, [], ctx);
    expect(result.missing.map((m) => m.id)).toEqual(['rn']);
  });

  it('implies also works from the resume side', () => {
    const result = matchProfile(analysis([hit('nursing', 'required')]), { keywords: [], resumeText: 'RN, ICU' }, [hit('rn', 'mentioned')], ctx);
    expect(result.matched[0]).toMatchObject({ id: 'nursing', source: 'resume' });
  });

  it('weighs required above preferred', () => {
    const posting = analysis([hit('a', 'required'), hit('b', 'preferred')]);
    const hasRequired = matchProfile(posting, { keywords: ['a'] }, [], ctx);
    const hasPreferred = matchProfile(posting, { keywords: ['b'] }, [], ctx);
    expect(hasRequired.score).toBe(60);
    expect(hasPreferred.score).toBe(40);
    expect(hasRequired.explanation).toMatch(/required ×3, preferred ×2/);
    expect(hasRequired.explanation).toMatch(/1 of 2 covered/);
  });

  it('merges repeated hits of one id at their strongest importance', () => {
    const result = matchProfile(analysis([hit('a', 'mentioned'), hit('a', 'required')]), { keywords: [] }, [], ctx);
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]!.importance).toBe('required');
  });

  it('scores 0 with a plain explanation when the posting has no keywords', () => {
    const result = matchProfile(analysis([]), { keywords: ['a'] }, [], ctx);
    expect(result.score).toBe(0);
    expect(result.explanation).toMatch(/No keywords/);
  });

  it('matches custom keywords and their synonyms in the posting text', () => {
    const result = matchProfile(
      analysis([]),
      { keywords: [], resumeText: 'Led financial planning and analysis.', customKeywords: [{ term: 'FP&A', synonyms: ['financial planning and analysis'] }] },
      [],
      { ...ctx, postingText: 'Experience in FP&A is a plus.' },
    );
    expect(result.matched).toEqual([{ id: customId('FP&A'), label: 'FP&A', category: 'custom', importance: 'mentioned', source: 'resume' }]);
  });

  it('uses the extractor’s custom hits (with their importance) when given', () => {
    const result = matchProfile(
      analysis([]),
      { keywords: [], customKeywords: [{ term: 'Bloomberg Terminal', synonyms: [] }] },
      [],
      { ...ctx, postingText: 'anything', postingCustomHits: [{ ...hit(customId('Bloomberg Terminal'), 'required'), category: 'custom' }] },
    );
    expect(result.matched[0]).toMatchObject({ label: 'Bloomberg Terminal', importance: 'required', source: 'profile' });
  });

  it('does not count a custom keyword twice when the taxonomy already found it', () => {
    const result = matchProfile(
      analysis([hit('excel', 'required', 'Excel')]),
      { keywords: [], customKeywords: [{ term: 'Excel', synonyms: [] }] },
      [],
      { ...ctx, postingText: 'Excel required' },
    );
    expect(result.matched).toHaveLength(1);
    expect(result.matched[0]!.id).toBe('excel');
  });

  it('treats the posting’s own wording on the resume as present even if extraction missed it', () => {
    const result = matchProfile(analysis([hit('gsheets', 'required', 'Google Sheets')]), { keywords: [], resumeText: 'Daily work in google sheets.' }, [], ctx);
    expect(result.matched[0]).toMatchObject({ source: 'resume' });
  });
});

describe('work formats', () => {
  it('are matched when the profile accepts them, and never listed as missing', () => {
    const result = matchProfile(
      analysis([hit('remote', 'preferred', 'remote', 'work-format'), hit('weekly-pay', 'mentioned', 'weekly', 'work-format'), hit('sql', 'required')]),
      { keywords: ['remote'] },
      [],
      ctx,
    );
    expect(result.matched.map((m) => m.id)).toEqual(['remote']);
    expect(result.missing.map((m) => m.id)).toEqual(['sql']);
    expect(result.score).toBe(40);
  });
});

describe('mentions', () => {
  it('matches whole words only, ignoring case and accents', () => {
    expect(mentions('Résumé review', 'resume')).toBe(true);
    expect(mentions('Excellent', 'Excel')).toBe(false);
    expect(mentions('C++ and C#', 'C++')).toBe(true);
    expect(mentions('C++ and C#', 'C')).toBe(false);
    expect(mentions('financial  planning\nand analysis', 'financial planning and analysis')).toBe(true);
  });
});
