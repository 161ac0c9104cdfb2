// The shape of one job-board adapter: declarative data plus, where selectors can't say it, a
// small getter. Adapters only read the DOM; the runtime turns their output into a Posting.
import type { ExtractedPosting } from '../../src/core/types.ts';

export interface Adapter {
  /** kebab-case, equals the file name. */
  id: string;
  label: string;
  /** Match patterns: the single source for manifest.json content_scripts matches. */
  matches: string[];
  /** Is a single posting on screen at this URL (detail page or detail pane)? */
  isJobView(url: URL): boolean;
  /** Identity of the posting on screen, from the URL (and the document when the URL lacks it). */
  jobKey(url: URL, doc: Document): string | null;
  /** Ordered fallbacks per field, stable hooks first. */
  selectors: {
    root: string[];
    title: string[];
    company: string[];
    location: string[];
    pay: string[];
    description: string[];
    /** Result-list cards, for the per-card marker. */
    card?: string[];
    /** Title inside one card (scoped to the card). */
    cardTitle?: string[];
    /** Employer inside one card (scoped to the card); omit where cards show none (Upwork). */
    cardCompany?: string[];
  };
  // ---- Optional additions (additive; the fields above are unchanged). ----
  /** Getters for what selectors can't say. Field getters run after that field's selectors fail. */
  read?: AdapterReaders;
  /** Per-field clean-up of the text a selector or getter found (e.g. strip "- job post"). */
  tidy?: Partial<Record<'title' | 'company' | 'location' | 'pay', (text: string) => string>>;
  /** Inside the detail root, markup meaning "a posting is here but we may not read it" (blurred text). */
  blockers?: { selector: string; reason: string }[];
  /** 'required': only pages carrying a matching JobPosting JSON-LD are job pages (generic adapter). */
  jsonLd?: 'prefer' | 'required';
}

/**
 * What tests and docs know about an adapter. Exported beside the adapter from the same file but
 * never imported by the runtime, so the bundler leaves these strings out of the content script.
 */
export interface AdapterAbout {
  /** Real URL shapes this adapter claims (tests: each is claimed by exactly one adapter). */
  exampleUrls: string[];
  /** Layout names with the fixture that proves each. */
  layouts: { name: string; fixture: string }[];
  /** One line per known layout quirk or unverified assumption. */
  notes?: string[];
}

/** What a getter sees: the detail root (never the whole document for fields), plus page context. */
export interface ReadContext {
  root: Element;
  doc: Document;
  url: URL;
  jobKey: string;
}

export interface AdapterReaders {
  title?(ctx: ReadContext): string | null;
  company?(ctx: ReadContext): string | null;
  location?(ctx: ReadContext): string | null;
  pay?(ctx: ReadContext): string | null;
  /** The description element when no selector can name it (e.g. the parent of several sections). */
  description?(ctx: ReadContext): Element | null;
  /** The job id the detail pane itself shows; when it differs from jobKey the pane is stale. */
  paneKey?(ctx: ReadContext): string | null;
  /** The job key of one result-list card. */
  cardKey?(card: Element): string | null;
  /** The employer of one card when no cardCompany selector finds it (position, group header, embedded data). */
  cardCompany?(card: Element, title: string): string | null;
}

export type ExtractResult =
  | { status: 'ok'; posting: ExtractedPosting; descriptionElement: Element }
  /** pending: the page is probably still rendering this job (stale pane); retry on the next mutation. */
  | { status: 'unknown-layout'; reason: string; pending?: boolean }
  /** reason (optional): why, when it was an interstitial (sign-in wall, bot challenge). */
  | { status: 'not-a-job-page'; reason?: string };
