// A rule pattern compiled without 'u' must match exactly as with it on every text plainText accepts.
import { describe, expect, it } from 'vitest';
import { escapeRegex } from '../../src/core/ids.ts';
import { plainRegex, plainText, regexFor, uNeutral } from '../../src/core/plain-regex.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

const rules = [...redFlagRules, ...healthySignalRules];

// A fixed pseudo-random sequence, so a failure can be replayed.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

/** Every match (index and text) of a global regex. */
function matches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('plain regexes', () => {
  it('tells texts where dropping u could change a match', () => {
    expect(plainText('Earn $500 a day — café, naïve, “quotes”, 日本語, Straße')).toBe(true);
    expect(plainText('ſome text')).toBe(false);
    expect(plainText('5 \u212Aelvin')).toBe(false);
    expect(plainText('Earn 💰 now')).toBe(false);
  });

  it('compiles only u-neutral sources', () => {
    expect(uNeutral(String.raw`\b(?:€|£)\s?\d`)).toBe(true);
    expect(uNeutral(String.raw`\p{L}+`)).toBe(false);
    expect(uNeutral(String.raw`caf\u00e9`)).toBe(false);
    expect(uNeutral('straße')).toBe(false);
    expect(plainRegex(String.raw`\bpay\b`, 'gi')?.flags).toBe('gi');
  });

  it('matches as the u regex does on plain texts, for every pattern in the rule data', () => {
    const examples = rules.flatMap((r) => [...r.examples.positive, ...r.examples.negative]);
    const extras = ['é', 'É', 'ñ', 'ß', 'ü', '’', '“', '–', '—', '\u00a0', 'ı', 'İ', 'ﬁ', 'Ω', 'σ', 'ς', 'Σ', '日', '\u2028', 'K', 's', 'S', 'k', '_', '5'];
    const next = random(11);
    const texts = examples.map((e) => {
      let t = '';
      for (const ch of e) {
        t += next() < 0.93 ? ch : extras[Math.floor(next() * extras.length)]! + (next() < 0.5 ? ch : '');
      }
      return next() < 0.5 ? t.toUpperCase() : t;
    });
    const all = [...examples, ...texts];
    expect(all.filter((text) => !plainText(text))).toEqual([]);
    // Differences are gathered and compared once: an expect per text made this test slow enough
    // to time out on a busy machine.
    const differences: string[] = [];
    let compared = 0;
    for (const rule of rules) {
      for (const source of [...rule.patterns, ...rule.unless]) {
        const plain = plainRegex(source, 'gi');
        if (!plain) continue;
        const u = new RegExp(source, 'giu');
        for (const text of all) {
          const a = matches(u, text);
          const b = matches(plain, text);
          if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${rule.id}: /${source}/ on ${JSON.stringify(text)}: ${JSON.stringify(b)} ≠ ${JSON.stringify(a)}`);
          compared += a.length;
        }
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it("gives the checks' word-list regexes the same matches (roles, lab names)", () => {
    const words = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') words.add(v.toLowerCase());
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const rule of rules) if (rule.kind === 'check') collect(rule.params);
    const alts = [...words].filter((w) => /^[\p{L}\p{N} .'-]+$/u.test(w)).sort((a, b) => b.length - a.length).map((w) => escapeRegex(w).replace(/ /gu, '\\s'));
    expect(alts.length).toBeGreaterThan(20);
    const u = new RegExp(`\\b(${alts.join('|')})(?:e?s)?\\b`, 'giu');
    const next = random(5);
    const texts = [...words].map((w) => `We hire ${next() < 0.5 ? w.toUpperCase() : w}s, café staff and ${w}-like roles; naïve ß`);
    for (const text of texts) expect(matches(regexFor(u, text), text), text).toEqual(matches(u, text));
    expect(regexFor(u, 'ſ')).toBe(u);
  });
});
