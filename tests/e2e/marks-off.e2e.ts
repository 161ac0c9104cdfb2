// The per-site switch (settings.inlineMarks[hostname] = false): no marks, summary or card markers
// in the page, while the popup still gets the posting and the badge still counts. Turning it back
// on redraws without a reload. Also: card markers sit over their cards when marks are on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, currentPosting, hostState, launch, waitForHost, type Session } from './harness.ts';

const URL1 = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4100000001&keywords=ai%20rater';
let session: Session;
let page: Page;

const setMarks = (on: boolean) =>
  session.sw.evaluate((value) => chrome.storage.local.set({ settings: { inlineMarks: { 'www.linkedin.com': value } } }), on);

async function markerBoxes(p: Page) {
  return p.evaluate(() => {
    const host = document.querySelector('evalscout-ui');
    return Array.from(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-card]') ?? []).map((marker) => {
      const card = document.querySelector(`[componentkey="job-card-component-ref-${marker.dataset.card}"]`)!;
      const m = marker.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      return { key: marker.dataset.card, text: marker.textContent, inside: m.top >= c.top && m.bottom <= c.bottom + 1 && m.left >= c.left && m.right <= c.right + 1 };
    });
  });
}

beforeAll(async () => {
  session = await launch();
  await session.serve('https://www.linkedin.com/jobs/**', { file: 'e2e/linkedin-switch.html' });
  page = await session.page();
});

afterAll(async () => {
  await session?.close();
});

describe('inline marks switched off for a site', () => {
  it('draws card markers over the cards when marks are on', async () => {
    await page.goto(URL1);
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    await expect.poll(async () => (await markerBoxes(page)).length).toBeGreaterThan(0);
    for (const box of await markerBoxes(page)) expect(box.inside, `marker ${box.key}`).toBe(true);
    // Markers follow the list when it scrolls inside its own container.
    await page.setViewportSize({ width: 1280, height: 260 });
    await page.evaluate(() => document.querySelector('[componentkey="SearchResultsMainContent"]')!.scrollBy(0, 60));
    await page.waitForTimeout(100);
    for (const box of await markerBoxes(page)) expect(box.inside, `marker ${box.key} after scroll`).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows nothing in the page but still answers the popup and sets the badge', async () => {
    await setMarks(false);
    await page.goto(URL1);
    await waitForHost(page, { state: 'off', analysedKey: '4100000001' });
    const state = await hostState(page);
    expect(Object.keys(state.highlights)).toEqual([]);
    expect(state.summary).toBeNull();
    expect(state.debug.markers).toBe(0);
    expect(await page.evaluate(() => document.querySelector('evalscout-ui')!.shadowRoot!.querySelectorAll('[data-card]').length)).toBe(0);
    const { status, analysis } = await currentPosting(session, page);
    expect(status).toBe('ok');
    expect(analysis).not.toBeNull();
    const n = analysis!.redFlags.length;
    await expect.poll(() => badgeText(session, page)).toBe(n > 0 ? String(n) : analysis!.aiEvaluator.match ? 'AI' : '');
  });

  it('stays off across a job switch, and turning it on redraws without a reload', async () => {
    await page.evaluate(() => (window as unknown as { __switchJob(id: string): Promise<void> }).__switchJob('4100000002'));
    await waitForHost(page, { state: 'off', analysedKey: '4100000002' });
    expect(Object.keys((await hostState(page)).highlights)).toEqual([]);
    await page.evaluate(() => (window as unknown as { __switchJob(id: string): Promise<void> }).__switchJob('4100000001'));
    await waitForHost(page, { state: 'off', analysedKey: '4100000001' });
    await setMarks(true);
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    const { analysis } = await currentPosting(session, page);
    const state = await hostState(page);
    expect(Object.values(state.highlights).flat().length).toBe(analysis!.redFlags.reduce((k, f) => k + f.evidence.length, 0));
    expect(state.summary).not.toBeNull();
    expect(session.consoleErrors).toEqual([]);
  });
});
