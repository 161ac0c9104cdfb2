import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/keywords.ts';
import { taskPairs } from '../../src/data/task-pairs.ts';
import { taxonomy } from '../../src/data/taxonomy/index.ts';

const ids = (text: string) => extractKeywords(text).map((k) => k.id);

describe('task pairs (data)', () => {
  it('name taxonomy terms and have unique ids', () => {
    const terms = new Set(taxonomy.map((t) => t.id));
    for (const p of taskPairs) expect(terms.has(p.keyword), p.id).toBe(true);
    expect(new Set(taskPairs.map((p) => p.id)).size).toBe(taskPairs.length);
  });
  for (const pair of taskPairs) {
    describe(pair.id, () => {
      for (const example of pair.examples.positive) {
        it(`finds ${pair.keyword} in: ${example}`, () => expect(ids(example)).toContain(pair.keyword));
      }
      for (const example of pair.examples.negative) {
        it(`finds no ${pair.keyword} in: ${example}`, () => expect(ids(example)).not.toContain(pair.keyword));
      }
    });
  }
  it('gives the evidence offsets into the text, in text order', () => {
    const text = 'Requirements\n- Evaluate nuanced and ambiguous AI responses.\n- Model evaluation experience.';
    const kw = extractKeywords(text).find((k) => k.id === 'model-evaluation')!;
    expect(kw.importance).toBe('required');
    for (const e of kw.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(kw.evidence.map((e) => e.start)).toEqual([...kw.evidence.map((e) => e.start)].sort((a, b) => a - b));
  });
});
