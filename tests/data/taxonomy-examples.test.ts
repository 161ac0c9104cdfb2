// Every taxonomy entry's own examples, run through the real keyword extractor: a positive must
// yield the entry, a negative must not.
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/keywords.ts';
import { taxonomy } from '../../src/data/taxonomy/index.ts';

const ids = (text: string) => extractKeywords(text).map((k) => k.id);

describe('taxonomy examples', () => {
  for (const category of [...new Set(taxonomy.map((e) => e.category))]) {
    it(`${category}: positives match, negatives do not`, () => {
      const failures: string[] = [];
      for (const entry of taxonomy.filter((e) => e.category === category)) {
        for (const text of entry.examples.positive) {
          if (!ids(text).includes(entry.id)) failures.push(`${entry.id} missed in: ${text}`);
        }
        for (const text of entry.examples.negative) {
          if (ids(text).includes(entry.id)) failures.push(`${entry.id} wrongly found in: ${text}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
