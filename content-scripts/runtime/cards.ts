// Per-card markers on result lists: read rendered cards, classify new ones in one background round
// trip, and hand the on-screen ones to the overlay. Verdicts are cached per job key for the page's life.
import { extractCards } from '../extract/index.ts';
import type { Adapter } from '../adapters/types.ts';
import { analyzeCardsResponse } from '../../src/schema/messages.ts';
import { sendMessage } from '../../src/platform/messaging.ts';
import type { CardVerdict } from '../ui/markers.ts';
import type { CardOnScreen } from '../ui/overlay.ts';

const MAX_BATCH = 40;
const MAX_TEXT = 1200;

export class CardTracker {
  readonly #verdicts = new Map<string, CardVerdict>();
  readonly #asked = new Set<string>();
  #listParent: Element | null = null;
  #scroller: Element | null = null;

  get parent(): Element | null {
    return this.#listParent;
  }

  /** The list's own scroll box (LinkedIn's list scrolls inside a container, not the window). */
  get clip(): Element | null {
    return this.#scroller;
  }

  /** Cards currently rendered, with verdicts for those we know; asks the background about new ones. */
  async scan(adapter: Adapter, signal: AbortSignal, onUpdate: (cards: CardOnScreen[]) => void): Promise<void> {
    if (!adapter.selectors.card?.length) return;
    const cards = extractCards(document, adapter);
    const parent = cards[0]?.element.parentElement ?? null;
    if (parent !== this.#listParent) {
      this.#listParent = parent;
      this.#scroller = scrollBox(parent);
    }
    const onScreen = () =>
      cards.flatMap((card) => {
        const verdict = this.#verdicts.get(card.jobKey);
        return verdict && card.element.isConnected ? [{ key: card.jobKey, element: card.element, verdict }] : [];
      });
    onUpdate(onScreen());
    const fresh = cards.filter((card) => !this.#asked.has(card.jobKey)).slice(0, MAX_BATCH);
    if (!fresh.length) return;
    for (const card of fresh) this.#asked.add(card.jobKey);
    try {
      const { results } = await sendMessage(
        {
          type: 'analyze-cards',
          cards: fresh.map((card) => ({
            key: card.jobKey,
            title: card.title,
            ...(card.company ? { company: card.company } : {}),
            text: card.text.slice(0, MAX_TEXT),
          })),
        } as { type: string },
        analyzeCardsResponse,
      );
      for (const verdict of results) this.#verdicts.set(verdict.key, verdict);
    } catch {
      for (const card of fresh) this.#asked.delete(card.jobKey);
      return;
    }
    if (!signal.aborted) onUpdate(onScreen());
  }
}

function scrollBox(from: Element | null): Element | null {
  for (let el = from; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}
