// Term guards: the checks a hit must pass besides its own words.
import { describe, expect, it } from 'vitest';
import { compileGuard, passes } from '../../src/core/term-guards.ts';
import { releaseTokens, tokenize } from '../../src/core/tokenize.ts';

/** Does the hit on `word` (its first occurrence in `text`) pass the guard? */
function passesAt(text: string, word: string, guard: Parameters<typeof compileGuard>[0]): boolean {
  const tokens = tokenize(text);
  let at = -1;
  for (let i = 0; i < tokens.count && at < 0; i++) if (text.slice(tokens.start[i], tokens.end[i]).toLowerCase() === word) at = i;
  const ok = passes(compileGuard(guard, false), tokens, at, at);
  releaseTokens(tokens);
  return ok;
}

describe('notPrecededBy', () => {
  it('drops a hit right after one of its words', () => {
    expect(passesAt('We pay the bonus weekly.', 'bonus', { notPrecededBy: ['the'] })).toBe(false);
    expect(passesAt('We pay a bonus weekly.', 'bonus', { notPrecededBy: ['the'] })).toBe(true);
  });
  it('drops a hit right after one of its phrases of several words, and only after the whole phrase', () => {
    const guard = { notPrecededBy: ['how to'] };
    expect(passesAt('Train our teams on how to write prompts.', 'write', guard)).toBe(false);
    expect(passesAt('You will be asked to write prompts.', 'write', guard)).toBe(true);
    expect(passesAt('Write prompts and grade how well the model answers.', 'grade', guard)).toBe(true);
    expect(passesAt('How to write prompts', 'write', guard)).toBe(false);
  });
});
