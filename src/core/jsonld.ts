// schema.org JobPosting in JSON-LD, as boards embed it: top-level, in an array, in @graph or under
// mainEntityOfPage; @type may be an array; fields may be scalars or arrays. Pure: takes parsed JSON.

export interface JobPostingFields {
  title: string | null;
  company: string | null;
  location: string | null;
  /** The description as the page gave it (usually HTML). */
  descriptionHtml: string;
  payText: string | null;
  url: string | null;
  identifier: string | null;
  employmentType: string | null;
  remote: boolean;
}

function isJobPosting(node: unknown): node is Record<string, unknown> {
  if (!node || typeof node !== 'object') return false;
  const type = (node as Record<string, unknown>)['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

function* walk(node: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* walk(item, depth + 1);
    return;
  }
  if (isJobPosting(node)) yield node;
  const obj = node as Record<string, unknown>;
  if (obj['@graph']) yield* walk(obj['@graph'], depth + 1);
  if (obj.mainEntityOfPage && typeof obj.mainEntityOfPage === 'object') yield* walk(obj.mainEntityOfPage, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') yield* walk(obj.mainEntity, depth + 1);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function nameOf(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return str(x);
  if (x && typeof x === 'object') return str((x as Record<string, unknown>).name);
  return null;
}

function locationOf(v: unknown): string | null {
  const places = Array.isArray(v) ? v : v ? [v] : [];
  const names = places
    .map((p) => {
      if (!p || typeof p !== 'object') return str(p);
      const address = (p as Record<string, unknown>).address;
      if (typeof address === 'string') return str(address);
      if (!address || typeof address !== 'object') return str((p as Record<string, unknown>).name);
      const a = address as Record<string, unknown>;
      return [a.addressLocality, a.addressRegion, nameOf(a.addressCountry) ?? a.addressCountry].map(str).filter(Boolean).join(', ') || null;
    })
    .filter((x): x is string => !!x);
  return names.length ? [...new Set(names)].join(' · ') : null;
}

function payOf(v: unknown): string | null {
  const salary = first(v);
  if (!salary || typeof salary !== 'object') return str(salary);
  const s = salary as Record<string, unknown>;
  const currency = str(s.currency) ?? 'USD';
  const value = s.value && typeof s.value === 'object' ? (s.value as Record<string, unknown>) : { value: s.value };
  const min = str(value.minValue) ?? str(value.value);
  const max = str(value.maxValue);
  if (!min) return null;
  const unit = (str(value.unitText) ?? '').toLowerCase();
  const period = unit ? ` per ${unit}` : '';
  return `${currency} ${min}${max && max !== min ? ` - ${max}` : ''}${period}`;
}

function identifierOf(v: unknown): string | null {
  const x = first(v);
  if (x && typeof x === 'object') return str((x as Record<string, unknown>).value);
  return str(x);
}

/** The first JobPosting in any of the given JSON-LD blocks (already parsed). */
export function findJobPosting(blocks: readonly unknown[]): JobPostingFields | null {
  for (const block of blocks) {
    for (const node of walk(block)) {
      const descriptionHtml = str(node.description) ?? '';
      const type = first(node.employmentType);
      return {
        title: str(node.title) ?? str(node.name),
        company: nameOf(node.hiringOrganization),
        location: locationOf(node.jobLocation),
        descriptionHtml,
        payText: payOf(node.baseSalary) ?? payOf(node.estimatedSalary),
        url: str(node.url),
        identifier: identifierOf(node.identifier),
        employmentType: str(type),
        remote: node.jobLocationType === 'TELECOMMUTE',
      };
    }
  }
  return null;
}

/** Parses each block's text; malformed blocks are skipped, as real pages carry some. */
export function parseJsonLdBlocks(texts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const t of texts) {
    try {
      out.push(JSON.parse(t));
    } catch {
      // A broken block on the page is not our error to report.
    }
  }
  return out;
}
