// The content script on a LinkedIn-style search page: marks land on exactly the evidence text, the
// summary and badge agree with the analysis, a job switch (pushState + re-rendered pane) replaces
// everything with no stale marks, the page's own DOM is untouched, and the extension sends nothing
// over the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePosting } from '../../src/core/analyze.ts';
import type { Analysis } from '../../src/core/types.ts';
import { postingInput } from '../../src/background/analysis.ts';
import { badgeText, currentPosting, hostState, launch, pageSnapshot, waitForHost, type Session } from './harness.ts';

const URL1 = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4100000001&keywords=ai%20rater';
const SEVERITY_NAME = { high: 'evalscout-high', medium: 'evalscout-medium', low: 'evalscout-low' } as const;

let session: Session;
let page: Page;

const current = (s: Session) => currentPosting(s, page);

function expectedHighlights(analysis: Analysis): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const flag of analysis.redFlags) {
    for (const evidence of flag.evidence) (out[SEVERITY_NAME[flag.severity]] ??= []).push(evidence.text);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

function sortedHighlights(highlights: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, texts] of Object.entries(highlights)) if (name !== 'evalscout-flash') out[name] = [...texts].sort();
  return out;
}

beforeAll(async () => {
  session = await launch();
  await session.serve('https://www.linkedin.com/jobs/**', { file: 'e2e/linkedin-switch.html' });
  await session.serve('https://example.org/**', { file: 'e2e/linkedin-switch.html' });
  page = await session.page();
});

afterAll(async () => {
  await session?.close();
});

