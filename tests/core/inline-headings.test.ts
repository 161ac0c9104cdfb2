import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/keywords.ts';
import { inlineHeadings } from '../../src/core/inline-headings.ts';
import { tokenize } from '../../src/core/tokenize.ts';

const headingsOf = (line: string) => inlineHeadings(line, 0, line.length, (h) => h).map((h) => line.slice(h.start, h.end));

describe('inline headings in flattened text', () => {
  it('finds bold, colon and glued headings where a stretch begins', () => {
    expect(headingsOf('Build tools. **Minimum Qualifications** + Python **Preferred Qualifications** + Go')).toEqual(['**Minimum Qualifications**', '**Preferred Qualifications**']);
    expect(headingsOf('We rate answers. Requirements: Python')).toEqual(['Requirements:']);
    expect(headingsOf('…risk frameworks.About Charles RiverCharles River is a research company.')).toContain('About Charles River');
  });

  it('finds a heading flattened with spaces only by its first word, a sentence start before it and an item after it', () => {
    const classify = (h: string) => (/^(?:preferred|qualifications|requirements)/i.test(h) ? h : undefined);
    const line = 'You fix fraud rings. Qualifications Must-Have Bachelor\'s degree and SQL. Preferred Qualifications Minimum 2 years in finance. The requirements include SQL.';
    // Where the caller's word index has the first words: here, found by hand.
    const starts = [...line.matchAll(/\b(?:Qualifications|Preferred|requirements)\b/g)].map((m) => m.index!);
    expect(inlineHeadings(line, 0, line.length, classify, starts).map((h) => line.slice(h.start, h.end))).toEqual(['Qualifications Must-Have', 'Preferred Qualifications Minimum']);
  });

  it('finds the same glued headings from the tokenizer\'s humps as by reading the line', () => {
    const classify = (h: string) => (/^(?:about|requirements|benefits|qualifications)\b/i.test(h) ? h : undefined);
    const lines = [
      '…risk frameworks.About Charles RiverCharles River is a research company. Use the iPhone app.',
      'Rate answers daily.RequirementsBachelor\'s degree in any field, fluent English.BenefitsWeekly pay',
      'Ça va.ÀpropósQualificationsÉtudes supérieures, ßBenefitsÞe and JavaScript',
      // "×" and "÷" are no word characters, but the regex takes them for a capital and a small letter.
      'A 2×Requirements list. Rate answers÷Benefits Weekly pay, aBout, a×÷×÷Z',
    ];
    for (const line of lines) {
      const t = tokenize(line);
      expect(t.humps ?? [], line).toEqual([...line.matchAll(/(?<=[a-z\u00df-\u00ff])[A-Z\u00c0-\u00de]/g)].map((m) => m.index));
      const spans = (humps?: readonly number[] | null) => inlineHeadings(line, 0, line.length, classify, [], humps).map((h) => line.slice(h.start, h.end));
      expect(spans(t.humps)).toEqual(spans());
    }
    expect(tokenize('Rate answers.RequirementsBachelor\'s, aBout').humps).toHaveLength(2);
    expect(tokenize('plain words only').humps).toBeNull();
  });

  it('does not take a capitalised word inside a sentence for a heading', () => {
    expect(headingsOf('you will report to the Head of Quality: a former rater')).toEqual([]);
  });

  it('keeps a "preferred" cue on one item of a long flattened list to that item', () => {
    const filler = 'You will review model answers against a rubric and write short notes on each one, every week, from home, with a small team.';
    const items = "Requirements: Bachelor's degree in any field, strong written English, experience with spreadsheets and shared documents, comfortable with remote asynchronous work across time zones, a reliable internet connection and a quiet place to work, patience with long and repetitive review tasks, care for detail in every single answer you read, and Python is a plus";
    const found = new Map(extractKeywords(`${filler} ${items}. We pay weekly.`).map((k) => [k.id, k]));
    expect(found.get('bachelors-degree')?.importance).toBe('required');
    expect(found.get('python')?.importance).toBe('preferred');
  });

  it('gives each section of a one-line posting its own importance, and a cue word inside a heading names only that heading', () => {
    const filler = 'You will review model answers against a rubric and write short notes on each one, every week, from home, with a small team of other reviewers.';
    const text = `${filler} **Minimum Qualifications** + Bachelor's degree + Python **Preferred Qualifications** + Experience with SQL **About Acme** Acme serves banking clients.`;
    const found = new Map(extractKeywords(text).map((k) => [k.id, k]));
    expect(found.get('python')?.importance).toBe('required');
    expect(found.get('bachelors-degree')?.importance).toBe('required');
    expect(found.get('sql')?.importance).toBe('preferred');
    expect(found.has('banking')).toBe(false);
  });
});
