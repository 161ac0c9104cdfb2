// The one MutationObserver. It watches the narrowest useful scope: the detail root (plus its
// parent, to see the root being replaced) once a posting is on screen, or <body> while we wait for
// a pane to render. The callback only classifies records; the work runs later in a batch.
import { HOST_TAG } from './host.ts';
import { live } from './debug.ts';

export interface WatchHandlers {
  /** The description may have changed, or the URL did. */
  detail(): void;
  /** The result list gained or lost cards. */
  list(): void;
}

type Mode = 'off' | 'document' | 'detail';

export class Watcher {
  readonly #handlers: WatchHandlers;
  readonly #observer: MutationObserver;
  #mode: Mode = 'off';
  #description: Element | null = null;
  #listParent: Element | null = null;
  #href = location.href;

  constructor(handlers: WatchHandlers) {
    this.#handlers = handlers;
    this.#observer = new MutationObserver((records) => this.#collect(records));
  }

  /** Wait for a pane: any change under <body> except our own host triggers a (rate-limited) check. */
  watchDocument(listParent: Element | null = null): void {
    if (this.#mode === 'document' && listParent === this.#listParent) return;
    this.disconnect();
    this.#mode = 'document';
    this.#listParent = listParent;
    this.#observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    live.observers++;
  }

  /** A posting is on screen: watch its root subtree (text re-renders) and the root's parent (replacement). */
  watchDetail(root: Element, description: Element, listParent: Element | null): void {
    if (this.#mode === 'detail' && this.#description === description && this.#listParent === listParent) return;
    this.disconnect();
    this.#mode = 'detail';
    this.#description = description;
    this.#listParent = listParent;
    this.#observer.observe(root, { childList: true, subtree: true, characterData: true });
    if (root.parentElement) this.#observer.observe(root.parentElement, { childList: true });
    if (listParent && !root.contains(listParent)) this.#observer.observe(listParent, { childList: true });
    live.observers++;
  }

  disconnect(): void {
    if (this.#mode !== 'off') live.observers--;
    this.#observer.disconnect();
    this.#mode = 'off';
    this.#description = null;
    this.#listParent = null;
  }

  #collect(records: MutationRecord[]): void {
    const hrefChanged = location.href !== this.#href;
    this.#href = location.href;
    let detail = hrefChanged;
    let list = false;
    for (const record of records) {
      if (this.#listParent && record.target === this.#listParent) list = true;
      if (detail) continue;
      if (this.#mode === 'document') detail = !isOwn(record);
      else if (this.#description) detail = !this.#description.isConnected || this.#description.contains(record.target);
    }
    if (detail) this.#handlers.detail();
    if (list) this.#handlers.list();
  }
}

function isOwn(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === HOST_TAG);
}
