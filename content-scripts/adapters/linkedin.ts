// LinkedIn: three layouts live at once (job-boards.md §2, checked against a 2026 inspection).
// SDUI (/jobs/search-results/, /jobs/view/<id>/ signed-in): hashed classes, data-sdui-* and
// componentkey hooks, no h1. Classic Ember (/jobs/search/, /jobs/collections/): BEM classes and
// #job-details. Guest (logged-out /jobs/view/<slug>-<id>): top-card-layout classes + JSON-LD.
import type { Adapter, AdapterAbout, ReadContext } from './types.ts';
import { fieldText } from '../extract/text.ts';
import { linkedinIdIn, param, pathMatch, titleSegments } from './url.ts';

const SDUI_ABOUT = '[componentkey^="JobDetails_AboutTheJob_"]';
/** Class prefix of the classic top card (spelled once: the content script ships these strings as they are). */
const TOP = '.job-details-jobs-unified-top-card__';
const isSdui = (root: Element): boolean => root.matches('[data-sdui-screen], [data-testid="lazy-column"]');
const outsideComponents = (el: Element): boolean => el.closest('[data-sdui-component]') === null;

function sduiTitle({ root, doc, jobKey }: ReadContext): string | null {
  if (!isSdui(root)) return null;
  const link = Array.from(root.querySelectorAll(`p > a[href*="/jobs/view/${jobKey}"]`)).find(outsideComponents);
  if (link) return fieldText(link);
  // Standalone view has no title element; its document.title is "<Title> | <Company> | LinkedIn".
  const [title, , site] = titleSegments(doc);
  return site === 'LinkedIn' ? (title ?? null) : null;
}

function sduiCompany({ root, doc }: ReadContext): string | null {
  if (!isSdui(root)) return null;
  const labelled = root.querySelector('[aria-label^="Company,"]');
  if (labelled) return fieldText(labelled);
  const link = Array.from(root.querySelectorAll('a[href*="/company/"]')).find((a) => outsideComponents(a) && fieldText(a) !== '');
  if (link) return fieldText(link);
  const [, company, site] = titleSegments(doc);
  return site === 'LinkedIn' ? (company ?? null) : null;
}

// "Location · 2 days ago · 40 applicants": the first span of the first such line, by position only.
function sduiLocation({ root }: ReadContext): string | null {
  if (!isSdui(root)) return null;
  const line = Array.from(root.querySelectorAll('p')).find((p) => outsideComponents(p) && fieldText(p).includes('·'));
  const span = line?.querySelector('span');
  return span ? fieldText(span) : null;
}

// Pay sits in unlabelled pills ("$85/hr - $120/hr"); only a short text that shows money counts.
const MONEY = /(?:[$€£]\s?\d|\b(?:USD|EUR|GBP)\s?\d)/;
function pillPay({ root }: ReadContext): string | null {
  const pills = root.querySelectorAll('.job-details-fit-level-preferences button, .job-details-fit-level-preferences .tvm__text, a, span, button');
  for (const pill of Array.from(pills)) {
    if (pill.closest('[data-sdui-component], #job-details, .show-more-less-html__markup, .jobs-company__box') !== null) continue;
    const text = fieldText(pill);
    if (MONEY.test(text) && text.length <= 60) return text;
  }
  return null;
}

function paneKey({ root }: ReadContext): string | null {
  const about = root.querySelector(SDUI_ABOUT)?.getAttribute('componentkey');
  if (about) return /_(\d+)$/.exec(about)?.[1] ?? null;
  const apply = root.querySelector('.jobs-apply-button[data-job-id]')?.getAttribute('data-job-id');
  if (apply) return apply;
  return linkedinIdIn(root.querySelector(`${TOP}job-title a`)?.getAttribute('href') ?? null);
}

