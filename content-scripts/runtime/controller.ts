// The in-page runtime: one job view at a time, keyed on the adapter's job key. A view owns an
// AbortController; switching jobs aborts the old view's pending work before anything is drawn
// for the new one. Extraction runs in batches triggered by navigation events and by the one
// narrow MutationObserver; the analysis runs in the background. The UI that draws marks and the
// summary is a second script, loaded into the frame the first time there is something to draw.
import { adapterFor, genericJsonLd } from '../adapters/index.ts';
import type { Adapter } from '../adapters/types.ts';
import { extractPosting } from '../extract/index.ts';
import { first } from '../extract/query.ts';
import type { Analysis, ExtractedPosting } from '../../src/core/types.ts';
import { extensionAlive, handleMessage, sendMessage } from '../../src/platform/messaging.ts';
import { getSettings, inlineMarksOn, onSettingsChange, type Settings } from '../../src/platform/settings.ts';
import { analyzeResponse, getCurrentPostingRequest, getSelectionRequest, okResponse } from '../../src/schema/messages.ts';
import type { Overlay } from '../ui/overlay.ts';
import { CardTracker } from './cards.ts';
import { live, snapshot } from './debug.ts';
import { createHost, type Host } from './host.ts';
import { watchNavigation } from './navigation.ts';
import { batched, type Batch } from './schedule.ts';
import { worstSeverity } from './severity.ts';
import { loadedUi, loadUi } from './ui-bridge.ts';
import { Watcher } from './watcher.ts';

type Status = 'ok' | 'unknown-layout' | 'not-a-job-page';

interface View {
  key: string;
  adapter: Adapter;
  controller: AbortController;
  status: Status;
  posting: ExtractedPosting | null;
  analysis: Analysis | null;
  descriptionElement: Element | null;
  anchor: Element | null;
  /** Resolves when the current posting's analysis is in (or the view ends). */
  ready: Promise<void>;
  settle: () => void;
}

const ANSWER_TIMEOUT_MS = 4000;
const isTop = window === window.top;

export class Runtime {
  readonly #controller = new AbortController();
  readonly #watcher: Watcher;
  readonly #cards = new CardTracker();
  readonly #refresh: Batch;
  readonly #rescanCards: Batch;
  #host: Host | null = null;
  /** Null until the UI script has loaded (and while marks were never on). */
  #overlay: Overlay | null = null;
  #uiAsked = false;
  #view: View | null = null;
  #settings: Settings = {};
  #lastStatus = '';
  #idleStatus: Status = 'not-a-job-page';

  constructor() {
    const signal = this.#controller.signal;
    this.#refresh = batched(() => void this.#check(), signal);
    this.#rescanCards = batched(() => void this.#scanCards(), signal, 250);
    this.#watcher = new Watcher({ detail: this.#refresh, list: this.#rescanCards });
  }

  async start(): Promise<void> {
    const signal = this.#controller.signal;
    this.#settings = await getSettings().catch(() => ({}));
    const offSettings = onSettingsChange((settings) => {
      this.#settings = settings;
      this.#renderView();
    });
    const offMessages = handleMessage('get-current-posting', getCurrentPostingRequest, () => {
      // Sub-frames answer only when they hold the posting, so they never shadow the top frame.
      if (!isTop && !this.#view?.posting) return undefined;
      return this.#currentPosting();
    });
    const offSelection = handleMessage('get-selection', getSelectionRequest, () => {
      const text = String(getSelection() ?? '');
      return isTop || text.trim() ? Promise.resolve({ text, url: location.href }) : undefined;
    });
    signal.addEventListener('abort', () => {
      offSettings();
      offMessages();
      offSelection();
    }, { once: true });
    watchNavigation(this.#refresh, signal);
    document.addEventListener('scroll', this.#rescanCards, { passive: true, capture: true, signal });
    await this.#check();
  }

  stop(): void {
    this.#endView();
    this.#watcher.disconnect();
    this.#controller.abort();
    this.#overlay?.destroy();
    this.#overlay = null;
    this.#host?.destroy();
    this.#host = null;
  }

  get #marksOn(): boolean {
    return inlineMarksOn(this.#settings, location.hostname);
  }

  #adapter(url: URL): Adapter {
    // Board adapters claim their sites; anywhere else we run only because the user granted it.
    return adapterFor(url) ?? genericJsonLd;
  }

  /** One batched pass: which job is on screen, is its pane rendered, did its text change? */
  async #check(): Promise<void> {
    if (!extensionAlive()) return this.stop();
    const url = new URL(location.href);
    const adapter = this.#adapter(url);
    void this.#scanCards(adapter);
    const key = adapter.isJobView(url) ? adapter.jobKey(url, document) : null;
    if (!key) {
      this.#idleStatus = 'not-a-job-page';
      this.#watcher.disconnect();
      this.#endView();
      return;
    }
    if (this.#view?.key !== key || this.#view.adapter !== adapter) this.#startView(key, adapter);
    const view = this.#view!;
    const result = extractPosting(document, url, adapter);
    if (result.status !== 'ok') {
      view.status = view.posting ? view.status : result.status;
      if (!view.posting) this.#report(false);
      // Keep waiting for the pane (or for JSON-LD a SPA adds later), rate-limited by the batch.
      this.#watcher.watchDocument(this.#cards.parent);
      return;
    }
    const anchor = first(document, adapter.selectors.root) ?? result.descriptionElement;
    this.#watcher.watchDetail(anchor, result.descriptionElement, this.#cards.parent);
    view.status = 'ok';
    view.anchor = anchor;
    // Load the UI while the analysis is in flight, so its injection overlaps the round trip.
    if (this.#marksOn) this.#requestUi();
    const sameText = view.posting?.description === result.posting.description;
    const moved = view.descriptionElement !== result.descriptionElement;
    view.descriptionElement = result.descriptionElement;
    if (sameText) {
      view.posting = result.posting;
      // Re-rendered with the same words: rebuild ranges over the new nodes, no new analysis.
      if (view.analysis && this.#overlay && this.#marksOn && (moved || !this.#overlay.marksLive(result.descriptionElement))) {
        this.#overlay.applyMarks(view.analysis.redFlags, result.posting.description, result.descriptionElement);
        this.#publish();
      }
      return;
    }
    view.posting = result.posting;
    view.analysis = null;
    await this.#analyse(view, result.posting);
  }

  #startView(key: string, adapter: Adapter): void {
    this.#endView();
    let settle = () => {};
    const ready = new Promise<void>((resolve) => (settle = resolve));
    this.#view = { key, adapter, controller: new AbortController(), status: 'unknown-layout', posting: null, analysis: null, descriptionElement: null, anchor: null, ready, settle };
    live.views++;
    live.viewsStarted++;
    this.#host?.set('job-key', key);
    this.#publish();
  }

  #endView(): void {
    const view = this.#view;
    if (!view) return;
    view.controller.abort();
    view.settle();
    this.#view = null;
    live.views--;
    this.#overlay?.clearPosting();
    this.#host?.set('job-key', null);
    this.#host?.set('state', 'idle');
    this.#report(false);
    this.#publish();
  }

  async #analyse(view: View, posting: ExtractedPosting): Promise<void> {
    const signal = view.controller.signal;
    this.#host?.set('state', 'analysing');
    let analysis: Analysis;
    try {
      live.analyses++;
      ({ analysis } = await sendMessage({ type: 'analyze', posting } as { type: string }, analyzeResponse));
    } catch (error) {
      if (!extensionAlive()) return this.stop();
      if (!signal.aborted) console.warn('Evalscout: analysis failed', error);
      return;
    }
    // A newer job or newer text took over while we waited: drop this result.
    if (signal.aborted || view.posting !== posting) return;
    view.analysis = analysis;
    view.settle();
    this.#renderView();
    this.#report(true);
  }

