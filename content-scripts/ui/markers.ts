// Per-card markers on result lists. They live in our shadow layer, positioned over the cards'
// top-right corners; the cards themselves are never touched. Only cards on screen get a marker.
import { el } from './dom.ts';

export interface CardVerdict {
  key: string;
  aiEvaluator: boolean;
  warnings: number;
  topWarning: string | null;
}

export function markerLabel(verdict: CardVerdict): string | null {
  if (verdict.warnings > 0) return `${verdict.warnings} ⚠${verdict.aiEvaluator ? ' · AI' : ''}`;
  return verdict.aiEvaluator ? 'AI eval' : null;
}

export class CardMarkers {
  readonly #box: HTMLElement;
  readonly #nodes = new Map<string, HTMLElement>();

  constructor(layer: HTMLElement) {
    this.#box = el('div', { 'data-part': 'card-markers' });
    layer.append(this.#box);
  }

  get count(): number {
    return this.#nodes.size;
  }

  /** Draw markers for the given visible cards at their current positions; drop the rest. */
  update(visible: { key: string; element: Element; verdict: CardVerdict }[], clip: Element | null = null): void {
    const keep = new Set<string>();
    // Cards scrolled out of their list's own scroll box must not get a marker floating over the header.
    const box = clip?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    for (const { key, element, verdict } of visible) {
      const label = markerLabel(verdict);
      const rect = element.getBoundingClientRect();
      if (!label || rect.bottom < top + 12 || rect.top > bottom - 12 || rect.width === 0) continue;
      keep.add(key);
      let node = this.#nodes.get(key);
      if (!node) {
        node = el('span', { class: 'marker', 'data-card': key });
        this.#nodes.set(key, node);
        this.#box.append(node);
      }
      if (node.textContent !== label) node.textContent = label;
      node.className = `marker ${verdict.warnings ? (verdict.warnings > 1 ? 'high' : 'warn') : 'ai'}`;
      node.title = verdict.topWarning ?? 'AI-evaluator role';
      node.style.top = `${Math.max(top, rect.top + 4)}px`;
      node.style.left = `${Math.max(0, rect.right - 64)}px`;
    }
    for (const [key, node] of this.#nodes) {
      if (!keep.has(key)) {
        node.remove();
        this.#nodes.delete(key);
      }
    }
  }

  destroy(): void {
    this.#box.remove();
    this.#nodes.clear();
  }
}
