// Workable (job-boards.md §11): data-ui hooks on company boards (apply.workable.com) and the
// jobs.workable.com aggregator. Description, requirements and benefits are sibling sections, so the
// description element is their common parent.
import type { Adapter, AdapterAbout } from './types.ts';
import { commonAncestor, queryAll } from '../extract/query.ts';
import { param, pathMatch } from './url.ts';

const PARTS = '[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"], [data-ui="job-breakdown-description-parsed-html"], [data-ui="job-breakdown-requirements-parsed-html"]';

export const workable: Adapter = {
  id: 'workable',
  label: 'Workable',
  matches: ['https://*.workable.com/*'],
  isJobView(url) {
    return /\/j\/[0-9A-Z]{6,}/i.test(url.pathname) || /^\/view\/\w+/.test(url.pathname) || param(url, 'selectedJobId') !== null;
  },
  jobKey(url) {
    return param(url, 'selectedJobId') ?? pathMatch(url, /\/j\/([0-9A-Z]{6,})/i) ?? pathMatch(url, /^\/view\/(\w+)/);
  },
  selectors: {
    root: ['main', '[data-ui="job-view"]', '#app'],
    title: ['h1[data-ui="job-title"]', 'h2[data-ui="job-title"]', '[data-ui="job-title"]'],
    company: ['[data-ui="company-name"]'],
    location: ['[data-ui="job-location"]'],
    pay: ['[data-ui="job-salary"]'],
    description: ['[aria-label="Job description"]'],
    card: ['[data-ui="job-card"]'],
    cardTitle: ['[data-ui="job-card-title"]', 'a[href^="/view/"]', 'h3'],
    cardCompany: ['[data-ui="job-card-company"]'],
  },
  read: {
    description: ({ root }) => commonAncestor(queryAll(root, PARTS)),
    cardKey: (card) => /^\/view\/(\w+)/.exec(card.querySelector('a[href^="/view/"]')?.getAttribute('href') ?? '')?.[1] ?? card.getAttribute('data-id'),
  },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://apply.workable.com/gannet-analytics/j/4F2A9C1E7B/',
    'https://jobs.workable.com/view/8rTq2mVx4LpW9sKd3Hn6Yc',
    'https://jobs.workable.com/search?query=ai%20trainer&selectedJobId=8rTq2mVx4LpW9sKd3Hn6Yd',
    'https://gannet-analytics.workable.com/j/4F2A9C1E7C',
  ],
  layouts: [
    { name: 'apply-board', fixture: 'tests/fixtures/boards/workable/apply-board.html' },
    { name: 'jobs-search', fixture: 'tests/fixtures/boards/workable/jobs-search.html' },
  ],
  notes: [
    'When the sections sit next to the header, their common parent includes the title line: kept, never cut.',
    'Card company [data-ui="job-card-company"] is reported by one scraper (with job-card-title/-location), not verified live.',
  ],
};
