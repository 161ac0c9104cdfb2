// Result-list cards carry their employer to the core. On each board's fixture, under its real URL, a
// contributor's title at an AI-training platform ("Tax Expert" · Mercor) gets the AI-evaluator card
// marker while the same title and snippet at an ordinary firm gets none: the snippet alone could not
// tell them apart, so only the company read off the card (or ZipRecruiter's embedded JSON) can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, type Session } from './harness.ts';

const pairs = [
  { file: 'linkedin/sdui-search', url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=4023456789&keywords=ai%20trainer&origin=SEMANTIC_SEARCH_HISTORY', vendor: '4023456793', control: '4023456794', controlCard: '[componentkey="job-card-component-ref-4023456794"]' },
  { file: 'linkedin/classic-search', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=rlhf', vendor: '4034567893', control: '4034567894', controlCard: 'li[data-occludable-job-id="4034567894"]' },
  { file: 'linkedin/guest-search', url: 'https://www.linkedin.com/jobs/search?keywords=expert&location=United%20States&geoId=103644278&trk=public_jobs_jobs-search-bar_search-submit', vendor: '4056789013', control: '4056789014', controlCard: '[data-entity-urn="urn:li:jobPosting:4056789014"]' },
  { file: 'indeed/search-pane', url: 'https://www.indeed.com/jobs?q=ai+trainer&l=Remote&vjk=7d2b9e4c1a8f3e56', vendor: '4c8e2a6f0b3d9e17', control: '9f1d3b7e5a2c8e40', controlCard: '.job_seen_beacon:has([data-jk="9f1d3b7e5a2c8e40"])' },
  { file: 'glassdoor/search-pane', url: 'https://www.glassdoor.com/Job/remote-ai-evaluator-jobs-SRCH_IL.0,6_IS11047_KO7,19.htm?jl=1009512345681', vendor: '1009512345683', control: '1009512345684', controlCard: 'li[data-jobid="1009512345684"]' },
  { file: 'ziprecruiter/search-pane', url: 'https://www.ziprecruiter.com/jobs-search?search=ai+evaluator&location=Remote&lk=Q2mE7yH1pXv0', vendor: 'S4pG8mL2rYa3', control: 'T9qH1nM5sZb4', controlCard: '[data-listing-key="T9qH1nM5sZb4"]' },
  { file: 'wellfound/browse', url: 'https://wellfound.com/role/math-expert', vendor: '3201456', control: '3201457', controlCard: '[data-test="JobCard"]:has(a[href^="/jobs/3201457-"])' },
  { file: 'workable/jobs-search', url: 'https://jobs.workable.com/search?query=ai%20trainer&selectedJobId=8rTq2mVx4LpW9sKd3Hn6Yd', vendor: '3kPw7bNz2RtY6uJm8Qv4Xa', control: '5mQx9cLa4SvZ1wKn3Ru8Yb', controlCard: '[data-ui="job-card"]:has(a[href="/view/5mQx9cLa4SvZ1wKn3Ru8Yb"])' },
];

let session: Session;
let page: Page;

/** Our card markers (in our shadow layer), by card key. */
async function markers(p: Page): Promise<Record<string, string>> {
  return p.evaluate(() => {
    const host = document.querySelector('evalscout-ui');
    const nodes = host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-card]') ?? [];
    return Object.fromEntries(Array.from(nodes, (node) => [node.dataset.card!, node.textContent ?? '']));
  });
}

beforeAll(async () => {
  session = await launch();
  const byUrl = new Map(pairs.map((p) => [p.url, fixture(`boards/${p.file}.html`)]));
  await session.context.route(
    (url) => byUrl.has(url.href),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: byUrl.get(route.request().url())! }),
  );
  page = await session.page();
  // Tall enough that every fixture card is on screen: markers are drawn only for visible cards.
  await page.setViewportSize({ width: 1280, height: 2400 });
});

afterAll(async () => {
  await session?.close();
});

describe('card company reaches the core', () => {
  for (const pair of pairs) {
    it(`${pair.file}: the AI-training platform's card is marked, the same title at an ordinary firm is not`, async () => {
      await page.goto(pair.url);
      await expect.poll(async () => (await markers(page))[pair.vendor], { timeout: 15_000 }).toBe('AI eval');
      // Both cards were classified in the same round trip, so the control's verdict is in as well.
      const drawn = await markers(page);
      expect(drawn).not.toHaveProperty(pair.control);
      // The control card is on screen, so its missing marker is a verdict, not a scrolled-out card.
      const controlOnScreen = await page.evaluate((selector) => {
        const rect = document.querySelector(selector)?.getBoundingClientRect();
        return rect !== undefined && rect.width > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
      }, pair.controlCard);
      expect(controlOnScreen).toBe(true);
    });
  }

  it('logged no console errors and made no extension request', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.requests.filter((r) => r.origin === 'extension')).toEqual([]);
  });
});
