// The registry. Order matters only for adapterFor, and no two adapters claim the same URL
// (tests/meta/registry.test.ts). The generic JSON-LD adapter claims nothing statically: the
// runtime uses it on sites the user grants.
import { genericJsonLd } from './generic-jsonld.ts';
import { linkedin } from './linkedin.ts';
import { matchesPattern } from './match-pattern.ts';
import type { Adapter } from './types.ts';

export const adapters: Adapter[] = [linkedin, genericJsonLd];

export { genericJsonLd, linkedin };

/** The board adapter whose match patterns claim this URL, or null (then only generic-jsonld applies). */
export function adapterFor(url: URL): Adapter | null {
  return adapters.find((a) => a.matches.some((p) => matchesPattern(p, url))) ?? null;
}
