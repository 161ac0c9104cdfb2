// Any site the user grants: a page is a job page only when it carries a schema.org JobPosting that
// matches what is on screen; the description is the visible element holding that posting's text.
import type { Adapter, AdapterAbout } from './types.ts';
import { titleSegments } from './url.ts';

export const genericJsonLd: Adapter = {
  id: 'generic-jsonld',
  label: 'Any site with JobPosting data',
  matches: [],
  isJobView: () => true,
  // The page itself is the job: path without query or hash.
  jobKey: (url) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
  selectors: {
    root: ['main', '[role="main"]', 'article', 'body'],
    title: ['h1'],
    company: ['[itemprop="hiringOrganization"] [itemprop="name"]'],
    location: ['[itemprop="jobLocation"]'],
    pay: ['[itemprop="baseSalary"]'],
    description: ['[itemprop="description"]'],
  },
  read: { title: ({ doc }) => titleSegments(doc)[0] ?? null },
  jsonLd: 'required',
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [],
  layouts: [{ name: 'jsonld', fixture: 'tests/fixtures/boards/generic-jsonld/jsonld.html' }],
  notes: ['Description element: [itemprop=description], else the smallest element holding the JSON-LD text.'],
};
