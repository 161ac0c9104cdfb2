// schema.org JobPosting in JSON-LD, as boards embed it: top-level, in an array, in @graph, under
// mainEntity(OfPage) or an ItemList; @type may be an array or a full schema.org URL; fields may be
// scalars or arrays. Pure: it takes parsed JSON. The content script and the CLI both read with it;
// each turns the description HTML into text its own way (DOMParser in the page, linkedom in Node).

type Json = Record<string, unknown>;

export interface JobPostingFields {
  title: string | null;
  company: string | null;
  location: string | null;
  /** The description as the page gave it (usually HTML, sometimes entity-escaped once more). */
  descriptionHtml: string;
  payText: string | null;
  url: string | null;
  identifier: string | null;
  employmentType: string | null;
  remote: boolean;
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

/** Every JobPosting object in the given (already parsed) JSON-LD blocks, in page order. */
export function findJobPostings(blocks: readonly unknown[]): Json[] {
  const out: Json[] = [];
  for (const block of blocks) collect(block, out);
  return out;
}

/** Parses each block's text; malformed blocks are skipped, as real pages carry some. */
export function parseJsonLdBlocks(texts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const t of texts) {
    try {
      out.push(JSON.parse(t));
    } catch {
      // A broken block on the page is not our error to report; others may still be good.
    }
  }
  return out;
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

/** baseSalary as a line the pay parser reads: "$45 - $60 per hour". */
function payText(jp: Json): string | null {
  const salary = list(jp.baseSalary)[0] ?? list(jp.estimatedSalary)[0];
  if (!isObj(salary)) return str(salary);
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

export function readJobPosting(jp: Json): JobPostingFields {
  const org = list(jp.hiringOrganization)[0];
  const identifier = list(jp.identifier)[0];
  return {
    title: str(jp.title) ?? str(jp.name),
    company: isObj(org) ? str(org.name) : str(org),
    location: locationText(jp),
    descriptionHtml: str(jp.description) ?? '',
    payText: payText(jp),
    url: str(jp.url),
    identifier: isObj(identifier) ? str(identifier.value) : str(identifier),
    employmentType: str(list(jp.employmentType)[0]),
    remote: list(jp.jobLocationType).some((t) => t === 'TELECOMMUTE'),
  };
}

/** The first JobPosting in the blocks, read; null when there is none. */
export function findJobPosting(blocks: readonly unknown[]): JobPostingFields | null {
  const first = findJobPostings(blocks)[0];
  return first ? readJobPosting(first) : null;
}
