// Greenhouse (job-boards.md §8): classic boards.greenhouse.io (#app_body, #content) and the newer
// React job-boards.greenhouse.io (.job__title, .job__description). Ordinary page loads; JSON-LD is
// present but omits locality and salary, so location falls back to the page and pay stays in the text.
import type { Adapter, AdapterAbout } from './types.ts';
import { param, pathMatch } from './url.ts';

export const greenhouse: Adapter = {
  id: 'greenhouse',
  label: 'Greenhouse',
  matches: ['https://boards.greenhouse.io/*', 'https://job-boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*'],
  isJobView(url) {
    return /^\/[^/]+\/jobs\/\d+/.test(url.pathname) || (url.pathname.startsWith('/embed/job_app') && param(url, 'token') !== null);
  },
  jobKey(url) {
    return pathMatch(url, /^\/[^/]+\/jobs\/(\d+)/) ?? param(url, 'token');
  },
  selectors: {
    root: ['#app_body', '.job-post', '.job-post-container', 'main'],
    title: ['h1.app-title', '.job__title h1', 'h1.section-header'],
    company: ['.company-name'],
    location: ['.location', '.job__location'],
    pay: ['.pay-range', '.pay-transparency'],
    description: ['#content', '.job__description'],
  },
  read: {
    // New boards: document.title is "Job Application for <Title> at <Company>".
    company: ({ doc }) => /\sat\s+(.+)$/.exec(doc.title.trim())?.[1]?.trim() ?? null,
  },
  tidy: { company: (c) => c.replace(/^at\s+/i, '') },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://boards.greenhouse.io/fernwoodlabs/jobs/5123456007',
    'https://job-boards.greenhouse.io/cobaltpier/jobs/7012345008',
    'https://job-boards.eu.greenhouse.io/cobaltpier/jobs/7012345009?gh_src=linkedin',
    'https://boards.greenhouse.io/embed/job_app?for=fernwoodlabs&token=5123456010',
  ],
  layouts: [
    { name: 'classic', fixture: 'tests/fixtures/boards/greenhouse/classic.html' },
    { name: 'new', fixture: 'tests/fixtures/boards/greenhouse/new.html' },
  ],
  notes: ['.pay-range is an assumption; Greenhouse pay usually sits in the description text.'],
};
