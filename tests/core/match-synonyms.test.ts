// Zero false "missing" from synonyms, on the real taxonomy: whenever the posting names a keyword
// one way and the resume or the profile names it another way, the match never calls it missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchPosting } from '../../src/core/profile-match.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import { extractKeywords } from '../../src/core/keywords.ts';
import { taxonomy } from '../../src/data/taxonomy/index.ts';
import { emptyProfile, emptyResume, profileV2Schema } from '../../src/schema/profile.ts';

const finds = (text: string, id: string) => extractKeywords(text).some((k) => k.id === id);

// Pairs (posting wording, other wording) the extractor recognises as the same id in isolation.
const pairs = taxonomy.flatMap((entry) => {
  const spellings = [entry.label, ...entry.aliases].filter((s) => s.length >= 2);
  const posting = `Required: ${spellings[0]} experience.`;
  if (!finds(posting, entry.id)) return [];
  return spellings
    .slice(1, 4)
    .map((alt) => ({ id: entry.id, postingWord: spellings[0]!, alt, resume: `I have used ${alt} for years.` }))
    .filter((p) => finds(p.resume, p.id));
});

describe('synonyms never count as missing (real taxonomy)', () => {
  it('finds enough alias pairs to mean something', () => {
    expect(pairs.length).toBeGreaterThan(200);
  });

  it('resume says it another way → on the resume, not missing', () => {
    const falseMissing: string[] = [];
    for (const p of pairs) {
      const text = `Required: ${p.postingWord} experience.`;
      const result = matchPosting(text, analyzePosting({ text }), emptyProfile(), { ...emptyResume(), text: p.resume });
      if (result.missing.some((m) => m.id === p.id)) falseMissing.push(`${p.postingWord} / ${p.alt}`);
    }
    expect(falseMissing).toEqual([]);
  });

  it('profile says it another way (free text) → in the profile, not missing', () => {
    const falseMissing: string[] = [];
    for (const p of pairs.slice(0, 400)) {
      const text = `Required: ${p.postingWord} experience.`;
      const profile = { ...emptyProfile(), tools: [p.alt] };
      const result = matchPosting(text, analyzePosting({ text }), profile, null);
      if (result.missing.some((m) => m.id === p.id)) falseMissing.push(`${p.postingWord} / ${p.alt}`);
    }
    expect(falseMissing).toEqual([]);
  });

  it('the finance fixture: resume and profile wording differ from the posting, nothing they cover is missing', () => {
    const html = readFileSync('tests/fixtures/profile/finance-evaluator.linkedin.html', 'utf8');
    const text = html.match(/show-more-less-html__markup[^>]*>([\s\S]*?)<\/div>/)![1]!.replace(/<[^>]+>/g, '\n').replace(/&amp;/g, '&');
    const profile = profileV2Schema.parse(JSON.parse(readFileSync('tests/fixtures/profile/v2-finance.json', 'utf8')));
    const resume = { ...emptyResume(), text: readFileSync('tests/fixtures/profile/resume-finance.txt', 'utf8') };
    const result = matchPosting(text, analyzePosting({ text }), profile, resume);
    const missing = result.missing.map((m) => m.id);
    for (const id of ['excel', 'sql', 'rlhf', 'chatgpt', 'finance', 'accounting', 'fact-checking', 'rubric-scoring']) expect(missing).not.toContain(id);
    expect(result.matched.find((m) => m.id === 'excel')?.source).toBe('resume');
    expect(result.matched.find((m) => m.id === 'rlhf')?.source).toBe('resume');
    expect(result.matched.find((m) => m.id === 'chatgpt')?.source).toBe('profile');
    expect(missing).toContain('python');
  });
});
