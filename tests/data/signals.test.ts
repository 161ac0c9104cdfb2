// The red-flag and healthy-signal data: valid, unique, compiling, and every rule fires on its
// own positive examples and stays quiet on its negative ones.
import { describe, expect, it } from 'vitest';
import { healthySignalInputs, healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { parseSignalRules, redFlagInputs, redFlagRules } from '../../src/data/red-flags/index.ts';
import type { SignalRule } from '../../src/data/schema.ts';
import { CHECK_NAMES, findSignals, type SignalDocument } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { askedForCount, extractKeywords } from '../../src/core/keywords.ts';

function docFor(rule: SignalRule, sentence: string): SignalDocument {
  const inTitle = rule.scope === 'title';
  const text = inTitle ? 'A short description that says nothing in particular about the job.' : sentence;
  // What the posting asks for, as the analysis counts it (rules with maxAskedFor read it).
  return { text, tokens: tokenize(text), title: inTitle ? sentence : '', pay: null, aiEvaluator: false, askedFor: askedForCount(extractKeywords(text)) };
}

function fires(rule: SignalRule, sentence: string): boolean {
  return findSignals([rule], docFor(rule, sentence)).some((h) => h.id === rule.id);
}

const sets: [string, SignalRule[]][] = [
  ['red flag', redFlagRules],
  ['healthy signal', healthySignalRules],
];

describe('signal rule data', () => {
  it('parses both sets', () => {
    expect(redFlagRules.length).toBeGreaterThanOrEqual(25);
    expect(healthySignalRules.length).toBeGreaterThanOrEqual(8);
    expect(redFlagRules.length).toBe(redFlagInputs.length);
    expect(healthySignalRules.length).toBe(healthySignalInputs.length);
  });

  it('ids are unique across both sets', () => {
    const ids = [...redFlagRules, ...healthySignalRules].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the bad id when a rule is invalid', () => {
    expect(() => parseSignalRules([{ id: 'broken-rule', severity: 'low', title: 'x', explanation: 'short', examples: { positive: ['a'], negative: ['b'] } }], 'test')).toThrow(/broken-rule/);
    const ok = redFlagInputs[0]!;
    expect(() => parseSignalRules([ok, ok], 'test')).toThrow(/Duplicate/);
  });

  for (const [what, rules] of sets) {
    describe(what, () => {
      for (const rule of rules) {
        describe(rule.id, () => {
          it('compiles every pattern', () => {
            for (const p of [...rule.patterns, ...rule.unless]) {
              expect(() => new RegExp(p, 'giu'), p).not.toThrow();
              // A "\b" typed without String.raw becomes a backspace and the pattern silently never matches.
              expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(p), `control character in ${JSON.stringify(p)}`).toBe(false);
            }
            const ua = rule.params.unlessAnywhere;
            if (Array.isArray(ua)) for (const p of ua) expect(() => new RegExp(String(p), 'iu')).not.toThrow();
            const only = rule.params.onlyIfAnywhere;
            if (only !== undefined) {
              expect(Array.isArray(only) && only.length > 0, 'onlyIfAnywhere is a list of patterns').toBe(true);
              for (const p of only as unknown[]) expect(() => new RegExp(String(p), 'iu')).not.toThrow();
            }
          });

          it('is well formed for its kind', () => {
            if (rule.kind === 'check') expect(CHECK_NAMES).toContain(rule.check);
            if (rule.kind === 'pattern') {
              expect(rule.patterns.length).toBeGreaterThan(0);
              if (rule.scope !== 'title') expect(rule.triggers.length, 'text rules need triggers').toBeGreaterThan(0);
            }
            // Triggers are matched against single tokens, so each must be one lower-case token.
            for (const t of rule.triggers) {
              expect(t).toBe(t.toLowerCase());
              expect(tokenize(t).count, t).toBe(1);
            }
            expect(rule.explanation.length).toBeGreaterThan(80);
          });

          it('fires on its positive examples', () => {
            for (const s of rule.examples.positive) expect(fires(rule, s), s).toBe(true);
          });

          it('stays quiet on its negative examples', () => {
            for (const s of rule.examples.negative) expect(fires(rule, s), s).toBe(false);
          });

          it('has a negative example that exercises its exception or a near miss', () => {
            // A near miss shares a trigger word (or, for check rules, the subject) with the rule,
            // so the negatives test the boundary and not just unrelated text.
            if (rule.kind !== 'pattern' || rule.triggers.length === 0) return;
            const triggers = new Set(rule.triggers);
            const near = rule.examples.negative.some((s) => {
              const tk = tokenize(s);
              for (let i = 0; i < tk.count; i++) if (triggers.has(s.slice(tk.start[i], tk.end[i]).toLowerCase())) return true;
              return false;
            });
            expect(near, `${rule.id}: a negative example should contain a trigger word`).toBe(true);
            if (rule.unless.length > 0) {
              const exercised = rule.examples.negative.some((s) => rule.unless.some((u) => new RegExp(u, 'iu').test(s)));
              const anywhere = Array.isArray(rule.params.unlessAnywhere)
                ? rule.examples.negative.some((s) => (rule.params.unlessAnywhere as string[]).some((u) => new RegExp(u, 'iu').test(s)))
                : false;
              expect(exercised || anywhere, `${rule.id}: a negative example should hit an unless pattern`).toBe(true);
            }
          });
        });
      }
    });
  }
});
