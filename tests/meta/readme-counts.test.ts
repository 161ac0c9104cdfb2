// The README states how much knowledge the core holds; these counts go stale silently when rules
// are added, so the test reads them off the README and compares them with the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluatorSignals } from '../../src/data/evaluator-signals/index.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';
import { taxonomy } from '../../src/data/taxonomy/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

function stated(pattern: RegExp): number {
  const m = pattern.exec(readme);
  if (!m) throw new Error(`README does not say ${pattern}`);
  return Number(m[1]);
}

describe('README counts', () => {
  it('states the taxonomy, red-flag, healthy-signal and evaluator-signal counts the data has', () => {
    expect(stated(/taxonomy\/\s+(\d+) terms/)).toBe(taxonomy.length);
    expect(stated(/red-flags\/\s+(\d+) rules/)).toBe(redFlagRules.length);
    expect(stated(/healthy-signals\/\s+(\d+) rules/)).toBe(healthySignalRules.length);
    expect(stated(/evaluator-signals\/\s+(\d+) signals/)).toBe(evaluatorSignals.length);
  });
});
