// Every board fixture whose site our manifest covers, loaded under its real URL: the content script
// finds the posting the adapters' expected.json describes, marks exactly the red-flag evidence, and
// stays out of pages that are not postings (sign-in walls, search tiles, changed layouts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { boardFixtures, injectedStatically, staticMatches } from './catalogue.ts';
import { currentPosting, DIST, fixture, hostState, launch, waitForHost, type Session } from './harness.ts';

const matches = staticMatches(DIST);
const fixtures = boardFixtures().filter((f) => injectedStatically(f.url, matches));
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  const byUrl = new Map(fixtures.map((f) => [f.url, fixture(f.file)]));
  await session.context.route(
    (url) => byUrl.has(url.href),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: byUrl.get(route.request().url())! }),
  );
  page = await session.page();
});

afterAll(async () => {
  await session?.close();
});

describe('board fixtures under their real URLs', () => {
  it('covers several boards', () => {
    expect(new Set(fixtures.map((f) => f.board)).size).toBeGreaterThanOrEqual(2);
  });

  for (const f of fixtures) {
    it(`${f.board}/${f.layout} (${f.status})`, async () => {
      await page.goto(f.url);
      if (f.status !== 'ok') {
        // Give the runtime time to look, then check it drew nothing and answers truthfully.
        await page.waitForTimeout(400);
        const answer = await currentPosting(session, page);
        expect(answer.posting).toBeNull();
        expect(answer.status).toBe(f.status);
        const state = await hostState(page);
        expect(Object.keys(state.highlights)).toEqual([]);
        expect(state.summary).toBeNull();
        return;
      }
      await waitForHost(page, { state: 'ready', analysedKey: f.posting!.jobKey });
      const { posting, analysis } = await currentPosting(session, page);
      expect(posting!.jobKey).toBe(f.posting!.jobKey);
      expect(posting!.description.startsWith(f.posting!.descriptionStart)).toBe(true);
      const want = analysis!.redFlags.flatMap((flag) => flag.evidence.map((e) => e.text)).sort();
      const state = await hostState(page);
      expect(Object.entries(state.highlights).filter(([k]) => k !== 'evalscout-flash').flatMap(([, v]) => v).sort()).toEqual(want);
      expect(state.summary).toContain(analysis!.aiEvaluator.match ? 'AI evaluator role' : 'Not an AI-evaluator role');
    });
  }

  it('warns about a task scam on a country site in Spanish, marking its Spanish wording', async () => {
    const es = fixtures.find((f) => f.url.startsWith('https://es.indeed.com/'));
    expect(es).toBeDefined();
    await page.goto(es!.url);
    await waitForHost(page, { state: 'ready', analysedKey: es!.posting!.jobKey });
    const { analysis } = await currentPosting(session, page);
    expect(analysis!.risk.level).toBe('high');
    expect(analysis!.redFlags.map((f) => f.id)).toEqual(expect.arrayContaining(['deposit-to-unlock-tasks', 'messaging-app-contact', 'earnings-hype']));
    const marked = Object.values((await hostState(page)).highlights).flat();
    expect(marked).toEqual(expect.arrayContaining(['Contáctanos por WhatsApp']));
    expect(marked.some((text) => text.includes('depósito'))).toBe(true);
  });

  it('logged no console errors and made no extension request', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.requests.filter((r) => r.origin === 'extension')).toEqual([]);
  });
});
