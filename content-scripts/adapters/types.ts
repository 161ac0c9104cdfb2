// The shape of one job-board adapter: declarative data plus, where selectors can't say it, a
// small getter. Adapters only read the DOM; the runtime turns their output into a Posting.
import type { ExtractedPosting } from '../../src/core/types.ts';

export interface Adapter {
  /** kebab-case, equals the file name. */
  id: string;
  label: string;
  /** Match patterns: the single source for manifest.json content_scripts matches. */
  matches: string[];
  /** Real URL shapes this adapter claims (tests: each is claimed by exactly one adapter). */
  exampleUrls: string[];
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
  };
  /** Layout names with the fixture that proves each. */
  layouts: { name: string; fixture: string }[];
}

export type ExtractResult =
  | { status: 'ok'; posting: ExtractedPosting; descriptionElement: Element }
  | { status: 'unknown-layout'; reason: string }
  | { status: 'not-a-job-page' };
