// Wellfound (job-boards.md §6): Next.js with CSS modules; the weakest evidence of all boards.
// Hashed classes are matched by their readable prefix only.
import type { Adapter, AdapterAbout } from './types.ts';
import { firstText } from '../extract/query.ts';
import { pathMatch } from './url.ts';

export const wellfound: Adapter = {
  id: 'wellfound',
  label: 'Wellfound',
  matches: ['https://wellfound.com/*'],
  isJobView(url) {
    return /^\/jobs\/\d+(?:-|$)/.test(url.pathname);
  },
  jobKey(url) {
    return pathMatch(url, /^\/jobs\/(\d+)/);
  },
  selectors: {
    root: ['[data-test="JobDetail"]', 'main'],
    title: ['h1[class*="styles_jobTitle"]', '[class*="styles_jobTitle"]', 'h1'],
    company: ['a[data-test="StartupName"]', 'a[href^="/company/"][class*="styles_name"]', 'a[href^="/company/"]'],
    location: ['[class*="styles_location"]'],
    pay: ['[class*="styles_compensation"]'],
    description: ['[data-test="JobPostingDescription"]', '[class*="styles_description"]'],
    card: ['[data-test="StartupResult"] [data-test="JobCard"]', '[data-test="JobCard"]'],
    cardTitle: ['a[data-test="JobTitle"]', 'a[href^="/jobs/"]'],
  },
  read: {
    cardKey: (card) => /^\/jobs\/(\d+)/.exec(card.querySelector('a[href^="/jobs/"]')?.getAttribute('href') ?? '')?.[1] ?? null,
    // Browse pages group job rows under their startup (job-boards.md §6): the name is in the group, not the row.
    cardCompany: (card) => {
      const group = card.closest('[data-test="StartupResult"]');
      return group ? firstText(group, ['a[data-test="StartupName"]', 'a[href^="/company/"]']) : null;
    },
  },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: ['https://wellfound.com/jobs/3182745-ai-safety-evaluator-policy', 'https://wellfound.com/jobs/3190021-staff-writer-ai-training-data'],
  layouts: [
    { name: 'job-page', fixture: 'tests/fixtures/boards/wellfound/job-page.html' },
    { name: 'browse', fixture: 'tests/fixtures/boards/wellfound/browse.html' },
  ],
  notes: [
    'data-test JobCard/JobTitle/JobPostingDescription are reported but unverified (job-boards.md §6).',
    'Card company: the StartupResult group header (StartupName link, else its /company/ link); unverified live.',
  ],
};
