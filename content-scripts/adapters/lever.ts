// Lever (job-boards.md §9): data-qa hooks (verified live 2026-05 by one extension). The posting body
// is several sibling sections (intro, requirement lists, closing), so the description element is
// their common parent. The /apply step carries no description.
import type { Adapter, AdapterAbout } from './types.ts';
import { commonAncestor, queryAll } from '../extract/query.ts';
import { pathMatch, titleSegments, UUID } from './url.ts';

const BODY_PARTS = '[data-qa="job-description"], [data-qa="posting-requirements"], .posting-requirements, [data-qa="closing-description"]';

export const lever: Adapter = {
  id: 'lever',
  label: 'Lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  isJobView(url) {
    return new RegExp(`^/[^/]+/${UUID}/?$`, 'i').test(url.pathname);
  },
  jobKey(url) {
    return pathMatch(url, new RegExp(`^/[^/]+/${UUID}`, 'i'));
  },
  selectors: {
    root: ['.posting-page', '.content'],
    title: ['[data-qa="posting-name"]', '.posting-headline h2'],
    company: [],
    location: ['[data-qa="posting-categories"] .sort-by-location', '.posting-categories .location', '[data-qa="posting-categories"] .location'],
    pay: ['[data-qa="salary-range"]'],
    description: [],
  },
  read: {
    description: ({ root }) => commonAncestor(queryAll(root, BODY_PARTS)),
    // The logo sits in the page header above the posting; document.title is "<Company> - <Title>".
    company: ({ root, doc }) => root.querySelector('.main-header-logo img[alt]')?.getAttribute('alt') || (titleSegments(doc)[0] ?? null),
  },
  tidy: { pay: (t) => t.replace(/^pay range\s*/i, '') },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: ['https://jobs.lever.co/saltmarsh/4b7c9d2e-1a3f-4e5b-8c6d-7e8f9a0b1c2d', 'https://jobs.eu.lever.co/saltmarsh/5c8d0e3f-2b4a-4f6c-9d7e-8f9a0b1c2d3e'],
  layouts: [{ name: 'posting', fixture: 'tests/fixtures/boards/lever/posting.html' }],
};
