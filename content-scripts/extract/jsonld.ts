// schema.org JobPosting read from the page's <script type="application/ld+json"> blocks. Finding and
// reading the posting is the core's (src/core/jsonld.ts, shared with the CLI); this file adds the
// DOM parts: gathering the blocks and turning the description HTML into text inertly. On SPAs the
// block describes the first job loaded, so a posting is only used when it matches the job on
// screen (see `jobPostingMatches`).
import { findJobPostings as findInBlocks, parseJsonLdBlocks, readJobPosting as readFields } from '../../src/core/jsonld.ts';
import { queryAll } from './query.ts';
import { fieldText } from './text.ts';

type Json = Record<string, unknown>;

export interface JsonLdJob {
  title: string | null;
  company: string | null;
  location: string | null;
  payText: string | null;
  url: string | null;
  identifier: string | null;
  /** The description HTML turned to plain text (inert parse, never attached to the page). */
  descriptionText: string | null;
}

export function findJobPostings(doc: Document): Json[] {
  return findInBlocks(parseJsonLdBlocks(queryAll(doc, 'script[type="application/ld+json"]').map((s) => s.textContent ?? '')));
}

/** HTML (possibly entity-escaped once more) to text, parsed inertly with DOMParser. */
export function htmlToText(html: string): string {
  const parse = (s: string): Document => new DOMParser().parseFromString(s, 'text/html');
  let doc = parse(html);
  if (/&lt;\/?[a-z]/i.test(html) && doc.body.children.length === 0) doc = parse(doc.body.textContent ?? '');
  return fieldText(doc.body);
}

export function readJobPosting(jp: Json): JsonLdJob {
  const f = readFields(jp);
  return {
    title: f.title ? fieldTextOf(f.title) : null,
    company: f.company,
    location: f.location,
    payText: f.payText,
    url: f.url,
    identifier: f.identifier,
    descriptionText: f.descriptionHtml ? htmlToText(f.descriptionHtml) : null,
  };
}

// Titles can carry entities ("R&amp;D"); decode them the same inert way.
function fieldTextOf(s: string): string {
  return /&[#a-z0-9]+;/i.test(s) ? htmlToText(s) : s.replace(/\s+/g, ' ');
}

export const normTitle = (s: string): string =>
  s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function samePage(b: URL, url: URL): boolean {
  const path = (p: string): string => p.replace(/\/+$/, '');
  return b.hostname.replace(/^www\./, '') === url.hostname.replace(/^www\./, '') && path(b.pathname) === path(url.pathname) && b.search === url.search;
}

/**
 * Is this JobPosting the job on screen? A url that names this page, or names a job key equal to the
 * one on screen, wins; a url naming another job loses outright (a stale block after in-page
 * navigation). Without a usable url: the identifier equals the key, or the title equals a title
 * visible on the page.
 */
export function jobPostingMatches(
  job: JsonLdJob,
  ctx: { url: URL; jobKey: string; keyOf: (url: URL) => string | null; visibleTitles: string[] },
): boolean {
  if (job.url) {
    let other: URL | null = null;
    try {
      other = new URL(job.url, ctx.url);
    } catch {
      other = null;
    }
    if (other && samePage(other, ctx.url)) return true;
    const key = other ? ctx.keyOf(other) : null;
    if (key !== null) return key === ctx.jobKey;
  }
  if (job.identifier && job.identifier.toLowerCase() === ctx.jobKey.toLowerCase()) return true;
  if (job.title) {
    const t = normTitle(job.title);
    if (t !== '' && ctx.visibleTitles.some((v) => normTitle(v) === t)) return true;
  }
  return false;
}
