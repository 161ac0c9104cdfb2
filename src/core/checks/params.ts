// Reading a check's lists from rule.params, which the schema leaves open.

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
