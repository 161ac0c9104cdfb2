// Fixture loading shared by the adapter tests: parse a committed HTML snapshot into a Document
// (happy-dom's DOMParser, inert: no scripts run) and summarise an extraction for comparison.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractResult } from '../../content-scripts/adapters/types.ts';
import type { Card } from '../../content-scripts/extract/index.ts';

export const FIXTURES = 'tests/fixtures/boards';

export interface Fixture {
  board: string;
  layout: string;
  htmlPath: string;
  expected: Expected;
}

export interface Expected {
  url: string;
  status: ExtractResult['status'];
  reason?: string;
  posting?: Summary;
  cards?: { jobKey: string; title: string; company: string | null }[];
}

export interface Summary {
  board: string;
  url: string;
  jobKey: string;
  title: string | null;
  company: string | null;
  location: string | null;
  payText: string | null;
  descriptionStart: string;
  descriptionEnd: string;
  descriptionLength: number;
  sectionHeadings: string[];
  via: 'json-ld' | 'dom';
}

export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES).flatMap((board) =>
    readdirSync(join(FIXTURES, board))
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const layout = f.slice(0, -'.html'.length);
        const expectedPath = join(FIXTURES, board, `${layout}.expected.json`);
        const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected) : ({} as Expected);
        return { board, layout, htmlPath: join(FIXTURES, board, f), expected };
      }),
  );
}

export function loadDocument(htmlPath: string): Document {
  return new DOMParser().parseFromString(readFileSync(htmlPath, 'utf8'), 'text/html');
}

export function summarise(result: ExtractResult, cards: Card[]): Expected & { url: string } {
  const out: Expected = { url: '', status: result.status };
  if (result.status === 'ok') {
    const p = result.posting;
    out.url = p.url;
    out.posting = {
      board: p.board,
      url: p.url,
      jobKey: p.jobKey,
      title: p.title,
      company: p.company,
      location: p.location,
      payText: p.payText,
      descriptionStart: p.description.slice(0, 60),
      descriptionEnd: p.description.slice(-60),
      descriptionLength: p.description.length,
      sectionHeadings: p.sections.map((s) => s.heading),
      via: p.via,
    };
  } else if (result.reason !== undefined) {
    out.reason = result.reason;
  }
  if (cards.length > 0) out.cards = cards.map((c) => ({ jobKey: c.jobKey, title: c.title, company: c.company }));
  return out;
}
