// The board fixtures (written by the adapters issue) with the real URL each one models, read from
// their *.expected.json. Shared by the boards e2e test, the demo and the browser bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchesPattern } from '../../content-scripts/adapters/match-pattern.ts';

export interface BoardFixture {
  board: string;
  layout: string;
  /** Path under tests/fixtures/. */
  file: string;
  url: string;
  status: 'ok' | 'unknown-layout' | 'not-a-job-page';
  posting?: { jobKey: string; title: string | null; descriptionStart: string; descriptionLength: number };
}

const ROOT = resolve(import.meta.dirname, '../..');

export function boardFixtures(): BoardFixture[] {
  const base = resolve(ROOT, 'tests/fixtures/boards');
  const out: BoardFixture[] = [];
  for (const board of readdirSync(base).sort()) {
    for (const name of readdirSync(resolve(base, board)).sort()) {
      if (!name.endsWith('.expected.json')) continue;
      const layout = name.slice(0, -'.expected.json'.length);
      if (!existsSync(resolve(base, board, `${layout}.html`))) continue;
      const expected = JSON.parse(readFileSync(resolve(base, board, name), 'utf8')) as Omit<BoardFixture, 'board' | 'layout' | 'file'>;
      out.push({ ...expected, board, layout, file: `boards/${board}/${layout}.html` });
    }
  }
  return out;
}

/** Match patterns of the built extension's static content scripts. */
export function staticMatches(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { matches?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

export function injectedStatically(url: string, matches: string[]): boolean {
  const parsed = new URL(url);
  return matches.some((pattern) => matchesPattern(pattern, parsed));
}
