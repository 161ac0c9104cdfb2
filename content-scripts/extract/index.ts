// The shared extractor: adapter data + a Document → a posting, or a clear reason why not. Only reads
// the page. Fields are queried inside the detail root, never the whole document, because result
// lists, nav bars and "similar jobs" carry decoy titles and company links.
import type { Adapter, ExtractResult, ReadContext } from '../adapters/types.ts';
import { strongInterstitial, weakInterstitial } from './interstitial.ts';
import { findJobPostings, jobPostingMatches, readJobPosting, type JsonLdJob } from './jsonld.ts';
import { locateText } from './locate.ts';
import { first, firstText, queryAll } from './query.ts';
import { fieldText, sectionsOf, textWithMap } from './text.ts';

export { textWithMap, type TextMap } from './text.ts';
export { extractCards, type Card } from './cards.ts';

type Field = 'title' | 'company' | 'location' | 'pay';

/** Shorter than this, a "description" is a loading placeholder or a clamp stub, not a posting. */
const MIN_DESCRIPTION = 40;

function readField(adapter: Adapter, ctx: ReadContext, field: Field): string | null {
  const raw = firstText(ctx.root, adapter.selectors[field]) ?? adapter.read?.[field]?.(ctx) ?? null;
  if (raw === null) return null;
  const tidy = adapter.tidy?.[field];
  const text = (tidy ? tidy(raw) : raw).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function matchingJsonLd(adapter: Adapter, ctx: ReadContext, domTitle: string | null): JsonLdJob | null {
  const visibleTitles = [domTitle, ...queryAll(ctx.root, 'h1').map(fieldText)].filter((t): t is string => !!t);
  const keyOf = (u: URL): string | null => (adapter.isJobView(u) ? adapter.jobKey(u, ctx.doc) : null);
  for (const raw of findJobPostings(ctx.doc)) {
    const job = readJobPosting(raw);
    if (jobPostingMatches(job, { url: ctx.url, jobKey: ctx.jobKey, keyOf, visibleTitles })) return job;
  }
  return null;
}

const unknown = (reason: string, pending = false): ExtractResult =>
  pending ? { status: 'unknown-layout', reason, pending: true } : { status: 'unknown-layout', reason };

export function extractPosting(doc: Document, url: URL, adapter: Adapter): ExtractResult {
  const wall = strongInterstitial(doc, url);
  if (wall) return { status: 'not-a-job-page', reason: wall };
  if (!adapter.isJobView(url)) return { status: 'not-a-job-page' };

  const root = first(doc, adapter.selectors.root);
  if (!root) {
    const weak = weakInterstitial(doc);
    if (weak) return { status: 'not-a-job-page', reason: weak };
    return unknown(`${adapter.id}: no detail root (${adapter.selectors.root.join(', ') || 'none declared'})`);
  }
  const jobKey = adapter.jobKey(url, doc);
  if (!jobKey) return unknown(`${adapter.id}: no job id in the URL or page`);
  for (const blocker of adapter.blockers ?? []) {
    if (queryAll(root, blocker.selector).length > 0) return unknown(`${adapter.id}: ${blocker.reason}`);
  }
  const ctx: ReadContext = { root, doc, url, jobKey };
  const paneKey = adapter.read?.paneKey?.(ctx) ?? null;
  if (paneKey !== null && paneKey !== jobKey) return unknown(`${adapter.id}: stale pane (shows ${paneKey}, URL says ${jobKey})`, true);

  const dom = {
    title: readField(adapter, ctx, 'title'),
    company: readField(adapter, ctx, 'company'),
    location: readField(adapter, ctx, 'location'),
    pay: readField(adapter, ctx, 'pay'),
  };
  const ld = matchingJsonLd(adapter, ctx, dom.title);
  if (adapter.jsonLd === 'required' && !ld) return { status: 'not-a-job-page', reason: 'no JobPosting for this page' };

  // Marks go in the visible description, so the text always comes from the page, never the JSON-LD.
  const descriptionElement =
    first(root, adapter.selectors.description) ??
    adapter.read?.description?.(ctx) ??
    (ld?.descriptionText ? locateText(root, ld.descriptionText) : null);
  if (!descriptionElement) {
    // A wall page can reuse the guest layout's root (LinkedIn's authwall sits in main#main-content).
    const weak = weakInterstitial(doc);
    if (weak) return { status: 'not-a-job-page', reason: weak };
    return unknown(`${adapter.id}: description not found`);
  }
  const { text } = textWithMap(descriptionElement);
  if (text.trim().length < MIN_DESCRIPTION) return unknown(`${adapter.id}: description empty or still loading`, true);

  return {
    status: 'ok',
    descriptionElement,
    posting: {
      board: adapter.id,
      url: url.href,
      jobKey,
      title: ld?.title ?? dom.title,
      company: ld?.company ?? dom.company,
      // The visible location first: JSON-LD often carries only a country (Greenhouse) or a city alone.
      location: dom.location ?? ld?.location ?? null,
      payText: ld?.payText ?? dom.pay,
      description: text,
      sections: sectionsOf(descriptionElement),
      via: ld ? 'json-ld' : 'dom',
    },
  };
}
