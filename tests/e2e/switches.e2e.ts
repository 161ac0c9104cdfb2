// 100 in-page job switches, many faster than the analysis round trip: afterwards exactly one host,
// one view, one observer, the same listeners as after the first job, and only the last job's marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, currentPosting, hostState, launch, waitForHost, type Session } from './harness.ts';

const IDS = ['4100000001', '4100000002', '4100000003'];
let session: Session;
let page: Page;

beforeAll(async () => {
  session = await launch();
  await session.serve('https://www.linkedin.com/jobs/**', { file: 'e2e/linkedin-switch.html' });
  page = await session.page();
});

afterAll(async () => {
  await session?.close();
});

describe('100 job switches', () => {
  it('leave nothing behind', async () => {
    await page.goto(`https://www.linkedin.com/jobs/search-results/?currentJobId=${IDS[0]}`);
    await waitForHost(page, { state: 'ready', analysedKey: IDS[0] });
    const baseline = await hostState(page);
    expect(baseline.debug.views).toBe(1);
    expect(baseline.debug.observers).toBe(1);

    let last = IDS[0]!;
    for (let i = 1; i <= 100; i++) {
      last = IDS[i % IDS.length]!;
      // Most switches don't wait for the analysis: the next job arrives while the last is in flight.
      await page.evaluate(([id, delay]) => (window as unknown as { __switchJob(id: string, d: number): Promise<void> }).__switchJob(id, delay), [last, i % 4 === 0 ? 0 : 15] as const);
      if (i % 10 === 0) await waitForHost(page, { state: 'ready', analysedKey: last });
    }
    await waitForHost(page, { state: 'ready', analysedKey: last });

    const state = await hostState(page);
    const { posting, analysis } = await currentPosting(session, page);
    expect(posting?.jobKey).toBe(last);
    expect(state.hosts).toBe(1);
    expect(state.debug.views).toBe(1);
    // Switches that land in the same frame coalesce into one view; every awaited one started its own.
    expect(state.debug.viewsStarted).toBeGreaterThanOrEqual(11);
    expect(state.debug.viewsStarted).toBeLessThanOrEqual(101);
    expect(state.debug.observers).toBe(1);
    expect(state.debug.listeners).toBe(baseline.debug.listeners);
    expect(state.debug.timers).toBeLessThanOrEqual(baseline.debug.timers);
    // Only the last job's evidence is marked, and only our three names (no flash) are registered.
    const want = analysis!.redFlags.flatMap((f) => f.evidence.map((e) => e.text)).sort();
    const marked = Object.values(state.highlights).flat().sort();
    expect(marked).toEqual(want);
    const registry = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('evalscout-')));
    expect(registry.length).toBeLessThanOrEqual(3);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBeLessThanOrEqual(1);
    const n = analysis!.redFlags.length;
    await expect.poll(() => badgeText(session, page)).toBe(n > 0 ? String(n) : analysis!.aiEvaluator.match ? 'AI' : '');
    expect(session.consoleErrors).toEqual([]);
  });

  it('leaving the job view removes marks and the summary, and reports no posting', async () => {
    await page.evaluate(() => history.pushState({}, '', '/jobs/search-results/?keywords=ai%20rater'));
    await page.waitForFunction(() => document.querySelector('evalscout-ui')?.getAttribute('data-state') === 'idle');
    const state = await hostState(page);
    expect(state.debug.views).toBe(0);
    expect(state.debug.observers).toBe(0);
    expect(Object.keys(state.highlights)).toEqual([]);
    expect(state.summary).toBeNull();
    expect((await currentPosting(session, page)).status).toBe('not-a-job-page');
    await expect.poll(() => badgeText(session, page)).toBe('');
  });
});
