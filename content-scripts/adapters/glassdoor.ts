// Glassdoor (job-boards.md §5): Next.js + CSS modules, so hashed classes are matched by prefix only.
// Search keeps the selected job in a right pane keyed by the selected card's data-jobid.
import type { Adapter, AdapterAbout } from './types.ts';
import { param } from './url.ts';

// Match patterns cannot wildcard a TLD: one per country site (Hide n' Seek's list, 2025-11).
const TLDS = ['com', 'at', 'be', 'ca', 'ch', 'co.in', 'co.nz', 'co.uk', 'com.ar', 'com.au', 'com.br', 'com.hk', 'com.mx', 'de', 'es', 'fr', 'ie', 'it', 'nl', 'sg'];
const SELECTED = '[data-test="job-card-wrapper"][data-selected="true"][data-jobid], li[data-test="jobListing"][data-selected="true"][data-jobid]';

export const glassdoor: Adapter = {
  id: 'glassdoor',
  label: 'Glassdoor',
  matches: TLDS.map((tld) => `https://*.glassdoor.${tld}/*`),
  isJobView(url) {
    if (param(url, 'jl', 'jobListingId')) return true;
    // Search results always show one job in the right pane.
    return /^\/Job\/.*(?:SRCH_|jobs\.htm)/.test(url.pathname);
  },
  jobKey(url, doc) {
    // On search pages the pane follows the selected card, which may have moved on from the URL's jl.
    const selected = /^\/Job\//.test(url.pathname) ? doc.querySelector(SELECTED)?.getAttribute('data-jobid') : null;
    return selected ?? param(url, 'jl', 'jobListingId');
  },
  selectors: {
    root: ['[class*="JobDetails_jobDetailsContainer"]', '[class*="TwoColumnLayout_columnRight"]'],
    title: ['[class*="JobDetails_jobDetailsHeaderWrapper"] h1', 'h1[class*="heading_Heading"]', 'h1'],
    company: ['[class*="EmployerProfile_employerName"]'],
    location: ['[class*="JobDetails_location"]', '[data-test="location"]'],
    pay: ['[class*="SalaryEstimate_salaryEstimateContainer"] [class*="SalaryEstimate_averageEstimate"]', '[class*="SalaryEstimate_salaryEstimateContainer"]'],
    description: ['[class*="JobDetails_jobDescription__"]', '#JobDescriptionContainer', '.jobDescriptionContent'],
    card: ['li[data-test="jobListing"][data-jobid]', '[data-test="job-card-wrapper"][data-jobid]', '[class*="JobsList_jobListItem"]'],
    cardTitle: ['a[data-test="job-title"]', '[class*="JobCard_jobTitle"]'],
    cardCompany: ['[class*="EmployerProfile_compactEmployerName"]'],
  },
  read: {
    cardKey: (card) => card.getAttribute('data-jobid') ?? card.querySelector('[data-jobid]')?.getAttribute('data-jobid') ?? null,
  },
  blockers: [{ selector: '[class*="JobDetails_blurDescription"]', reason: 'description is blurred until you sign in to Glassdoor' }],
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://www.glassdoor.com/job-listing/ai-trainer-physics-aurora-signal-JV_KO0,18_KE19,32.htm?jl=1009512345678',
    'https://www.glassdoor.co.uk/job-listing/j?jl=1009512345679',
    'https://www.glassdoor.com/partner/jobListing.htm?pos=101&ao=1136043&jobListingId=1009512345680',
    'https://www.glassdoor.com/Job/remote-ai-evaluator-jobs-SRCH_IL.0,6_IS11047_KO7,19.htm?jl=1009512345681',
  ],
  layouts: [
    { name: 'search-pane', fixture: 'tests/fixtures/boards/glassdoor/search-pane.html' },
    { name: 'blurred', fixture: 'tests/fixtures/boards/glassdoor/blurred.html' },
  ],
  notes: ['Whether the collapsed description holds the full text before "Show more" is unconfirmed.'],
};
