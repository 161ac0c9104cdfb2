// Our one element in the page: a host appended to <body> (never inside the page's own containers,
// which can confuse their click-outside logic), with everything we draw in its shadow root.
// Tests read state from attributes on this host; the page's own nodes never get attributes.
// The host is the always-on runtime's (it reports state even with marks off); what is drawn inside
// it comes with the UI script, injected on demand (content-scripts/ui-main.ts).

export const HOST_TAG = 'evalscout-ui';

export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  set(name: string, value: string | number | null): void;
  destroy(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createHost(): Host {
  // A host left behind by an earlier copy of the extension (update or reload orphaned its script).
  for (const stale of Array.from(document.querySelectorAll(HOST_TAG))) stale.remove();
  const element = document.createElement(HOST_TAG);
  // Open so tests and assistive tech can see inside; we never render profile data here.
  const root = element.attachShadow({ mode: 'open' });
  // Typing in our UI must not trigger the page's shortcuts.
  const stop = (event: Event) => event.stopPropagation();
  for (const type of KEY_EVENTS) element.addEventListener(type, stop);
  (document.body ?? document.documentElement).append(element);
  return {
    element,
    root,
    set(name, value) {
      if (value === null) element.removeAttribute(`data-${name}`);
      else element.setAttribute(`data-${name}`, String(value));
    },
    destroy() {
      for (const type of KEY_EVENTS) element.removeEventListener(type, stop);
      element.remove();
    },
  };
}

/** Keep the host attached: some apps replace <body> children wholesale on route changes. */
export function ensureAttached(host: Host): void {
  if (!host.element.isConnected) (document.body ?? document.documentElement).append(host.element);
}
