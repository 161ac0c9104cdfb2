// The registry. Order matters only for adapterFor, and no two adapters claim the same URL
// (tests/meta/registry.test.ts). The generic JSON-LD adapter claims nothing statically: the
// runtime uses it on sites the user grants.
import { about as ashbyAbout, ashby } from './ashby.ts';
import { about as genericJsonLdAbout, genericJsonLd } from './generic-jsonld.ts';
import { about as glassdoorAbout, glassdoor } from './glassdoor.ts';
import { about as greenhouseAbout, greenhouse } from './greenhouse.ts';
import { about as indeedAbout, indeed } from './indeed.ts';
import { about as leverAbout, lever } from './lever.ts';
import { about as linkedinAbout, linkedin } from './linkedin.ts';
import { matchesPattern } from './match-pattern.ts';
import type { Adapter, AdapterAbout } from './types.ts';
import { about as upworkAbout, upwork } from './upwork.ts';
import { about as wellfoundAbout, wellfound } from './wellfound.ts';
import { about as workableAbout, workable } from './workable.ts';
import { about as ziprecruiterAbout, ziprecruiter } from './ziprecruiter.ts';

export const adapters: Adapter[] = [linkedin, upwork, indeed, glassdoor, ziprecruiter, wellfound, greenhouse, lever, ashby, workable, genericJsonLd];

/** Example URLs, layouts and notes per adapter id: for tests and docs only (the runtime never reads it). */
export const adapterDocs: Record<string, AdapterAbout> = {
  linkedin: linkedinAbout,
  upwork: upworkAbout,
  indeed: indeedAbout,
  glassdoor: glassdoorAbout,
  ziprecruiter: ziprecruiterAbout,
  wellfound: wellfoundAbout,
  greenhouse: greenhouseAbout,
  lever: leverAbout,
  ashby: ashbyAbout,
  workable: workableAbout,
  'generic-jsonld': genericJsonLdAbout,
};

export { ashby, genericJsonLd, glassdoor, greenhouse, indeed, lever, linkedin, upwork, wellfound, workable, ziprecruiter };

/** The board adapter whose match patterns claim this URL, or null (then only generic-jsonld applies). */
export function adapterFor(url: URL): Adapter | null {
  return adapters.find((a) => a.matches.some((p) => matchesPattern(p, url))) ?? null;
}
