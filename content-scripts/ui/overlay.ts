// Everything we draw for one document: marks, the summary chip and panel, the tooltip and card
// markers, all inside our one shadow host (which the always-on runtime owns and hands over; see
// content-scripts/ui-main.ts). Positions follow scroll and resize in one batched pass.
import type { Analysis, SignalHit } from '../../src/core/types.ts';
import { live } from '../runtime/debug.ts';
import { batched } from '../runtime/schedule.ts';
import { buildMarks, clearMarks, flash, markAt, paintMarks, removePageSheet, type Mark } from './highlights.ts';
import { ensureAttached, type Host } from '../runtime/host.ts';
import { el, sheet } from './dom.ts';
import { CardMarkers, type CardVerdict } from './markers.ts';
import { SHADOW_CSS } from './styles.ts';
import { Summary } from './summary.ts';
import { Tooltip } from './tooltip.ts';

export interface CardOnScreen {
  key: string;
  element: Element;
  verdict: CardVerdict;
}

export class Overlay {
  readonly host: Host;
  readonly #layer: HTMLElement;
  readonly #controller = new AbortController();
  readonly #summary: Summary;
  readonly #tooltip: Tooltip;
  readonly #markers: CardMarkers;
  #marks: Mark[] = [];
  #anchor: Element | null = null;
  #cards: CardOnScreen[] = [];
  #cardClip: Element | null = null;
  #pointer = { x: 0, y: 0 };
  readonly #reposition;
  readonly #hover;

  constructor(host: Host) {
    this.host = host;
    host.root.adoptedStyleSheets = [sheet(SHADOW_CSS)];
    const layer = (this.#layer = el('div', { class: 'layer', part: 'layer' }));
    host.root.append(layer);
    const signal = this.#controller.signal;
    this.#summary = new Summary(layer, {
      reveal: (flag, doFlash) => this.#reveal(flag, doFlash),
      conceal: () => this.#tooltip.hide(),
    });
    this.#summary.chip.hidden = true;
    this.#tooltip = new Tooltip(layer);
    this.#markers = new CardMarkers(layer);
    this.#reposition = batched(() => this.#place(), signal);
    this.#hover = batched(() => this.#hoverCheck(), signal);
    const passive = { passive: true, signal, capture: true } as const;
    // Capture: job lists and panes scroll inside their own containers, whose scroll events don't bubble.
    document.addEventListener('scroll', this.#reposition, passive);
    window.addEventListener('resize', this.#reposition, passive);
    document.addEventListener(
      'pointermove',
      (event) => {
        if (this.#marks.length === 0) return;
        this.#pointer = { x: event.clientX, y: event.clientY };
        this.#hover();
      },
      passive,
    );
    live.listeners += 3;
    signal.addEventListener('abort', () => (live.listeners -= 3), { once: true });
  }

  get markCount(): number {
    return this.#marks.length;
  }

  get markerCount(): number {
    return this.#markers.count;
  }

  /** Show a posting's analysis: marks over its evidence and the summary near the pane. */
  show(analysis: Analysis, description: string, descriptionElement: Element, anchor: Element): void {
    ensureAttached(this.host);
    this.#anchor = anchor;
    this.applyMarks(analysis.redFlags, description, descriptionElement);
    this.#summary.render(analysis);
    this.#summary.chip.hidden = false;
    this.#place();
  }

  /** Same text, new nodes (the page re-rendered the description): rebuild ranges only. */
  applyMarks(flags: SignalHit[], description: string, descriptionElement: Element): void {
    this.#tooltip.hide();
    this.#marks = buildMarks(descriptionElement, description, flags);
    paintMarks(this.#marks);
    live.markPaints++;
    this.host.set('marks-at', performance.now().toFixed(1));
    this.host.set('marks', this.#marks.length);
  }

  /** Do the current ranges still sit in the live description? */
  marksLive(descriptionElement: Element): boolean {
    return this.#marks.every((mark) => descriptionElement.contains(mark.range.commonAncestorContainer));
  }

  clearPosting(): void {
    this.#marks = [];
    clearMarks();
    this.#tooltip.hide();
    this.#summary.toggle(false);
    this.#summary.chip.hidden = true;
    this.#anchor = null;
    this.host.set('marks', 0);
  }

  setCards(cards: CardOnScreen[], clip: Element | null = null): void {
    this.#cards = cards;
    this.#cardClip = clip;
    this.#markers.update(cards, clip);
  }

  destroy(): void {
    this.#controller.abort();
    this.clearPosting();
    removePageSheet();
    this.#summary.destroy();
    this.#tooltip.destroy();
    this.#markers.destroy();
    this.#layer.remove();
  }

  #place(): void {
    this.#summary.place(this.#anchor?.isConnected ? this.#anchor.getBoundingClientRect() : null);
    if (this.#cards.length) this.#markers.update(this.#cards, this.#cardClip);
    const shown = this.#tooltip.showing;
    if (shown) {
      const mark = this.#marks.find((m) => m.flag === shown);
      if (mark) this.#tooltip.show(shown, mark.range.getBoundingClientRect());
    }
  }

  #hoverCheck(): void {
    const mark = markAt(this.#marks, this.#pointer.x, this.#pointer.y);
    if (mark) {
      const rect = Array.from(mark.range.getClientRects()).find((r) => this.#pointer.y >= r.top - 1 && this.#pointer.y <= r.bottom + 1);
      this.#tooltip.show(mark.flag, rect ?? mark.range.getBoundingClientRect());
    } else if (this.#tooltip.showing && !this.#summary.panel.contains(this.host.root.activeElement)) {
      this.#tooltip.hide();
    }
  }

  #reveal(flag: SignalHit, doFlash: boolean): void {
    const mark = this.#marks.find((m) => m.flag === flag);
    if (!mark) return;
    const target = mark.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: doFlash ? 'smooth' : 'auto' });
    if (doFlash) flash(mark.range);
    this.#tooltip.show(flag, mark.range.getBoundingClientRect());
    this.host.set('revealed', flag.id);
  }
}
