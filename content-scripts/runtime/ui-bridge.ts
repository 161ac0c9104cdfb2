// The in-page UI (marks, summary, tooltip, card markers: content-scripts/ui/) is a second script
// that the background injects into this frame on request, so the script that runs on every
// job-board page stays small and pages where nothing is drawn never load the UI.
import { sendMessage } from '../../src/platform/messaging.ts';
import { okResponse } from '../../src/schema/messages.ts';
import { UI_KEY, type Ui, type UiScope } from './ui-key.ts';

let pending: Promise<Ui> | null = null;

export function loadedUi(): Ui | undefined {
  return (window as unknown as UiScope)[UI_KEY];
}

/**
 * Ask the background to inject the UI script into this frame, once per document. Resolves when the
 * script has run (executeScript waits for it), so the UI is registered by then.
 */
export function loadUi(): Promise<Ui> {
  const ui = loadedUi();
  if (ui) return Promise.resolve(ui);
  pending ??= sendMessage({ type: 'load-ui' }, okResponse).then(({ ok }) => {
    const loaded = loadedUi();
    if (!ok || !loaded) throw new Error('the UI script did not register');
    return loaded;
  });
  return pending;
}
