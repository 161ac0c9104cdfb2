import { describe, expect, it } from 'vitest';
import { detectEvaluator } from '../../src/core/evaluator.ts';
import { evaluatorSignals } from '../../src/data/evaluator-signals.ts';

const firedIds = (text: string, title?: string) => detectEvaluator(text, title ?? '').reasons.map((r) => r.id);

describe('evaluator signals (data)', () => {
  it('have unique ids and both positive and negative weights', () => {
    const ids = evaluatorSignals.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(evaluatorSignals.some((s) => s.weight < 0)).toBe(true);
    expect(evaluatorSignals.some((s) => s.weight > 0)).toBe(true);
  });
  for (const signal of evaluatorSignals) {
    describe(signal.id, () => {
      for (const example of signal.examples.positive) {
        it(`fires on: ${example}`, () => {
          const ids = signal.scope === 'title' ? firedIds('', example) : firedIds(example);
          expect(ids).toContain(signal.id);
        });
      }
      for (const example of signal.examples.negative) {
        it(`stays quiet on: ${example}`, () => {
          const ids = signal.scope === 'title' ? firedIds('', example) : firedIds(example);
          expect(ids).not.toContain(signal.id);
        });
      }
    });
  }
});
