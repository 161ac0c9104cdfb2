// "Analyze selected text": the background reads the selection with scripting, analyses it, and opens
// the popup page in a new tab with ?selection=<id>; that page gets the stored analysis with
// 'get-selection-analysis'. Headless Chromium delivers neither keyboard commands nor context-menu
// clicks, so the test drives the same flow through the popup's 'analyze-selection' message, on a
// LinkedIn feed page. Without an activeTab grant scripting is refused, so this exercises the
// fallback that asks our content script for the selection; with the command or the menu (real
// use) activeTab lets scripting read it on any site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePosting } from '../../src/core/analyze.ts';
import { launch, tabIdOf, type Session } from './harness.ts';

let session: Session;
let page: Page;
const TEXT = 'Message our recruiter on Telegram to receive your first tasks. A one-time registration fee of $49 activates your rater account.';
// A plain-text mail as a web mail client shows it: wrapped mid-sentence every 70-odd characters.
const WRAPPED = [
  'Hello,',
  '',
  'On behalf of Harbor Lantern Trading Ltd, I am pleased to offer you the',
  'opportunity to represent our company in the United States and handle',
  'our accounts receivable for clients in North America. The role is part',
  'time and everything is done by phone and email.',
].join('\n');

beforeAll(async () => {
  session = await launch();
  await session.serve('https://www.linkedin.com/feed/**', {
    html: `<!DOCTYPE html><html><head><title>Forum</title></head><body><p>Someone posted this offer:</p><p id="offer">${TEXT}</p><pre id="mail">${WRAPPED}</pre></body></html>`,
  });
  page = await session.page();
});

afterAll(async () => {
  await session?.close();
});

/**
 * Selects the element with `elementId` on a feed page at `path`, asks for its analysis as the
 * popup's button does, and returns the page that opens, what the request answered, and the stored
 * analysis of the selection.
 */
async function analyzeSelection(path: string, elementId: string) {
  await page.goto(`https://www.linkedin.com${path}`);
  await page.evaluate((target) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(target)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, elementId);
  const tabId = await tabIdOf(session, page);
  // Messages must come from an extension page (the worker doesn't receive its own messages).
  const extPage = await session.context.newPage();
  await extPage.goto(`chrome-extension://${session.extensionId}/popup/index.html`);
  const opened = session.context.waitForEvent('page', { timeout: 10_000 });
  const started = await extPage.evaluate((id) => chrome.runtime.sendMessage({ type: 'analyze-selection', tabId: id }), tabId);
  const popup = await opened;
  await popup.waitForLoadState('domcontentloaded');
  const id = new URL(popup.url()).searchParams.get('selection');
  const answer = await popup.evaluate((selectionId) => chrome.runtime.sendMessage({ type: 'get-selection-analysis', id: selectionId }), id);
  return { popup, started, id, answer };
}

describe('analyze selected text', () => {
  it('opens the popup page with the analysis of the selection', async () => {
    const { popup, started, id, answer } = await analyzeSelection('/feed/update/1/', 'offer');
    const url = new URL(popup.url());
    expect(url.protocol).toBe('chrome-extension:');
    expect(url.host).toBe(session.extensionId);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(started).toEqual({ id });
    expect(answer.selection.text).toBe(TEXT);
    expect(answer.selection.sourceUrl).toBe('https://www.linkedin.com/feed/update/1/');
    expect(answer.selection.analysis).toEqual(analyzePosting({ text: TEXT, url: 'https://www.linkedin.com/feed/update/1/' }));
    const unknown = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'get-selection-analysis', id: 'nope' }));
    expect(unknown).toEqual({ selection: null });
  });

  it('reads a hard-wrapped mail as its sentences run, with evidence at the selected text', async () => {
    const { answer } = await analyzeSelection('/feed/update/2/', 'mail');
    const text: string = answer.selection.text;
    expect(text).toContain('the\nopportunity');
    const mule = answer.selection.analysis.redFlags.find((f: { id: string }) => f.id === 'payment-processing-agent');
    expect(mule).toBeDefined();
    const e = mule.evidence[0];
    expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(e.text).toContain('\n');
  });
});
