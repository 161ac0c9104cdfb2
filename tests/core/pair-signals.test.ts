// Pair signals: a verb-like and an object-like term close together in one sentence. fireSignals
// must pair exactly as a plain reading of each sentence does.
import { describe, expect, it } from 'vitest';
import { keysFor, type TermHit } from '../../src/core/matcher.ts';
import { compileSignals, fireSignals, type CompiledSignals } from '../../src/core/pair-signals.ts';
import { evaluatorSignals } from '../../src/data/evaluator-signals/index.ts';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

/** Per signal, [first, last] token of each pair found, reading every sentence for every signal in it. */
function reference(c: CompiledSignals, hits: readonly TermHit[], sentence: Int32Array, ids: Int32Array): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const pending = hits.filter((h) => c.roleOf[h.term] !== 0);
  for (let a = 0; a < pending.length; ) {
    let b = a;
    while (b < pending.length && sentence[pending[b]!.firstToken] === sentence[pending[a]!.firstToken]) b++;
    const run = pending.slice(a, b);
    const seen = new Set<number>();
    for (const h of run) {
      const signal = c.signalOf[h.term]!;
      if (seen.has(signal)) continue;
      seen.add(signal);
      const def = c.defs[signal]!;
      const mine = run.filter((x) => c.signalOf[x.term] === signal);
      if (def.context.length > 0 && !mine.some((x) => c.roleOf[x.term] === 3)) continue;
      const pair = mine
        .filter((l) => c.roleOf[l.term] === 1)
        .flatMap((l) => mine.filter((r) => c.roleOf[r.term] === 2).map((r) => [l, r] as const))
        .find(
          ([l, r]) =>
            (r.firstToken > l.lastToken ? r.firstToken - l.lastToken : l.firstToken - r.lastToken) <= def.window &&
            !(r.firstToken === l.firstToken && r.lastToken === l.lastToken) &&
            // Object first, with one of the signal's "unless" words between: no pair.
            !(r.lastToken < l.firstToken && Array.from(ids.slice(r.lastToken + 1, l.firstToken)).some((id) => c.objectFirstUnless[signal]?.includes(id))),
        );
      if (pair) {
        const [l, r] = pair;
        const list = out.get(signal) ?? [];
        list.push([Math.min(l.firstToken, r.firstToken), Math.max(l.lastToken, r.lastToken)]);
        out.set(signal, list);
      }
    }
    a = b;
  }
  return out;
}

describe('fireSignals', () => {
  it('pairs as a plain reading of each sentence does', () => {
    const c = compileSignals(evaluatorSignals, 'text');
    const terms = evaluatorSignals.filter((s) => s.kind === 'pair' && s.scope === 'text').flatMap((s) => [...s.left, ...s.right, ...s.context]);
    const filler = ['the', 'and', 'of', 'our', 'team', 'daily', 'to', '.', '\n', ',', 'you will', 'with'];
    const next = random(3);
    let pairs = 0;
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = 5 + Math.floor(next() * 40);
      for (let k = 0; k < n; k++) text += (next() < 0.5 ? terms[Math.floor(next() * terms.length)] : filler[Math.floor(next() * filler.length)]) + ' ';
      const keys = keysFor(text);
      const fired = fireSignals(text, keys, c, false);
      const expected = reference(c, c.matcher.scan(keys), keys.tokens.sentence, keys.tokens.ids);
      for (const [signal, list] of expected) {
        const f = fired.get(signal);
        const phrase = f ? f.count - list.length : 0;
        expect(phrase, text).toBe(0);
        expect(f!.firstTokens, text).toEqual(list.slice(0, 3).map((p) => p[0]));
        pairs += list.length;
      }
      for (const signal of fired.keys()) expect(expected.has(signal) || c.defs[signal]!.kind === 'phrase', text).toBe(true);
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
