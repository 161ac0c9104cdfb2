import { describe, expect, it } from 'vitest';
import { keysFor } from '../../src/core/matcher.ts';
import { importanceMap } from '../../src/core/sections.ts';
import { tokenize } from '../../src/core/tokenize.ts';

describe('importanceMap', () => {
  const text = [
    'Requirements:',
    'Python and SQL',
    'Nice to have:',
    'Go, and Rust (required for the infra team).',
    'Benefits',
    'Dental insurance',
    'Overview',
    'Kotlin is a plus. Java is required, Scala preferred.',
  ].join('\n');
  const tokens = tokenize(text);
  const doc = keysFor(text, tokens);
  const map = importanceMap(text, doc);
  const token = (word: string) => {
    for (let k = 0; k < tokens.count; k++) if (text.slice(tokens.start[k], tokens.end[k]) === word) return k;
    throw new Error(word);
  };

  it('reads each line under its heading, and each sentence by its cue', () => {
    expect(map.at(token('Python'))).toBe('required');
    expect(map.at(token('Go'))).toBe('preferred');
    // A cue in a parenthesis with other words speaks for those words only.
    expect(map.at(token('infra'))).toBe('required');
    expect(map.at(token('Dental'))).toBe('mentioned');
    expect(map.inBenefits(token('Dental'))).toBe(true);
    expect(map.inBenefits(token('Python'))).toBe(false);
    expect(map.at(token('Kotlin'))).toBe('preferred');
    // 'preferred' in the sentence wins over 'required'.
    expect(map.at(token('Java'))).toBe('preferred');
  });
});