describe('LinkedIn search page with the extension loaded', () => {
  it('marks exactly the red-flag evidence, shows the summary and sets the badge', async () => {
    await page.goto(URL1);
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    const { status, posting, analysis } = await current(session);
    expect(status).toBe('ok');
    expect(posting?.jobKey).toBe('4100000001');
    expect(posting?.description).toContain('Message our recruiter on Telegram');
    // The background ran the real core on this posting.
    expect(analysis).toEqual(analyzePosting(postingInput(posting!)));
    expect(analysis!.redFlags.length).toBeGreaterThan(0);

    const state = await hostState(page);
    expect(state.hosts).toBe(1);
    expect(sortedHighlights(state.highlights)).toEqual(expectedHighlights(analysis!));
    expect(state.marks).toBe(analysis!.redFlags.reduce((n, f) => n + f.evidence.length, 0));
    // Every evidence span is really that text in the description.
    for (const flag of analysis!.redFlags) {
      for (const e of flag.evidence) expect(posting!.description.slice(e.start, e.end)).toBe(e.text);
    }
    const n = analysis!.redFlags.length;
    expect(state.summary).toContain(`${n} warning${n === 1 ? '' : 's'}`);
    expect(state.summary).toContain(analysis!.aiEvaluator.match ? 'AI evaluator role' : 'Not an AI-evaluator role');
    expect(state.summary).toContain(`${analysis!.keywords.length} keyword`);
    await expect.poll(() => badgeText(session, page)).toBe(String(n));
  });

  it('opens the panel, and a warning click scrolls to and flashes its evidence', async () => {
    const chip = page.locator('evalscout-ui [data-part="summary"]');
    await chip.click();
    const items = page.locator('evalscout-ui [data-part="warnings"] button');
    const { analysis } = await current(session);
    await expect.poll(() => items.count()).toBe(analysis!.redFlags.length);
    const first = items.first();
    const flagId = await first.getAttribute('data-flag');
    await first.click();
    const flag = analysis!.redFlags.find((f) => f.id === flagId)!;
    await expect.poll(async () => (await hostState(page)).highlights['evalscout-flash']).toEqual([flag.evidence[0]!.text]);
    const tip = page.locator('evalscout-ui [data-part="tooltip"]');
    await expect.poll(() => tip.textContent()).toContain(flag.explanation);
    // Keyboard: focusing a warning (Tab from the first) shows its explanation too.
    await page.keyboard.press('Escape');
  });

  it('shows the explanation when the pointer is over a mark', async () => {
    const { analysis } = await current(session);
    const flag = analysis!.redFlags[0]!;
    const box = await page.evaluate((text) => {
      const highlight = [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<Range>)]).find((r) => r.toString() === text);
      const rect = highlight!.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, flag.evidence[0]!.text);
    await page.mouse.move(box.x, box.y);
    const tip = page.locator('evalscout-ui [data-part="tooltip"]');
    await expect.poll(async () => (await tip.isVisible()) && (await tip.textContent())).toContain(flag.title);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
  });

  it('switches jobs in-page with no stale marks, summary or badge', async () => {
    await page.evaluate(() => (window as unknown as { __switchJob(id: string): Promise<void> }).__switchJob('4100000002'));
    await waitForHost(page, { state: 'ready', analysedKey: '4100000002' });
    const { posting, analysis } = await current(session);
    expect(posting?.jobKey).toBe('4100000002');
    expect(posting?.description).toContain('Marrow Health Data');
    const state = await hostState(page);
    expect(sortedHighlights(state.highlights)).toEqual(expectedHighlights(analysis!));
    for (const texts of Object.values(state.highlights)) for (const text of texts) expect(posting!.description).toContain(text);
    expect(state.summary).toContain(analysis!.aiEvaluator.match ? 'AI evaluator role' : 'Not an AI-evaluator role');
    const n = analysis!.redFlags.length;
    const wantBadge = n > 0 ? String(n) : analysis!.aiEvaluator.match ? 'AI' : '';
    await expect.poll(() => badgeText(session, page)).toBe(wantBadge);
  });

  it('re-applies marks when the pane re-renders the same text, and re-analyses when the text changes', async () => {
    await page.evaluate(() => (window as unknown as { __switchJob(id: string): Promise<void> }).__switchJob('4100000001'));
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    const before = await hostState(page);
    await page.evaluate(() => (window as unknown as { __rerender(): void }).__rerender());
    await expect.poll(async () => (await hostState(page)).debug.markPaints).toBeGreaterThan(before.debug.markPaints);
    const after = await hostState(page);
    expect(after.debug.analyses).toBe(before.debug.analyses);
    expect(sortedHighlights(after.highlights)).toEqual(sortedHighlights(before.highlights));
    // Ranges sit on the new, connected nodes.
    const connected = await page.evaluate(() =>
      [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<Range>)]).every((r) => r.startContainer.isConnected),
    );
    expect(connected).toBe(true);

    await page.evaluate(() => (window as unknown as { __appendSentence(s: string): void }).__appendSentence('Payment by gift card only.'));
    await expect.poll(async () => (await hostState(page)).debug.analyses).toBeGreaterThan(after.debug.analyses);
    const { posting } = await current(session);
    expect(posting?.description).toContain('Payment by gift card only.');
  });

  it('leaves the page’s own DOM exactly as a page without the extension renders it', async () => {
    await page.goto(URL1);
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    await page.locator('evalscout-ui [data-part="summary"]').click();
    const withExtension = await pageSnapshot(page);
    const plain = await session.context.newPage();
    await plain.goto(URL1.replace('https://www.linkedin.com', 'https://example.org'));
    await plain.waitForFunction(() => document.querySelector('[data-testid="expandable-text-box"]'));
    const without = await pageSnapshot(plain);
    expect(await plain.evaluate(() => document.querySelector('evalscout-ui'))).toBeNull();
    await plain.close();
    expect(withExtension).toBe(without);
    // Only our highlight sheet was added to the document's adopted sheets.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(await page.evaluate(() => [document.documentElement.attributes.length, document.body.attributes.length])).toEqual([1, 0]);
  });

  it('logged no console errors and the extension made no network request', async () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.requests.filter((r) => r.origin === 'extension')).toEqual([]);
    // Page-side: only the fixture documents themselves were requested.
    expect(session.requests.filter((r) => r.origin === 'page' && !r.navigation)).toEqual([]);
  });
});

describe('the request recorder itself', () => {
  it('sees a request the service worker makes (so "no extension requests" above can fail)', async () => {
    const before = session.requests.length;
    expect(session.requests.some((r) => r.origin === 'page' && r.navigation)).toBe(true);
    await session.sw.evaluate(() => fetch('https://tracker.invalid/ping').catch(() => null));
    await expect.poll(() => session.requests.slice(before).filter((r) => r.origin === 'extension').map((r) => r.url)).toEqual(['https://tracker.invalid/ping']);
  });
});
