// Result-list cards for the per-card marker. Only rendered cards count: virtualised lists keep
// empty shells for off-screen items, and those have no text yet.
import type { Adapter } from '../adapters/types.ts';
import { CARD_COMPANY_MAX } from '../../src/schema/messages.ts';
import { firstText, queryAll } from './query.ts';
import { textWithMap } from './text.ts';

export interface Card {
  element: Element;
  jobKey: string;
  title: string;
  /** The employer the card shows, or null where the board shows none or we could not read it. */
  company: string | null;
  text: string;
}

/** The card's employer: selectors first, then the adapter's getter. A long text is not a name field, so it is dropped, never cut. */
function cardCompany(card: Element, adapter: Adapter, title: string): string | null {
  const raw = firstText(card, adapter.selectors.cardCompany ?? []) ?? adapter.read?.cardCompany?.(card, title) ?? null;
  const company = raw?.replace(/\s+/g, ' ').trim() ?? '';
  return company !== '' && company.length <= CARD_COMPANY_MAX ? company : null;
}

export function extractCards(doc: Document, adapter: Adapter): Card[] {
  let elements: Element[] = [];
  // The first selector that matches anything wins, so nested wrappers are not counted twice.
  for (const selector of adapter.selectors.card ?? []) {
    elements = queryAll(doc, selector);
    if (elements.length > 0) break;
  }
  const seen = new Set<string>();
  const cards: Card[] = [];
  for (const element of elements) {
    const jobKey = adapter.read?.cardKey?.(element) ?? null;
    const text = textWithMap(element).text.trim();
    if (!jobKey || text === '' || seen.has(jobKey)) continue;
    seen.add(jobKey);
    const title = firstText(element, adapter.selectors.cardTitle ?? []) ?? '';
    cards.push({ element, jobKey, title, company: cardCompany(element, adapter, title), text });
  }
  return cards;
}
