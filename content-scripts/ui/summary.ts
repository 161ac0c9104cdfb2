// The compact summary chip near the posting and the panel it opens: warnings (each focusable; click
// or focus reveals its evidence in the page), healthy signals and required keywords. Only facts
// read from the page itself are shown here, never profile data.
import type { Analysis, KeywordHit, SignalHit } from '../../src/core/types.ts';
import { severityRank, worstSeverity } from '../runtime/severity.ts';
import { el, plural } from './dom.ts';

export interface SummaryActions {
  /** Scroll to the flag's evidence and show its explanation; `flash` on click. */
  reveal(flag: SignalHit, flash: boolean): void;
  /** The panel lost focus/closed: drop any tooltip. */
  conceal(): void;
}

const importanceRank = { required: 0, preferred: 1, mentioned: 2 } as const;

export function summaryText(analysis: Analysis): string {
  const parts = [analysis.aiEvaluator.match ? 'AI evaluator role' : 'Not an AI-evaluator role'];
  parts.push(analysis.redFlags.length ? plural(analysis.redFlags.length, 'warning') : 'no warnings');
  const healthy = analysis.healthySignals;
  if (healthy.length) parts.push(`healthy: ${healthy[0]!.title.toLowerCase()}${healthy.length > 1 ? ` +${healthy.length - 1}` : ''}`);
  parts.push(plural(analysis.keywords.length, 'keyword'));
  return parts.join(' · ');
}

export class Summary {
  readonly chip: HTMLButtonElement;
  readonly panel: HTMLElement;
  #analysis: Analysis | null = null;

  readonly #actions: SummaryActions;

  constructor(layer: HTMLElement, actions: SummaryActions) {
    this.#actions = actions;
    this.chip = el('button', { class: 'chip', type: 'button', 'aria-expanded': 'false', 'data-part': 'summary' });
    this.panel = el('section', { class: 'panel', role: 'dialog', 'aria-label': 'Evalscout: posting check', hidden: true, 'data-part': 'panel' });
    this.chip.addEventListener('click', () => this.toggle());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        this.toggle(false);
        this.chip.focus();
      }
    });
    this.panel.addEventListener('focusout', (event) => {
      if (!this.panel.contains(event.relatedTarget as Node | null)) this.#actions.conceal();
    });
    layer.append(this.chip, this.panel);
  }

  render(analysis: Analysis): void {
    this.#analysis = analysis;
    const worst = worstSeverity(analysis.redFlags);
    const dotClass = worst === 'high' ? 'high' : worst ? 'warn' : analysis.aiEvaluator.match ? 'ai' : '';
    this.chip.replaceChildren(el('span', { class: `dot ${dotClass}`, 'aria-hidden': 'true' }), el('span', {}, summaryText(analysis)));
    this.chip.setAttribute('aria-label', `Evalscout: ${summaryText(analysis)}. Open details`);
    if (!this.panel.hidden) this.#fillPanel();
  }

  toggle(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.chip.setAttribute('aria-expanded', String(open));
    if (open) this.#fillPanel();
    else this.#actions.conceal();
  }

  /** Place the chip at the anchor's top-right corner, kept inside the viewport; the panel below it. */
  place(anchor: DOMRect | null): void {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const right = anchor ? Math.max(8, width - Math.min(anchor.right, width) + 8) : 16;
    const top = anchor ? Math.min(Math.max(anchor.top + 8, 8), height - 48) : 72;
    this.chip.style.right = `${right}px`;
    this.chip.style.top = `${top}px`;
    this.panel.style.right = `${right}px`;
    this.panel.style.top = `${top + 36}px`;
  }

  destroy(): void {
    this.chip.remove();
    this.panel.remove();
  }

  #fillPanel(): void {
    const analysis = this.#analysis;
    if (!analysis) return;
    const flags = [...analysis.redFlags].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]);
    const keywords = [...analysis.keywords].sort((a, b) => importanceRank[a.importance] - importanceRank[b.importance]);
    const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×');
    close.addEventListener('click', () => {
      this.toggle(false);
      this.chip.focus();
    });
    this.panel.replaceChildren(
      close,
      el('h2', {}, analysis.aiEvaluator.match ? 'AI-evaluator role' : 'Not recognised as an AI-evaluator role'),
      el('h3', {}, `Warnings (${flags.length})`),
      flags.length ? el('ul', { 'data-part': 'warnings' }, ...flags.map((flag) => this.#warningItem(flag))) : el('p', { class: 'muted' }, 'No red flags found.'),
      el('h3', {}, `Healthy signals (${analysis.healthySignals.length})`),
      analysis.healthySignals.length
        ? el('ul', { 'data-part': 'healthy' }, ...analysis.healthySignals.map((signal) => el('li', {}, el('span', { class: 'ok' }, '✓'), signal.title, el('span', { class: 'why' }, signal.explanation))))
        : el('p', { class: 'muted' }, 'None found.'),
      el('h3', {}, `Keywords (${keywords.length})`),
      keywords.length ? el('div', { 'data-part': 'keywords' }, ...keywords.map(keywordChip)) : el('p', { class: 'muted' }, 'None found.'),
    );
  }

  #warningItem(flag: SignalHit): HTMLElement {
    const item = el(
      'button',
      { class: 'item', type: 'button', 'data-flag': flag.id },
      el('span', { class: `sev ${flag.severity}` }, flag.severity),
      flag.title,
      el('span', { class: 'why' }, flag.explanation),
    );
    item.addEventListener('click', () => this.#actions.reveal(flag, true));
    item.addEventListener('focus', () => this.#actions.reveal(flag, false));
    return el('li', {}, item);
  }
}

function keywordChip(keyword: KeywordHit): HTMLElement {
  return el('span', { class: `kw ${keyword.importance}`, title: `${keyword.importance} · ${keyword.category}` }, keyword.label);
}
