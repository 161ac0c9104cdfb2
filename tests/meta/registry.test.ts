// The adapter registry agrees with its fixtures, its example URLs and manifest.json: every adapter
// is proven by a fixture, every fixture belongs to an adapter, every example URL is claimed by
// exactly one adapter and is a job view, and the manifest injects (and holds host permissions)
// exactly where adapters claim.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterDocs, adapterFor, adapters } from '../../content-scripts/adapters/index.ts';
import { isValidMatchPattern, matchesPattern } from '../../content-scripts/adapters/match-pattern.ts';

const FIXTURES = 'tests/fixtures/boards';
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  content_scripts: { matches: string[]; js: string[]; all_frames?: boolean }[];
  host_permissions?: string[];
};

describe('adapter registry', () => {
  it('has unique ids that equal their file names', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(`content-scripts/adapters/${id}.ts`), id).toBe(true);
  });

  it('documents every adapter, and only adapters (example URLs, layouts, notes live beside each adapter)', () => {
    expect(Object.keys(adapterDocs).sort()).toEqual(adapters.map((a) => a.id).sort());
  });

  for (const adapter of adapters) {
    const about = adapterDocs[adapter.id] ?? { exampleUrls: [], layouts: [] };
    describe(adapter.id, () => {
      it('has at least one layout, each proven by an existing fixture with an expectation', () => {
        expect(about.layouts.length).toBeGreaterThan(0);
        for (const { fixture } of about.layouts) {
          expect(fixture.startsWith(`${FIXTURES}/${adapter.id}/`), fixture).toBe(true);
          expect(existsSync(fixture), fixture).toBe(true);
          expect(existsSync(fixture.replace(/\.html$/, '.expected.json')), fixture).toBe(true);
        }
      });

      it('uses valid match patterns', () => {
        for (const pattern of adapter.matches) expect(isValidMatchPattern(pattern), pattern).toBe(true);
      });

      it('claims each example URL alone, as a job view with a job key', () => {
        if (adapter.matches.length > 0) expect(about.exampleUrls.length).toBeGreaterThan(0);
        for (const example of about.exampleUrls) {
          const url = new URL(example);
          const claimants = adapters.filter((a) => a.matches.some((p) => matchesPattern(p, url)));
          expect(claimants.map((a) => a.id), example).toEqual([adapter.id]);
          expect(adapterFor(url)?.id, example).toBe(adapter.id);
          expect(adapter.isJobView(url), example).toBe(true);
          expect(adapter.jobKey(url, document()), example).toBeTruthy();
        }
      });
    });
  }

  it('every fixture directory belongs to an adapter', () => {
    const ids = new Set(adapters.map((a) => a.id));
    for (const dir of readdirSync(FIXTURES)) expect(ids.has(dir), dir).toBe(true);
  });

  it('manifest content_scripts[0].matches equals the union of adapter matches', () => {
    const union = [...new Set(adapters.flatMap((a) => a.matches))].sort();
    const script = manifest.content_scripts[0]!;
    expect([...script.matches].sort()).toEqual(union);
    for (const pattern of script.matches) expect(isValidMatchPattern(pattern), pattern).toBe(true);
    expect(script.all_frames).toBe(true);
    expect(script.js).toEqual(['content-scripts/main.ts']);
  });

  it('manifest host_permissions equal the union of adapter matches (injecting the UI script needs them, nothing broader)', () => {
    const union = [...new Set(adapters.flatMap((a) => a.matches))].sort();
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(union);
    // One content_scripts entry: the UI script is injected on demand, never declared to run on its own.
    expect(manifest.content_scripts).toHaveLength(1);
  });

  it('no example URL of another board is a job view of an adapter that does not claim it', () => {
    // Cross-negative matrix: adapterFor routes by origin, so a foreign job URL must never reach a
    // board's isJobView with a true answer through a shared pattern.
    for (const a of adapters) {
      for (const b of adapters) {
        if (a === b) continue;
        for (const example of adapterDocs[b.id]!.exampleUrls) expect(a.matches.some((p) => matchesPattern(p, new URL(example))), `${a.id} vs ${example}`).toBe(false);
      }
    }
  });
});

describe('match patterns', () => {
  it('follow Chrome semantics', () => {
    expect(matchesPattern('https://*.indeed.com/*', new URL('https://indeed.com/viewjob?jk=1'))).toBe(true);
    expect(matchesPattern('https://*.indeed.com/*', new URL('https://uk.indeed.com/viewjob?jk=1'))).toBe(true);
    expect(matchesPattern('https://*.indeed.com/*', new URL('https://indeed.com.evil.example/'))).toBe(false);
    expect(matchesPattern('https://*.linkedin.com/jobs/*', new URL('https://de.linkedin.com/feed/'))).toBe(false);
    expect(matchesPattern('https://www.linkedin.com/*', new URL('http://www.linkedin.com/'))).toBe(false);
    expect(isValidMatchPattern('https://*.glassdoor.*/*')).toBe(false);
    expect(isValidMatchPattern('https://www.glassdoor.co.uk/*')).toBe(true);
  });
});

// Example URLs carry their job key in the URL; an empty document proves jobKey needs no DOM for them.
function document(): Document {
  return { querySelector: () => null, querySelectorAll: () => [], title: '' } as unknown as Document;
}