  /** Draw (or clear) the current view according to the per-site switch. */
  #renderView(): void {
    const view = this.#view;
    const host = this.#ensureHost();
    if (!view?.analysis || !view.posting || !view.descriptionElement) return;
    if (this.#marksOn) {
      // Without the UI yet, the host stays 'analysing'; the UI's arrival calls this again.
      const overlay = this.#ui();
      if (!overlay) return;
      overlay.show(view.analysis, view.posting.description, view.descriptionElement, view.anchor ?? view.descriptionElement);
      host.set('state', 'ready');
    } else {
      this.#overlay?.clearPosting();
      host.set('state', 'off');
    }
    host.set('analysed-key', view.key);
    this.#publish();
  }

  #ensureHost(): Host {
    this.#host ??= createHost();
    if (this.#view) this.#host.set('job-key', this.#view.key);
    return this.#host;
  }

  /** The overlay, if the UI script is in; otherwise asks for it and answers null. */
  #ui(): Overlay | null {
    if (this.#overlay) return this.#overlay;
    const ui = loadedUi();
    if (!ui) {
      this.#requestUi();
      return null;
    }
    this.#overlay = ui.overlay(this.#ensureHost());
    return this.#overlay;
  }

  #requestUi(): void {
    if (this.#uiAsked || loadedUi()) return;
    this.#uiAsked = true;
    loadUi().then(
      () => {
        if (this.#controller.signal.aborted) return;
        // Draw whatever became ready while the script was loading.
        if (this.#view?.analysis) this.#renderView();
        this.#rescanCards();
      },
      (error: unknown) => {
        if (extensionAlive()) console.warn('Evalscout: could not load the in-page UI', error);
      },
    );
  }

  async #scanCards(adapter = this.#adapter(new URL(location.href))): Promise<void> {
    if (!this.#marksOn || !adapter.selectors.card?.length) {
      this.#overlay?.setCards([]);
      return;
    }
    await this.#cards.scan(adapter, this.#controller.signal, (cards) => {
      if (!cards.length && !this.#overlay) return;
      this.#ui()?.setCards(cards, this.#cards.clip);
      this.#publish();
    });
  }

  #report(hasPosting: boolean): void {
    const analysis = hasPosting ? this.#view?.analysis : null;
    const message = {
      type: 'tab-status',
      hasPosting: Boolean(analysis),
      warnings: analysis?.redFlags.length ?? 0,
      aiEvaluator: analysis?.aiEvaluator.match ?? false,
      worst: analysis ? worstSeverity(analysis.redFlags) : null,
    };
    const digest = JSON.stringify(message);
    // Sub-frames without a posting stay quiet; the top frame owns the default badge.
    if (digest === this.#lastStatus || (!isTop && !message.hasPosting)) return;
    this.#lastStatus = digest;
    sendMessage(message, okResponse).catch(() => {
      this.#lastStatus = '';
    });
  }

  async #currentPosting() {
    const view = this.#view;
    if (!view) return { status: this.#idleStatus, posting: null, analysis: null };
    if (view.posting && !view.analysis) {
      await Promise.race([view.ready, new Promise((resolve) => setTimeout(resolve, ANSWER_TIMEOUT_MS))]);
    }
    const current = this.#view === view ? view : null;
    if (!current?.posting) return { status: current?.status ?? 'unknown-layout', posting: null, analysis: null };
    return { status: 'ok' as const, posting: current.posting, analysis: current.analysis };
  }

  #publish(): void {
    const overlay = this.#overlay;
    this.#host?.set('debug', snapshot({ marks: overlay?.markCount ?? 0, markers: overlay?.markerCount ?? 0 }));
  }
}
