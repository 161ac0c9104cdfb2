// Reading a check's lists from rule.params, which the schema leaves open.
import type { SignalRule } from '../../data/schema.ts';

/**
 * What a check makes of its rule's params (regexes, sets, indexes), made once per rule: `build`
 * runs on a rule's first use, and a build that throws (a pattern that does not compile) gives null
 * for good, so the check stays quiet rather than failing every posting.
 */
export function perRule<T>(build: (rule: SignalRule) => T | null): (rule: SignalRule) => T | null {
  const made = new WeakMap<SignalRule, T | null>();
  return (rule) => {
    let value = made.get(rule);
    if (value === undefined) {
      try {
        value = build(rule);
      } catch {
        value = null;
      }
      made.set(rule, value);
    }
    return value;
  };
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export interface Vendor {
  name: string;
  brands: string[];
  domains: string[];
}

export function vendorsOf(v: unknown): Vendor[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => {
    if (!x || typeof x !== 'object') return [];
    const o = x as Record<string, unknown>;
    return typeof o.name === 'string' ? [{ name: o.name, brands: strings(o.brands), domains: strings(o.domains) }] : [];
  });
}
