// schema.org JobPosting read from <script type="application/ld+json">. Blocks can be malformed, the
// posting can sit in an array, in @graph or under mainEntity(OfPage), and most fields may be scalar or
// array; every parse is wrapped. On SPAs the block describes the first job loaded, so a posting is
// only used when it matches the job on screen (see `jobPostingMatches`).
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

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);

function isJobPosting(o: Json): boolean {
  return list(o['@type']).some((t) => t === 'JobPosting' || t === 'http://schema.org/JobPosting' || t === 'https://schema.org/JobPosting');
}

function collect(node: unknown, out: Json[], depth = 0): void {
  if (depth > 6) return;
  for (const item of list(node)) {
    if (!isObj(item)) continue;
    if (isJobPosting(item)) out.push(item);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) collect(item[key], out, depth + 1);
  }
}

export function findJobPostings(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // A malformed block is skipped; others on the page may still be good.
    }
  }
  return out;
}

/** HTML (possibly entity-escaped once more) to text, parsed inertly with DOMParser. */
export function htmlToText(html: string): string {
  const parse = (s: string): Document => new DOMParser().parseFromString(s, 'text/html');
  let doc = parse(html);
  if (/&lt;\/?[a-z]/i.test(html) && doc.body.children.length === 0) doc = parse(doc.body.textContent ?? '');
  return fieldText(doc.body);
}

function placeText(place: unknown): string | null {
  if (!isObj(place)) return str(place);
  const address = isObj(place.address) ? place.address : null;
  if (!address) return str(place.name) ?? str(place.address);
  const country = isObj(address.addressCountry) ? str(address.addressCountry.name) : str(address.addressCountry);
  const parts = [str(address.addressLocality), str(address.addressRegion), country].filter((p): p is string => p !== null);
  return parts.length > 0 ? [...new Set(parts)].join(', ') : str(place.name);
}

function locationText(jp: Json): string | null {
  const places = list(jp.jobLocation).map(placeText).filter((p): p is string => p !== null);
  const remote = list(jp.jobLocationType).some((t) => t === 'TELECOMMUTE');
  const allowed = list(jp.applicantLocationRequirements)
    .map((r) => (isObj(r) ? str(r.name) : str(r)))
    .filter((p): p is string => p !== null);
  if (remote) return ['Remote', ...allowed, ...places].join(', ');
  return places.length > 0 ? places.join('; ') : null;
}

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', INR: '₹' };
const UNIT: Record<string, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function money(amount: unknown, currency: string): string | null {
  const n = typeof amount === 'number' ? amount : typeof amount === 'string' && amount.trim() !== '' ? Number(amount) : NaN;
  if (!Number.isFinite(n)) return null;
  const figure = n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const symbol = SYMBOL[currency];
  return symbol ? `${symbol}${figure}` : `${currency} ${figure}`.trim();
}

function payText(jp: Json): string | null {
  const salary = list(jp.baseSalary)[0];
  if (!isObj(salary)) return null;
  const currency = str(salary.currency) ?? '';
  const value = isObj(salary.value) ? salary.value : { value: salary.value };
  const min = money(value.minValue, currency);
  const max = money(value.maxValue, currency);
  const single = money(value.value, currency);
  const range = min && max ? (min === max ? min : `${min} - ${max}`) : (single ?? min ?? max);
  if (!range) return null;
  const unit = UNIT[String(value.unitText ?? salary.unitText ?? '').toUpperCase()];
  return unit ? `${range} per ${unit}` : range;
}

export function readJobPosting(jp: Json): JsonLdJob {
  const org = list(jp.hiringOrganization)[0];
  const identifier = list(jp.identifier)[0];
  const description = str(jp.description);
  return {
    title: str(jp.title) ? fieldTextOf(str(jp.title)!) : null,
    company: isObj(org) ? str(org.name) : str(org),
    location: locationText(jp),
    payText: payText(jp),
    url: str(jp.url),
    identifier: isObj(identifier) ? str(identifier.value) : str(identifier),
    descriptionText: description ? htmlToText(description) : null,
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
