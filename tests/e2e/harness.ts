// Shared browser harness: the built extension in Debian Chromium via launchPersistentContext (fresh
// profile under .tmp/), fixture pages served under real board hostnames with context.route, console
// errors and every network request recorded. See /work/shared/reference/toolchain.md §3–4.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis, ExtractedPosting } from '../../src/core/types.ts';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/** EVALSCOUT_DIST lets a run point at another build (e.g. a scratch copy); default dist/. */
export const DIST = resolve(process.env.EVALSCOUT_DIST ?? resolve(ROOT, 'dist'));
export const FIXTURES = resolve(ROOT, 'tests/fixtures');

export interface RecordedRequest {
  url: string;
  /** 'page' when a page frame made it, 'extension' for the service worker or extension pages. */
  origin: 'page' | 'extension';
  navigation: boolean;
}

export interface Session {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  consoleErrors: string[];
  requests: RecordedRequest[];
  /** Serve `html` (or a fixture file) for every URL matching `pattern`. */
  serve(pattern: string, source: { html: string } | { file: string }): Promise<void>;
  page(): Promise<Page>;
  close(): Promise<void>;
}

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

export async function launch(options: { headless?: boolean; args?: string[]; keepWelcomeTab?: boolean } = {}): Promise<Session> {
  mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
  const profile = mkdtempSync(resolve(ROOT, '.tmp/e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--disable-gpu',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  const consoleErrors: string[] = [];
  const requests: RecordedRequest[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`[${page.url()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`[${page.url()}] ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    const frame = (() => {
      try {
        return request.frame();
      } catch {
        return null; // service-worker requests have no frame
      }
    })();
    const fromExtension = !frame || request.serviceWorker() !== null || frame.url().startsWith('chrome-extension://');
    requests.push({ url, origin: fromExtension ? 'extension' : 'page', navigation: request.isNavigationRequest() });
  });
  // Nothing leaves the machine: anything not served by a fixture route is refused (and recorded above).
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  sw.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`[service worker] ${message.text()}`);
  });
  const extensionId = new URL(sw.url()).host;

  // On first install the extension opens its options page (welcome). It would race with the test's
  // first navigation, so wait for it and close it unless the test wants it.
  if (!options.keepWelcomeTab) {
    const isWelcome = (p: Page) => p.url().startsWith(`chrome-extension://${extensionId}/options/`);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && !context.pages().some(isWelcome)) await new Promise((r) => setTimeout(r, 50));
    for (const p of context.pages().filter(isWelcome)) await p.close();
  }

  return {
    context,
    sw,
    extensionId,
    consoleErrors,
    requests,
    async serve(pattern, source) {
      const body = 'html' in source ? source.html : fixture(source.file);
      await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    },
    async page() {
      return context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Wait for our host to report a state for a job key (attributes on our own host element only). */
export async function waitForHost(page: Page, want: { state?: string; analysedKey?: string; jobKey?: string }, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (w) => {
      const host = document.querySelector('evalscout-ui');
      if (!host) return false;
      if (w.state && host.getAttribute('data-state') !== w.state) return false;
      if (w.analysedKey && host.getAttribute('data-analysed-key') !== w.analysedKey) return false;
      if (w.jobKey && host.getAttribute('data-job-key') !== w.jobKey) return false;
      return true;
    },
    want,
    { timeout, polling: 50 },
  );
}

/** Mirrors content-scripts/runtime/debug.ts plus the overlay's counts. */
export interface DebugCounters {
  views: number;
  viewsStarted: number;
  observers: number;
  listeners: number;
  timers: number;
  analyses: number;
  markPaints: number;
  marks: number;
  markers: number;
}

export interface HostState {
  hosts: number;
  state: string | null;
  jobKey: string | null;
  analysedKey: string | null;
  marks: number;
  debug: DebugCounters;
  summary: string | null;
  highlights: Record<string, string[]>;
}

/** Everything a test asserts on, read from the page (CSS.highlights is per document, shared by worlds). */
export async function hostState(page: Page): Promise<HostState> {
  return page.evaluate(() => {
    const host = document.querySelector('evalscout-ui');
    const highlights: Record<string, string[]> = {};
    for (const name of ['evalscout-high', 'evalscout-medium', 'evalscout-low', 'evalscout-flash']) {
      const highlight = CSS.highlights.get(name);
      if (highlight) highlights[name] = Array.from(highlight as unknown as Iterable<Range>, (range) => range.toString());
    }
    const chip = host?.shadowRoot?.querySelector('[data-part="summary"]') as HTMLElement | null;
    return {
      hosts: document.querySelectorAll('evalscout-ui').length,
      state: host?.getAttribute('data-state') ?? null,
      jobKey: host?.getAttribute('data-job-key') ?? null,
      analysedKey: host?.getAttribute('data-analysed-key') ?? null,
      marks: Number(host?.getAttribute('data-marks') ?? 0),
      debug: JSON.parse(host?.getAttribute('data-debug') ?? '{}') as DebugCounters,
      summary: chip && !chip.hidden ? chip.textContent : null,
      highlights,
    };
  });
}

/** The page's own DOM, serialised without our host, for before/after comparisons. */
export async function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('evalscout-ui').forEach((el) => el.remove());
    return new XMLSerializer().serializeToString(clone);
  });
}

/**
 * The tab id of a page. Without the "tabs" permission the worker can't filter tabs by URL, so bring
 * the page to the front and take the active tab.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  return session.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export async function badgeText(session: Session, page: Page): Promise<string> {
  const tabId = await tabIdOf(session, page);
  return session.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Ask the content script of a page what the popup would get ('get-current-posting'). */
export async function currentPosting(session: Session, page: Page): Promise<{ status: string; posting: ExtractedPosting | null; analysis: Analysis | null }> {
  const tabId = await tabIdOf(session, page);
  return session.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-current-posting' }), tabId);
}
