// digitReach lets the engine search some patterns only around digits: it must never claim a
// bound a real match exceeds, nor a digit a match can do without.
import { describe, expect, it } from 'vitest';
import { digitReach } from '../../src/core/digit-reach.ts';
import { findSignals, type SignalDocument } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { signalRuleSchema, type SignalRule } from '../../src/data/schema.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

function doc(text: string): SignalDocument {
  return { text, tokens: tokenize(text), title: '', pay: null, aiEvaluator: false };
}

const absence = (patterns: string[]): SignalRule =>
  signalRuleSchema.parse({
    id: 'absent',
    kind: 'absence',
    severity: 'low',
    title: 'T',
    explanation: 'An explanation long enough for the schema.',
    patterns,
    params: { minChars: 10 },
    examples: { positive: ['a'], negative: ['b'] },
  });

const fires = (patterns: string[], text: string) => findSignals([absence(patterns)], doc(text)).length === 1;

describe('digitReach', () => {
  it('bounds patterns whose every match has a digit, two units per character', () => {
    expect(digitReach(String.raw`\d`)).toBe(1);
    expect(digitReach(String.raw`(?:\$|usd\s?)\d`)).toBe(9);
    expect(digitReach(String.raw`\b(?<n>\d{1,3})\s?k\b`)).toBe(7);
    expect(digitReach(String.raw`(?:\d|no\d)x`)).toBe(7);
  });

  it('gives null where a digit is not certain, the length is unbounded or context reaches further', () => {
    for (const p of [String.raw`abc`, String.raw`\d?x`, String.raw`(?:\d|x)`, String.raw`(?:\d|one)x`, String.raw`\d{0,2}`, String.raw`\d+`, String.raw`x.*\d`, String.raw`^\d`, String.raw`\d$`, String.raw`(?<=\$)\d`, String.raw`\d(?!k)`, String.raw`(\d)\1`, String.raw`[0-9]`])
      expect(digitReach(p), p).toBeNull();
  });

  it('holds for every rule pattern on the rule examples: matches are no longer and have a digit', () => {
    const rules = [...redFlagRules, ...healthySignalRules];
    const texts = rules.flatMap((r) => [...r.examples.positive, ...r.examples.negative]);
    for (const r of rules)
      for (const p of r.patterns) {
        const reach = digitReach(p);
        if (reach === null) continue;
        const re = new RegExp(p, 'giu');
        for (const t of texts)
          for (const m of t.matchAll(re)) {
            expect(m[0].length, p).toBeLessThanOrEqual(reach);
            expect(m[0], p).toMatch(/[0-9]/);
          }
      }
  });
});

describe('absence rules searched around digits', () => {
  const filler = 'We need people to help with our projects and support our clients well. '.repeat(6);

  it('finds a match anywhere in the text, at its start and end too', () => {
    const p = [String.raw`(?:\$|usd\s?)\d`];
    expect(fires(p, filler)).toBe(true);
    expect(fires(p, `${filler}Pay is $30 an hour. ${filler}`)).toBe(false);
    expect(fires(p, `$30 an hour. ${filler}`)).toBe(false);
    expect(fires(p, `${filler}USD 5`)).toBe(false);
    expect(fires(p, `${filler}Team of 30 people, 5 days. ${filler}`)).toBe(true);
  });

  it('reads word edges as in the whole text', () => {
    const p = [String.raw`\d\s?k\b`];
    expect(fires(p, `${filler}Earn 5k a month.`)).toBe(false);
    expect(fires(p, `${filler}Lift 5kg boxes.`)).toBe(true);
    expect(fires(p, `${filler}Lift 5 kg boxes.`)).toBe(true);
    expect(fires([String.raw`\bx\d`], `${filler}Model ax5 and bx`)).toBe(true);
    expect(fires([String.raw`\bx\d`], `${filler}Model x5 and bx`)).toBe(false);
  });
});
