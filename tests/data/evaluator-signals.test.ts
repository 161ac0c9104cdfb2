import { describe, expect, it } from 'vitest';
import { detectEvaluator } from '../../src/core/evaluator.ts';
import { evaluatorSignals, type EvaluatorSignal } from '../../src/data/evaluator-signals/index.ts';
import { keysFor } from '../../src/core/matcher.ts';
import { compileSignals, fireSignals } from '../../src/core/pair-signals.ts';

const firedIds = (text: string, title?: string, company?: string) => detectEvaluator(text, title ?? '', undefined, undefined, company).reasons.map((r) => r.id);

/** A masking signal never shows among the reasons: whether it fires is asked of the signal alone. */
function masks(signal: EvaluatorSignal, text: string): boolean {
  return fireSignals(text, keysFor(text), compileSignals([signal], 'text'), false).size > 0;
}

/** A title example, "Title @ Employer" for signals that ask who the employer is. */
function titleIds(example: string): string[] {
  const [title, company] = example.split(' @ ');
  return firedIds('', title, company);
}

describe('evaluator signals (data)', () => {
  it('have unique ids and both positive and negative weights', () => {
    const ids = evaluatorSignals.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(evaluatorSignals.some((s) => s.weight < 0)).toBe(true);
    expect(evaluatorSignals.some((s) => s.weight > 0)).toBe(true);
  });
  it('write the employer into the examples of signals that ask for one, and need it to fire', () => {
    for (const signal of evaluatorSignals.filter((s) => s.employer !== undefined)) {
      for (const example of [...signal.examples.positive, ...signal.examples.negative]) expect(example).toContain(' @ ');
      for (const example of signal.examples.positive) expect(firedIds('', example.split(' @ ')[0])).not.toContain(signal.id);
    }
  });
  for (const signal of evaluatorSignals) {
    describe(signal.id, () => {
      for (const example of signal.examples.positive) {
        it(`fires on: ${example}`, () => {
          if (signal.masksSentence) {
            expect(masks(signal, example)).toBe(true);
            // What else fires in the sentence does not count.
            expect(detectEvaluator(example, '').reasons.filter((r) => r.weight > 0)).toEqual([]);
            return;
          }
          const ids = signal.scope === 'title' ? titleIds(example) : firedIds(example);
          expect(ids).toContain(signal.id);
        });
      }
      for (const example of signal.examples.negative) {
        it(`stays quiet on: ${example}`, () => {
          if (signal.masksSentence) return expect(masks(signal, example)).toBe(false);
          const ids = signal.scope === 'title' ? titleIds(example) : firedIds(example);
          expect(ids).not.toContain(signal.id);
        });
      }
    });
  }
});
