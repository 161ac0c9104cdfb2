// The registry. Order matters only for adapterFor, and no two adapters claim the same URL
// (tests/meta/registry.test.ts). The generic JSON-LD adapter claims nothing statically: the
// runtime uses it on sites the user grants.
import { ashby } from './ashby.ts';
import { genericJsonLd } from './generic-jsonld.ts';
import { glassdoor } from './glassdoor.ts';
import { greenhouse } from './greenhouse.ts';
import { indeed } from './indeed.ts';
import { lever } from './lever.ts';
import { linkedin } from './linkedin.ts';
import { matchesPattern } from './match-pattern.ts';
import type { Adapter } from './types.ts';
import { upwork } from './upwork.ts';
import { wellfound } from './wellfound.ts';
import { workable } from './workable.ts';
import { ziprecruiter } from './ziprecruiter.ts';

export const adapters: Adapter[] = [linkedin, upwork, indeed, glassdoor, ziprecruiter, wellfound, greenhouse, lever, ashby, workable, genericJsonLd];

export { ashby, genericJsonLd, glassdoor, greenhouse, indeed, lever, linkedin, upwork, wellfound, workable, ziprecruiter };

/** The board adapter whose match patterns claim this URL, or null (then only generic-jsonld applies). */
export function adapterFor(url: URL): Adapter | null {
  return adapters.find((a) => a.matches.some((p) => matchesPattern(p, url))) ?? null;
}
