// Benefits named inside a sentence: the check a hit gets, including the word prefilter that turns
// away windows with no benefit word before the regex runs.
import { describe, expect, it } from 'vitest';
import { benefitCheck } from '../../src/core/benefit-mentions.ts';
import { keysFor } from '../../src/core/matcher.ts';

/** The check for the hit on the first occurrence of `word` in `text`. */
function named(text: string, word: string): boolean {
  const keys = keysFor(text);
  const start = text.indexOf(word);
  let first = 0;
  while (keys.tokens.start[first]! < start) first++;
  return benefitCheck(text, keys)(first, start, start + word.length);
}

describe('benefitCheck', () => {
  it('finds a hit among benefits, in any case', () => {
    expect(named('Generous PTO, a Python course and dental, vision coverage.', 'Python')).toBe(true);
    expect(named('we offer pto and a python course', 'python')).toBe(true);
    expect(named('Two company-wide Mental Health Days Off a year', 'Mental')).toBe(true);
  });
  it('finds none where no benefit is named, or where one is asked for', () => {
    expect(named('We use Python daily.', 'Python')).toBe(false);
    expect(named('Experience with 401(k) plans and Python.', 'Python')).toBe(false);
  });
  it('reads a benefit word glued to other letters as the regex does', () => {
    // \b holds between "PTO" and "é": the regex finds it, so the prefilter must let it through.
    expect(named('Team PTOé with Python', 'Python')).toBe(true);
    expect(named('The ptolemy project in Python', 'Python')).toBe(false);
  });
  it('reads only as far as the reach either side of the hit', () => {
    expect(named(`PTO${' '.repeat(87)}Python`, 'Python')).toBe(true);
    expect(named(`PTO${' '.repeat(88)}Python`, 'Python')).toBe(false);
    expect(named(`Python${' '.repeat(87)}PTO`, 'Python')).toBe(true);
    expect(named(`Python${' '.repeat(88)}PTO`, 'Python')).toBe(false);
  });
  it('judges each hit of a sentence by its own window', () => {
    const text = `Python and SQL${' '.repeat(100)}and Excel, with generous PTO`;
    const keys = keysFor(text);
    const check = benefitCheck(text, keys);
    const hit = (word: string) => {
      const start = text.indexOf(word);
      return check(keys.tokens.start.indexOf(start), start, start + word.length);
    };
    expect(hit('Python')).toBe(false);
    expect(hit('Excel')).toBe(true);
    expect(hit('SQL')).toBe(false);
  });
  it('finds the benefit word nearest a hit among many in one long sentence', () => {
    const gap = ' x'.repeat(100);
    const text = `PTO${gap} Python${gap} PTO${gap} PTO SQL${gap} Excel`;
    expect(named(text, 'Python')).toBe(false);
    expect(named(text, 'SQL')).toBe(true);
    expect(named(text, 'Excel')).toBe(false);
  });
  it('stays within the hit sentence', () => {
    expect(named('We offer PTO. Python is required', 'Python')).toBe(false);
  });
});
