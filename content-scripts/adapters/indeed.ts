// Indeed (job-boards.md §4): /viewjob?jk= pages and the search right pane (?vjk=). Country sites are
// subdomains. #jobDescriptionText has been the stable hook for years.
import type { Adapter, AdapterAbout } from './types.ts';
import { param } from './url.ts';

/** Indeed's header class/test-id prefix (spelled once: the content script ships these strings as they are). */
const H = 'jobsearch-JobInfoHeader-';

export const indeed: Adapter = {
  id: 'indeed',
  label: 'Indeed',
  matches: ['https://*.indeed.com/*'],
  isJobView(url) {
    return /^[0-9a-f]{16}$/i.test(param(url, 'jk', 'vjk') ?? '');
  },
  jobKey(url) {
    return param(url, 'jk', 'vjk');
  },
  selectors: {
    root: ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-ViewJobLayout', '#viewJobSSRRoot', '.jobsearch-JobComponent'],
    title: [`[data-testid="${H}title"]`, `h1.${H}title`, 'h2[data-testid="simpler-jobTitle"]', `.${H}title-container`],
    company: ['[data-testid="inlineHeader-companyName"] a', '[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]', `.${H}companyNameSimple`, `.${H}companyNameLink`],
    location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', `[data-testid="${H}companyLocation"]`],
    pay: ['#salaryInfoAndJobType [data-testid="salary"]', '#salaryInfoAndJobType span:first-child', '#salaryInfoAndJobType'],
    description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
    card: ['.job_seen_beacon', 'li:has(.result:not([aria-hidden="true"]))'],
    cardTitle: ['h2.jobTitle span[title]', 'a.jcs-JobTitle', 'span[id^="jobTitle-"]'],
    cardCompany: ['[data-testid="company-name"]', '.companyName'],
  },
  read: { cardKey: (card) => card.querySelector('[data-jk]')?.getAttribute('data-jk') ?? null },
  tidy: {
    // The title element's text can end with "- job post" (screen-reader suffix).
    title: (t) => t.replace(/\s*-\s*job post\s*$/i, ''),
    // Without a salary, the first span of #salaryInfoAndJobType is the job type ("Part-time, Contract"): no pay.
    pay: (t) => (/\d/.test(t) ? t : ''),
  },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=3f9a2c7e1b5d8a40',
    'https://uk.indeed.com/viewjob?jk=5c1e8b2a9d4f7e63&from=serp',
    'https://www.indeed.com/jobs?q=ai+trainer&l=Remote&vjk=7d2b9e4c1a8f3e56',
    'https://ca.indeed.com/m/viewjob?jk=9a4c1e7b3d2f8a15',
  ],
  layouts: [
    { name: 'viewjob', fixture: 'tests/fixtures/boards/indeed/viewjob.html' },
    { name: 'search-pane', fixture: 'tests/fixtures/boards/indeed/search-pane.html' },
    { name: 'viewjob-es', fixture: 'tests/fixtures/boards/indeed/viewjob-es.html' },
  ],
  notes: ['Older search layouts used iframe#vjs-container-iframe: all_frames lets the script run inside it.'],
};
