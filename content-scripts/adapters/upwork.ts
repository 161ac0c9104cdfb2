// Upwork (job-boards.md §3): Nuxt/Vue SPA with data-test/data-cy/data-qa QA hooks. Job details show
// as a full page (/jobs/~id, public /freelance-jobs/apply/..._~id/) or as a slide-over on feeds and
// search (/details/~id in the URL). Upwork has no company name: the client is anonymous.
import type { Adapter, AdapterAbout } from './types.ts';
import { pathMatch } from './url.ts';

const UPWORK_ID = /(~0[0-9a-zA-Z]{10,})/;

export const upwork: Adapter = {
  id: 'upwork',
  label: 'Upwork',
  matches: ['https://www.upwork.com/*'],
  isJobView(url) {
    return /^\/(?:jobs\/|freelance-jobs\/apply\/|.*\/details\/)/.test(url.pathname) && UPWORK_ID.test(url.pathname);
  },
  jobKey(url) {
    return pathMatch(url, UPWORK_ID);
  },
  selectors: {
    // The slider first: on feeds and search the tiles behind it are decoys.
    root: ['.air3-slider-job-details', '[slidername="job-details"]', '.job-details-content', '[data-test="job-details"]', 'main'],
    title: ['[data-test="job-details-title"]', '[data-test="job-title"]', '.job-details-card h4 span.flex-1', 'h4 span.flex-1', 'h1'],
    company: [],
    location: ['[data-test="location-label"]'],
    pay: ['[data-test="BudgetAmount"]', '[data-cy="fixed-price"] strong', '[data-cy="clock-timelog"] strong'],
    description: ['[data-test="Description"] .multiline-text', '[data-test="Description"]', '[data-test="job-description-text"]'],
    card: ['article[data-test="JobTile"]', 'section[data-test="JobTile"]', '[data-test="job-tile-list"] section', '[data-ev-job-uid]'],
    cardTitle: ['a[data-test~="job-tile-title-link"]', 'h2.job-tile-title a', 'h3.job-tile-title'],
  },
  read: {
    cardKey: (card) => {
      const uid = card.getAttribute('data-ev-job-uid');
      if (uid) return `~${uid.replace(/^~/, '')}`;
      return UPWORK_ID.exec(card.querySelector('a[href*="~0"]')?.getAttribute('href') ?? '')?.[1] ?? null;
    },
  },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://www.upwork.com/jobs/~021876543210987654321',
    'https://www.upwork.com/jobs/Medical-Fact-Checker-for-LLM-Outputs_~021876543210987654322/',
    'https://www.upwork.com/freelance-jobs/apply/Spanish-Prompt-Writer-for-AI-Training_~021876543210987654323/',
    'https://www.upwork.com/nx/find-work/best-matches/details/~021876543210987654324?pageTitle=Job%20Details&_navType=slider',
    'https://www.upwork.com/nx/search/jobs/details/~021876543210987654325?q=ai%20evaluator&_navType=slider',
  ],
  layouts: [
    { name: 'job-page', fixture: 'tests/fixtures/boards/upwork/job-page.html' },
    { name: 'freelance-jobs', fixture: 'tests/fixtures/boards/upwork/freelance-jobs.html' },
    { name: 'slider', fixture: 'tests/fixtures/boards/upwork/slider.html' },
    { name: 'search-tiles', fixture: 'tests/fixtures/boards/upwork/search-tiles.html' },
  ],
  notes: [
    'No company: the client block (country, spend) is not an employer name.',
    'The slider has no id of its own in the DOM that we could verify, so there is no pane-key guard.',
  ],
};
