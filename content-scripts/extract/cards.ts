// Result-list cards for the per-card marker. Only rendered cards count: virtualised lists keep
// empty shells for off-screen items, and those have no text yet.
import type { Adapter } from '../adapters/types.ts';
import { firstText, queryAll } from './query.ts';
import { textWithMap } from './text.ts';

export interface Card {
  element: Element;
  jobKey: string;
  title: string;
  text: string;
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
    cards.push({ element, jobKey, title: firstText(element, adapter.selectors.cardTitle ?? []) ?? '', text });
  }
  return cards;
}
