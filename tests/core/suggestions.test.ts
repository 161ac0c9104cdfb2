import { describe, expect, it } from 'vitest';
import { suggestResumeEdits, type SuggestionInput } from '../../src/core/suggestions.ts';
import type { MatchItem } from '../../src/core/types.ts';

const resume = [
  'Senior Financial Analyst, Northwind Capital (2017–2025)',
  '- Built three-statement financial models for mid-market clients and presented results to the CFO.',
  '- Reconciled monthly accounts in Excel and SQL.',
  'Consulted for Contoso Bank on budgeting.',
].join('\n');

const item = (label: string, importance: MatchItem['importance'], source?: MatchItem['source'], category: MatchItem['category'] = 'skill'): MatchItem => ({
  id: label.toLowerCase(),
  label,
  category,
  importance,
  ...(source ? { source } : {}),
});

const base: SuggestionInput = {
  profile: {
    domains: [{ label: 'Finance', years: 8 }],
    credentials: [],
    tools: ['Excel', 'SQL', 'ChatGPT'],
    evaluatorSkills: ['Fact-checking', 'Rubric scoring'],
    languages: [{ name: 'Spanish', level: 'fluent' }],
    workFormat: ['remote', 'contract', 'asynchronous'],
    hoursPerWeek: 10,
  },
  resumeText: resume,
  matched: [item('Excel', 'required', 'resume', 'tool'), item('ChatGPT', 'required', 'profile', 'tool'), item('Fact-checking', 'preferred', 'profile')],
  missing: [item('CPA', 'required', undefined, 'credential'), item('Registered Nurse', 'preferred', undefined, 'credential'), item('Python', 'preferred', undefined, 'tool')],
};

const byKind = (s: ReturnType<typeof suggestResumeEdits>, kind: string) => s.filter((x) => x.kind === kind);

describe('suggestResumeEdits', () => {
  const suggestions = suggestResumeEdits(base);
  const allText = suggestions.map((s) => `${s.title}\n${s.text}`).join('\n');

  it('offers a summary line from the user’s domain, years and confirmed skills', () => {
    const [summary] = byKind(suggestions, 'summary-line');
    expect(summary?.text).toBe('Finance professional with 8 years of finance experience, available for AI model evaluation and expert review: fact-checking and rubric scoring.');
  });

  it('queues the profile keywords the resume does not say, and only those', () => {
    expect(byKind(suggestions, 'add-keyword').map((s) => s.text)).toEqual(['ChatGPT', 'Fact-checking']);
  });

  it('leaves language levels ("Fluency") to the availability line, not the keyword queue', () => {
    const withLevel = suggestResumeEdits({ ...base, matched: [...base.matched, { id: 'fluency', label: 'Fluency', category: 'language', importance: 'required', source: 'profile' }] });
    expect(byKind(withLevel, 'add-keyword').map((s) => s.text)).toEqual(['ChatGPT', 'Fact-checking']);
    expect(byKind(withLevel, 'availability-line')[0]?.text).toContain('Spanish (fluent)');
  });

  it('gives a copyable skills line, tools line and availability line', () => {
    expect(byKind(suggestions, 'skills-line')[0]?.text).toBe('Evaluation skills: Fact-checking, Rubric scoring');
    expect(byKind(suggestions, 'tools-line')[0]?.text).toBe('Tools: Excel, ChatGPT, SQL');
    expect(byKind(suggestions, 'availability-line')[0]?.text).toBe('Availability: remote, contract and asynchronous, 10 hours per week. Languages: Spanish (fluent).');
  });

  it('rewrites an existing resume bullet with review wording from confirmed skills only', () => {
    const [bullet] = byKind(suggestions, 'bullet-rewrite');
    // The bullet sharing most with the posting (Excel) wins; the role/employer heading never does.
    expect(bullet?.text).toBe('Reconciled monthly accounts in Excel and SQL, verifying claims, figures and sources and scoring work against a rubric.');
    expect(bullet?.basedOn[0]).toMatch(/^resume line/);
  });

  it('never puts a missing credential or keyword in the user’s mouth', () => {
    for (const s of suggestions) {
      expect(s.text).not.toMatch(/CPA|Registered Nurse|Python/);
    }
  });

  it('never names an employer or client, and never lists a client as an employer', () => {
    expect(allText).not.toMatch(/Northwind|Contoso/);
  });

  it('every capitalised word it writes comes from the input', () => {
    const source = JSON.stringify(base) + ' Evaluation Availability Tools Languages Summary Skills Add Show AI';
    const words = allText.match(/\b[A-Z][A-Za-z&+#-]*\b/g) ?? [];
    for (const word of words) expect(source, word).toContain(word);
  });

  it('records what every suggestion is based on', () => {
    for (const s of suggestions) expect(s.basedOn.length).toBeGreaterThan(0);
  });

  it('says nothing it cannot back: an empty profile gets no suggestions', () => {
    const empty = suggestResumeEdits({
      profile: { domains: [], credentials: [], tools: [], evaluatorSkills: [], languages: [], workFormat: [], hoursPerWeek: null },
      resumeText: resume,
      matched: [],
      missing: base.missing,
    });
    expect(empty).toEqual([]);
  });

  it('offers no bullet rewrite without confirmed evaluator skills', () => {
    const out = suggestResumeEdits({ ...base, profile: { ...base.profile, evaluatorSkills: [] } });
    expect(byKind(out, 'bullet-rewrite')).toEqual([]);
    expect(byKind(out, 'skills-line')).toEqual([]);
  });

  it('leaves years out when the profile does not give them', () => {
    const out = suggestResumeEdits({ ...base, profile: { ...base.profile, domains: [{ label: 'Law', years: null }] } });
    expect(byKind(out, 'summary-line')[0]?.text).toMatch(/^Law professional, available/);
  });
});
