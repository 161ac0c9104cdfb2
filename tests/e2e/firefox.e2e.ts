// The Firefox build (dist-firefox/) in a real Firefox ESR: it installs, its content script finds
// LinkedIn postings served under the real hostname, the background (event page, not a service
// worker) analyses them, the in-page UI (injected with scripting.executeScript) shows the same
// counts the core gives in Node, marks land on exactly the red-flag evidence, the page's own DOM is
// untouched, and a page with no posting gets no UI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { summaryText } from '../../content-scripts/ui/summary.ts';
import { postingInput } from '../../src/background/analysis.ts';
import { analyzePosting } from '../../src/core/analyze.ts';
import type { Analysis } from '../../src/core/types.ts';
import {
  DIST_FIREFOX,
  extractInNode,
  firefoxHostState,
  firefoxPageSnapshot,
  launchFirefox,
  waitForReady,
  type FirefoxSession,
} from './firefox-harness.ts';

// Board fixtures with their real URLs (tests/fixtures/boards/linkedin/*.expected.json).
const VIEW = { file: 'boards/linkedin/sdui-view.html', url: 'https://www.linkedin.com/jobs/view/4012345678/', jobKey: '4012345678' };
const SEARCH = {
  file: 'boards/linkedin/classic-search.html',
  url: 'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=rlhf&refresh=true',
  jobKey: '4034567890',
};
const AUTHWALL = { file: 'boards/linkedin/authwall.html', url: 'https://www.linkedin.com/jobs/view/4067890123/' };
// The same HTML on a host outside the manifest: how the page renders without the extension.
const PLAIN_SEARCH = SEARCH.url.replace('https://www.linkedin.com', 'https://example.org');
const SEVERITY_NAME = { high: 'evalscout-high', medium: 'evalscout-medium', low: 'evalscout-low' } as const;

let session: FirefoxSession;

async function expectedAnalysis(fixture: { file: string; url: string }): Promise<Analysis> {
  return analyzePosting(postingInput(await extractInNode(fixture.file, fixture.url)));
}

function expectedHighlights(analysis: Analysis): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const flag of analysis.redFlags) for (const e of flag.evidence) (out[SEVERITY_NAME[flag.severity]] ??= []).push(e.text);
  for (const list of Object.values(out)) list.sort();
  return out;
}

function ourHighlights(highlights: Record<string, string[]> | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, texts] of Object.entries(highlights ?? {})) {
    if (name.startsWith('evalscout-') && name !== 'evalscout-flash' && texts.length) out[name] = [...texts].sort();
  }
  return out;
}

/** Open the summary panel (inside our shadow root) and count its warnings and keyword chips. */
async function panelCounts(page: Page): Promise<{ warnings: number; keywords: number }> {
  await page.locator('evalscout-ui >>> [data-part="summary"]').click();
  await page.waitForFunction(() => document.querySelector('evalscout-ui')?.shadowRoot?.querySelector('[data-part="panel"]:not([hidden])'), {
    timeout: 5000,
    polling: 50,
  });
  return page.evaluate(() => {
    const panel = document.querySelector('evalscout-ui')!.shadowRoot!.querySelector('[data-part="panel"]')!;
    return {
      warnings: panel.querySelectorAll('[data-part="warnings"] button[data-flag]').length,
      keywords: panel.querySelectorAll('[data-part="keywords"] .kw').length,
    };
  });
}

beforeAll(async () => {
  session = await launchFirefox();
  for (const f of [VIEW, SEARCH, AUTHWALL]) session.serve(f.url, f.file);
  session.serve(PLAIN_SEARCH, SEARCH.file);
});

afterAll(async () => {
  await session?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('installs as a temporary add-on with a background script (no service worker)', () => {
    const manifest = JSON.parse(readFileSync(resolve(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
      background: { scripts?: string[]; service_worker?: string };
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(session.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(manifest.background.scripts?.length).toBe(1);
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it('analyses a LinkedIn job view: the UI shows the counts the core gives in Node', async () => {
    const expected = await expectedAnalysis(VIEW);
    const page = await session.page();
    await page.goto(VIEW.url);
    await waitForReady(page, VIEW.jobKey);
    const state = await firefoxHostState(page);
    expect(state.hosts).toBe(1);
    expect(state.jobKey).toBe(VIEW.jobKey);
    expect(state.summary).toBe(summaryText(expected));
    // This posting is a clean AI-evaluator role with keywords: nothing to mark.
    expect(expected.aiEvaluator.match).toBe(true);
    expect(expected.keywords.length).toBeGreaterThan(0);
    expect(state.marks).toBe(0);
    expect(ourHighlights(state.highlights)).toEqual({});
    expect(await panelCounts(page)).toEqual({ warnings: 0, keywords: expected.keywords.length });
    await page.close();
  });

  it('marks exactly the red-flag evidence of a LinkedIn search-page posting', async () => {
    const expected = await expectedAnalysis(SEARCH);
    const evidence = expected.redFlags.reduce((n, f) => n + f.evidence.length, 0);
    expect(evidence).toBeGreaterThan(0);
    const page = await session.page();
    await page.goto(SEARCH.url);
    await waitForReady(page, SEARCH.jobKey);
    const state = await firefoxHostState(page);
    expect(state.hosts).toBe(1);
    expect(state.summary).toBe(summaryText(expected));
    expect(state.marks).toBe(evidence);
    // Firefox ESR 153 has the CSS Custom Highlight API; the ranges cover exactly the evidence text.
    expect(state.highlights).not.toBeNull();
    expect(ourHighlights(state.highlights)).toEqual(expectedHighlights(expected));
    expect(await panelCounts(page)).toEqual({ warnings: expected.redFlags.length, keywords: expected.keywords.length });
    await page.close();
  });

  it('leaves the page’s own DOM exactly as it renders without the extension', async () => {
    const page = await session.page();
    await page.goto(SEARCH.url);
    await waitForReady(page, SEARCH.jobKey);
    await page.locator('evalscout-ui >>> [data-part="summary"]').click();
    const withExtension = await firefoxPageSnapshot(page);
    const plain = await session.page();
    await plain.goto(PLAIN_SEARCH);
    const without = await firefoxPageSnapshot(plain);
    expect(await plain.evaluate(() => document.querySelectorAll('evalscout-ui').length)).toBe(0);
    await plain.close();
    expect(withExtension).toBe(without);
    // The snapshot serialises <html> and <body> with their attributes, so those are compared too.
    await page.close();
  });

  it('draws no UI on a LinkedIn page without a posting (sign-in wall)', async () => {
    const wall = await session.page();
    await wall.goto(AUTHWALL.url);
    // A posting page opened after it gets its UI: the extension has had its turn on the wall page.
    const control = await session.page();
    await control.goto(VIEW.url);
    await waitForReady(control, VIEW.jobKey);
    await control.close();
    for (let i = 0; i < 10; i++) {
      expect(await firefoxHostState(wall)).toMatchObject({ hosts: 0, summary: null, marks: 0 });
      expect(ourHighlights((await firefoxHostState(wall)).highlights)).toEqual({});
      await new Promise((r) => setTimeout(r, 50));
    }
    await wall.close();
  });

  it('logged no page errors, and pages asked for nothing beyond the fixtures', () => {
    expect(session.consoleErrors).toEqual([]);
    // Firefox itself asks each origin for /favicon.ico; nothing else may be requested.
    expect(session.refused.filter((url) => new URL(url).pathname !== '/favicon.ico')).toEqual([]);
  });
});
