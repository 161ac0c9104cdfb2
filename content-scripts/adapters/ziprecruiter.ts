// ZipRecruiter (job-boards.md §7): job pages under /c/<Company>/Job/..., /jobs/..., /k/, /ojob/, and a
// split-pane search whose right pane swaps in place. Unverified: how the selected job shows in the
// search URL (we read lk/jid when present, else the pane's apply link match_token).
import type { Adapter, AdapterAbout } from './types.ts';
import { param } from './url.ts';

const JOB_PATH = /^\/(?:c\/[^/]+\/Job\/|jobs\/[^/]+\/[^/]+|k\/|ojob\/|.*\/j$)/;

function paneToken(doc: Document): string | null {
  const href = doc.querySelector('[data-testid="right-pane"] a[aria-label="Apply"]')?.getAttribute('href') ?? '';
  return /[?&]match_token=([^&]+)/.exec(href)?.[1] ?? null;
}

const cardKey = (card: Element): string | null => card.getAttribute('data-listing-key') ?? card.getAttribute('id')?.replace(/^job-card-/, '') ?? null;

// The SERP's first-load JSON lists each card's employer (hydrateJobCardsResponse.jobCards[].company.name,
// job-boards.md §7). It is keyed by listing key, so cards loaded later are simply not in it. Parsed
// once per script element.
let embedded: { script: Element; names: Map<string, string> } | null = null;
function embeddedCompany(card: Element): string | null {
  const script = card.ownerDocument.getElementById('js_variables');
  if (!script) return null;
  if (embedded?.script !== script) {
    const names = new Map<string, string>();
    try {
      const data = JSON.parse(script.textContent ?? '') as { hydrateJobCardsResponse?: { jobCards?: { listingKey?: unknown; company?: { name?: unknown } }[] } };
      for (const job of data.hydrateJobCardsResponse?.jobCards ?? []) {
        if (typeof job?.listingKey === 'string' && typeof job.company?.name === 'string') names.set(job.listingKey, job.company.name);
      }
    } catch {
      // Not JSON (or not this shape): no names, and the card simply has no company.
    }
    embedded = { script, names };
  }
  const key = cardKey(card);
  return key ? (embedded.names.get(key) ?? null) : null;
}

export const ziprecruiter: Adapter = {
  id: 'ziprecruiter',
  label: 'ZipRecruiter',
  matches: ['https://www.ziprecruiter.com/*'],
  isJobView(url) {
    return JOB_PATH.test(url.pathname) || url.pathname.startsWith('/jobs-search');
  },
  jobKey(url, doc) {
    if (url.pathname.startsWith('/jobs-search')) return param(url, 'lk') ?? paneToken(doc);
    return param(url, 'jid', 'lvk') ?? url.pathname.replace(/\/+$/, '');
  },
  selectors: {
    root: ['[data-testid="right-pane"]', '.job_content', 'main'],
    title: ['h1', '.job_title'],
    company: ['[data-testid="job-details-company"]', 'a[href*="/co/"]', '.hiring_company_text', '.hiring_company'],
    location: ['[data-testid="job-details-location"]', '.location'],
    pay: ['[data-testid="job-details-salary"]', '.t_compensation'],
    description: ['.job_description', '[data-testid="job-details-description"]'],
    card: ['[data-testid="job-card"]', 'article.job_result'],
    cardTitle: ['h2', 'a.job_link'],
    // Our assumed hook, then the older job_result markup's org link.
    cardCompany: ['[data-testid="job-card-company"]', '.t_org_link'],
  },
  read: { cardKey, cardCompany: embeddedCompany },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://www.ziprecruiter.com/c/Brassica-Labs/Job/AI-Response-Evaluator-(Accounting)/-in-Remote?jid=7f3a9c2e1b4d5a60',
    'https://www.ziprecruiter.com/jobs/brassica-labs-1a2b3c4d/ai-response-evaluator-5e6f7a8b',
    'https://www.ziprecruiter.com/jobs-search?search=ai+evaluator&location=Remote&lk=Q2mE7yH1pXv0',
  ],
  layouts: [
    { name: 'job-page', fixture: 'tests/fixtures/boards/ziprecruiter/job-page.html' },
    { name: 'search-pane', fixture: 'tests/fixtures/boards/ziprecruiter/search-pane.html' },
  ],
  notes: [
    'data-testid job-details-* and job-card hooks in the search pane are our assumption, not verified live.',
    'Card company falls back to js_variables jobCards[].company.name by listing key (JobSpy), for first-load cards only.',
  ],
};
