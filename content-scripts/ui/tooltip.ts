// The explanation shown next to a mark (on hover, or when its warning is focused in the panel).
import type { SignalHit } from '../../src/core/types.ts';
import { el } from './dom.ts';

export class Tooltip {
  readonly #node: HTMLElement;
  #current: SignalHit | null = null;

  constructor(layer: HTMLElement) {
    this.#node = el('div', { class: 'tip', role: 'tooltip', hidden: true, 'data-part': 'tooltip' });
    layer.append(this.#node);
  }

  get showing(): SignalHit | null {
    return this.#current;
  }

  show(flag: SignalHit, anchor: DOMRect): void {
    if (this.#current !== flag) {
      this.#node.replaceChildren(el('b', {}, `${flag.severity.toUpperCase()} · ${flag.title}`), flag.explanation);
      this.#current = flag;
    }
    this.#node.hidden = false;
    const width = Math.min(320, window.innerWidth - 16);
    const left = Math.min(Math.max(8, anchor.left), window.innerWidth - width - 8);
    const below = anchor.bottom + 6;
    const top = below + 80 > window.innerHeight ? Math.max(8, anchor.top - 86) : below;
    this.#node.style.left = `${left}px`;
    this.#node.style.top = `${top}px`;
  }

  hide(): void {
    this.#node.hidden = true;
    this.#current = null;
  }

  destroy(): void {
    this.#node.remove();
  }
}
