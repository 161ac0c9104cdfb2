// In-page navigation: LinkedIn and friends switch jobs with history.pushState, which injects no
// new content script. Listen to the Navigation API where present (Chrome 102+, Firefox 147+), to
// popstate, and, without the Navigation API, poll location.href once a second as a fallback.
// The MutationObserver batch compares location.href too (see controller).
import { live } from './debug.ts';

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(onChange: () => void, signal: AbortSignal): void {
  const options = { signal, passive: true } as const;
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    // 'navigate' fires before the URL changes; 'currententrychange' after. Both just schedule a check.
    navigation.addEventListener('navigate', onChange, options);
    navigation.addEventListener('currententrychange', onChange, options);
    live.listeners += 2;
    signal.addEventListener('abort', () => (live.listeners -= 2), { once: true });
  } else {
    let href = location.href;
    const timer = window.setInterval(() => {
      if (location.href !== href) {
        href = location.href;
        onChange();
      }
    }, 1000);
    live.timers++;
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      live.timers--;
    }, { once: true });
  }
  window.addEventListener('popstate', onChange, options);
  window.addEventListener('hashchange', onChange, options);
  live.listeners += 2;
  signal.addEventListener('abort', () => (live.listeners -= 2), { once: true });
}
