// Browser bench (wired into `npm run bench` by the lead): the built extension in Chromium.
// - content script size: minified bytes and gzip of dist/content-scripts/main.js (always injected)
//   and of dist/content-scripts/ui-main.js (the in-page UI, injected by the background on demand)
// - marks latency: the page renders a description (its own performance.now() stamp) → our content
//   script stamps data-marks-at on its host when the marks are registered; same document timeline.
//   First view: a fresh document, so it includes waiting for document_idle, the analysis round trip
//   and the one injection of the UI script. Switches: in-page job switches after that.
// - long tasks on a 25-card LinkedIn-style search page: PerformanceObserver('longtask') installed
//   before any page script, across load, analysis, card markers and scrolling the list
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, waitForHost } from '../../tests/e2e/harness.ts';

const SWITCHES = 20;
const FIRST_VIEWS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const round = (n: number) => Math.round(n * 10) / 10;

export async function benchBrowser(): Promise<Record<string, number | string>> {
  const script = readFileSync(resolve(DIST, 'content-scripts/main.js'));
  const result: Record<string, number | string> = {
    'content script bytes (minified)': script.length,
    'content script bytes (gzip)': gzipSync(script).length,
  };
  const uiPath = resolve(DIST, 'content-scripts/ui-main.js');
  if (existsSync(uiPath)) {
    const ui = readFileSync(uiPath);
    result['content UI script bytes (minified, injected on demand)'] = ui.length;
    result['content UI script bytes (gzip)'] = gzipSync(ui).length;
  }
  const session = await launch();
  try {
    await session.serve('https://www.linkedin.com/jobs/**', { file: 'e2e/linkedin-switch.html' });
    const page = await session.page();
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const base = 'https://www.linkedin.com/jobs/search-results/?keywords=ai%20rater&cards=25&currentJobId=';
    const sinceRender = () =>
      page.evaluate(() => Number(document.querySelector('evalscout-ui')!.getAttribute('data-marks-at')) - (window as unknown as { __renderedAt: number }).__renderedAt);

    // First view of a fresh document (each load is a new document: the UI script is injected anew).
    const firstViews: number[] = [];
    for (let i = 0; i < FIRST_VIEWS; i++) {
      await page.goto(`${base}4100000001&load=${i}`);
      await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
      firstViews.push(await sinceRender());
    }
    // The first load also starts the worker's caches; the median is over all loads.
    result['first view: description → marks, median ms'] = round(median(firstViews));
    result['first view: description → marks, max ms'] = round(Math.max(...firstViews));

    await page.goto(`${base}4100000001`);
    await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
    await page.waitForFunction(() => Number(document.querySelector('evalscout-ui')?.shadowRoot?.querySelectorAll('[data-card]').length) > 0);

    // Marks latency over in-page switches (the pane renders without delay after pushState).
    const latencies: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const id = i % 2 === 0 ? '4100000002' : '4100000001';
      await page.evaluate((jobId) => (window as unknown as { __switchJob(id: string, d: number): Promise<void> }).__switchJob(jobId, 0), id);
      await waitForHost(page, { state: 'ready', analysedKey: id });
      latencies.push(await sinceRender());
    }
    result['description → marks, median ms'] = round(median(latencies));
    result['description → marks, max ms'] = round(Math.max(...latencies));

    // Scroll the list (card markers follow) and let the page settle.
    await page.setViewportSize({ width: 1280, height: 500 });
    for (let y = 0; y < 6; y++) {
      await page.evaluate(() => document.querySelector('[componentkey="SearchResultsMainContent"]')!.scrollBy(0, 200));
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    result['25-card page: long tasks'] = tasks.length;
    result['25-card page: longest task ms'] = round(tasks.length ? Math.max(...tasks) : 0);
    result['25-card page: card markers'] = await page.evaluate(() => document.querySelector('evalscout-ui')!.shadowRoot!.querySelectorAll('[data-card]').length);
  } finally {
    await session.close();
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchBrowser().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
