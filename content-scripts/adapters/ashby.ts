// Ashby (job-boards.md §10): React SPA with customer-facing ashby-* classes. The left pane lists
// label/value sections (Location, Compensation); the description is the right pane's tab panel.
import type { Adapter, AdapterAbout } from './types.ts';
import { labelledValue } from '../extract/query.ts';
import { pathMatch, UUID } from './url.ts';

/** Ashby's class prefix (spelled once: the content script ships these strings as they are). */
const P = '.ashby-job-posting-';
const LEFT = `${P}left-pane section, ${P}left-pane > div`;

export const ashby: Adapter = {
  id: 'ashby',
  label: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  isJobView(url) {
    return new RegExp(`^/[^/]+/${UUID}(?:/application)?/?$`, 'i').test(url.pathname);
  },
  jobKey(url) {
    return pathMatch(url, new RegExp(`^/[^/]+/${UUID}`, 'i'));
  },
  selectors: {
    // One posting per page; the header sits outside the panes, so the root is the app container.
    root: ['#root', 'body'],
    title: [`h1${P}heading`],
    company: [`${P}company-name`],
    location: [`${P}location`],
    pay: [],
    description: [`${P}right-pane [role="tabpanel"] [class*="descriptionText"]`, `${P}right-pane [role="tabpanel"]`, `${P}description`],
  },
  read: {
    location: ({ root }) => labelledValue(root, LEFT, /^location$/i),
    pay: ({ root }) => labelledValue(root, LEFT, /^compensation$/i),
    // document.title "<Title> @ <Company>" (our assumption; JSON-LD usually names the company first).
    company: ({ doc }) => / @ (.+)$/.exec(doc.title.trim())?.[1] ?? null,
  },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: ['https://jobs.ashbyhq.com/tidewell/0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1', 'https://jobs.ashbyhq.com/tidewell/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/application'],
  layouts: [{ name: 'posting', fixture: 'tests/fixtures/boards/ashby/posting.html' }],
  notes: ['[class*="descriptionText"] is a CSS-module class (2026-05); the tab panel is the fallback.'],
};