function cardKey(card: Element): string | null {
  const ref = card.getAttribute('componentkey') ?? '';
  if (ref.startsWith('job-card-component-ref-')) return ref.slice('job-card-component-ref-'.length);
  return (
    card.getAttribute('data-occludable-job-id') ??
    card.getAttribute('data-job-id') ??
    card.querySelector('[data-job-id]')?.getAttribute('data-job-id') ??
    linkedinIdIn(card.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href') ?? null) ??
    /jobPosting:(\d+)/.exec(card.getAttribute('data-entity-urn') ?? '')?.[1] ??
    null
  );
}

// SDUI cards have no hooks: their <p> lines run [title, company, location, …] (two 2026 readers of the
// live markup agree), so the company is the line after the title's, read by position like the title.
function sduiCardCompany(card: Element, title: string): string | null {
  if (!title || !card.matches('[componentkey^="job-card-component-ref-"]')) return null;
  const lines = Array.from(card.querySelectorAll('p'), fieldText).filter(Boolean);
  const at = lines.findIndex((line) => line.includes(title));
  return at < 0 ? null : (lines.slice(at + 1).find((line) => line !== lines[at]) ?? null);
}

const JOB_LIST_PATH = /^\/jobs\/(?:search|search-results|collections)(?:\/|$)/;

export const linkedin: Adapter = {
  id: 'linkedin',
  label: 'LinkedIn',
  // Whole origin: the SPA reaches /jobs/ from /feed/ without a page load. Country hosts serve the
  // logged-out pages.
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/jobs/*'],
  isJobView(url) {
    if (pathMatch(url, /^\/jobs\/view\/([^/]+)/)) return linkedinIdIn(url.pathname) !== null;
    return JOB_LIST_PATH.test(url.pathname) && /^\d+$/.test(param(url, 'currentJobId') ?? '');
  },
  jobKey(url) {
    return param(url, 'currentJobId') ?? linkedinIdIn(url.pathname);
  },
  selectors: {
    root: [
      '[data-sdui-screen$=".SemanticJobDetails"] [data-testid="lazy-column"]:not([componentkey="SearchResultsMainContent"])',
      '[data-sdui-screen$=".JobDetails"]',
      '.jobs-search__job-details--container',
      '.jobs-search__job-details',
      '.job-view-layout',
      '.jobs-details__main-content',
      '.jobs-details',
      'main#main-content',
      '.core-rail',
    ],
    title: [`${TOP}job-title h1`, 'h1.t-24', '.top-card-layout__title', 'h1.topcard__title'],
    company: [`${TOP}company-name a`, `${TOP}company-name`, 'a.topcard__org-name-link', '.top-card-layout__company-url'],
    location: [
      `${TOP}primary-description-container .tvm__text`,
      `${TOP}tertiary-description-container .tvm__text`,
      '.topcard__flavor--bullet',
      '.top-card-layout__bullet',
    ],
    pay: ['.compensation__salary'],
    description: [
      `${SDUI_ABOUT} [data-testid="expandable-text-box"]`,
      '[data-sdui-component$=".aboutTheJob"] [data-testid="expandable-text-box"]',
      '#job-details',
      '.show-more-less-html__markup',
      '.description__text',
    ],
    card: ['[componentkey^="job-card-component-ref-"]', 'li[data-occludable-job-id]', 'div.job-card-container[data-job-id]', 'div.base-search-card', '.base-card'],
    cardTitle: ['a[href*="/jobs/view/"] strong', 'a.job-card-container__link', '.job-card-job-posting-card-wrapper__card-link', '.base-search-card__title', 'a[href*="/jobs/view/"]', 'p'],
    // Classic (signed-in) lockup subtitle, then the guest search card's h4 subtitle.
    cardCompany: ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.base-search-card__subtitle'],
  },
  read: { title: sduiTitle, company: sduiCompany, location: sduiLocation, pay: pillPay, paneKey, cardKey, cardCompany: sduiCardCompany },
};

/** Test/doc-only facts (tree-shaken out of the content script). */
export const about: AdapterAbout = {
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4023456789&keywords=ai%20trainer',
    'https://www.linkedin.com/jobs/search/?currentJobId=4034567890&keywords=rlhf',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4045678901',
    'https://de.linkedin.com/jobs/view/ai-model-evaluator-at-lumen-ridge-4056789012?trk=public_jobs_topcard-title',
  ],
  layouts: [
    { name: 'sdui-view', fixture: 'tests/fixtures/boards/linkedin/sdui-view.html' },
    { name: 'sdui-search', fixture: 'tests/fixtures/boards/linkedin/sdui-search.html' },
    { name: 'classic-search', fixture: 'tests/fixtures/boards/linkedin/classic-search.html' },
    { name: 'guest', fixture: 'tests/fixtures/boards/linkedin/guest.html' },
    { name: 'guest-search', fixture: 'tests/fixtures/boards/linkedin/guest-search.html' },
  ],
  notes: [
    'SDUI title/company/location have no hooks: read by position and from document.title (2026 inspection).',
    'Classic document.title is the list title, so the title getter only applies to SDUI roots.',
    'The interop iframe (/preload/) is covered by the whole-origin match and all_frames.',
    'SDUI cards: the company is the <p> line after the title line (position only; no hook, no class to trust).',
  ],
};
