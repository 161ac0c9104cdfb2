// Firefox harness: the built dist-firefox/ in Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi (Playwright needs its own patched Firefox, which cannot be downloaded here). Fresh
// profile under .tmp/, the extension installed as a temporary add-on, fixture pages served under
// the real board hostnames by request interception; anything else is refused and recorded.
// See /work/shared/reference/toolchain.md §6.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { adapterFor } from '../../content-scripts/adapters/index.ts';
import { extractPosting } from '../../content-scripts/extract/index.ts';
import type { ExtractedPosting } from '../../src/core/types.ts';
import { FIXTURES, ROOT } from './harness.ts';

export const FIREFOX = process.env.EVALSCOUT_FIREFOX ?? '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(process.env.EVALSCOUT_DIST_FIREFOX ?? resolve(ROOT, 'dist-firefox'));

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** Page console errors and uncaught page errors. */
  consoleErrors: string[];
  /** URLs the pages asked for that no fixture serves (refused). */
  refused: string[];
  /** Serve a fixture file (path under tests/fixtures/) for exactly this URL. */
  serve(url: string, file: string): void;
  /** A new tab with interception on. */
  page(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(resolve(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build at ${DIST_FIREFOX}: run \`npm run build\` first.`);
  mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
  const profile = mkdtempSync(resolve(ROOT, '.tmp/e2e-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    try {
      // close() can hang if Firefox is wedged; a bounded wait, then kill the process we started.
      if (browser) await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]);
    } finally {
      const process = browser?.process();
      if (process && process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      timeout: 30_000,
      protocolTimeout: 30_000,
    });
    const addonId = await browser.installExtension(DIST_FIREFOX);
    const routes = new Map<string, string>();
    const consoleErrors: string[] = [];
    const refused: string[] = [];
    const b = browser;
    return {
      browser: b,
      addonId,
      consoleErrors,
      refused,
      serve(url, file) {
        routes.set(url, readFileSync(resolve(FIXTURES, file), 'utf8'));
      },
      async page() {
        const page = await b.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(`[${page.url()}] ${message.text()}`);
        });
        page.on('pageerror', (error) => consoleErrors.push(`[${page.url()}] ${String(error)}`));
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const url = request.url();
          const body = routes.get(url);
          if (body !== undefined) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
          else if (url.startsWith('data:')) void request.continue(); // fonts inlined by the fixture's CSS
          else {
            refused.push(url);
            void request.abort('blockedbyclient');
          }
        });
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * What the content script extracts from a board fixture, computed in Node: the same adapter and
 * extractor over the same HTML, parsed inertly by happy-dom (as tests/adapters do).
 */
export async function extractInNode(file: string, url: string): Promise<ExtractedPosting> {
  const window = new Window({ url });
  try {
    const doc = new window.DOMParser().parseFromString(readFileSync(resolve(FIXTURES, file), 'utf8'), 'text/html');
    const parsed = new URL(url);
    const result = extractPosting(doc as unknown as Document, parsed, adapterFor(parsed)!);
    if (result.status !== 'ok') throw new Error(`${file}: no posting in Node (${result.status})`);
    return result.posting;
  } finally {
    await window.happyDOM.close();
  }
}

export interface FirefoxHostState {
  hosts: number;
  state: string | null;
  jobKey: string | null;
  analysedKey: string | null;
  marks: number;
  summary: string | null;
  /** CSS.highlights by name (null when the page has no Highlight API). */
  highlights: Record<string, string[]> | null;
}

/** Our host's attributes, its summary chip and the document's highlights, read from the page. */
export async function firefoxHostState(page: Page): Promise<FirefoxHostState> {
  return page.evaluate(() => {
    const host = document.querySelector('evalscout-ui');
    let highlights: Record<string, string[]> | null = null;
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      highlights = {};
      for (const [name, highlight] of CSS.highlights as unknown as Iterable<[string, Iterable<Range>]>) {
        highlights[name] = Array.from(highlight, (range) => range.toString());
      }
    }
    const chip = host?.shadowRoot?.querySelector('[data-part="summary"]') as HTMLElement | null;
    return {
      hosts: document.querySelectorAll('evalscout-ui').length,
      state: host?.getAttribute('data-state') ?? null,
      jobKey: host?.getAttribute('data-job-key') ?? null,
      analysedKey: host?.getAttribute('data-analysed-key') ?? null,
      marks: Number(host?.getAttribute('data-marks') ?? 0),
      summary: chip && !chip.hidden ? chip.textContent : null,
      highlights,
    };
  });
}

/** Wait (polling our own host's attributes only) until it is ready for this job key. */
export async function waitForReady(page: Page, jobKey: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (key) => {
      const host = document.querySelector('evalscout-ui');
      return host?.getAttribute('data-state') === 'ready' && host.getAttribute('data-analysed-key') === key;
    },
    { timeout, polling: 50 },
    jobKey,
  );
}

/** The page's own DOM, serialised without our host, for before/after comparisons. */
export async function firefoxPageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('evalscout-ui').forEach((el) => el.remove());
    return new XMLSerializer().serializeToString(clone);
  });
}
