// The in-page UI is a second content script, injected into a frame only when that frame's runtime
// has something to draw (content-scripts/runtime/ui-bridge.ts). Manifest sites are covered by
// host_permissions, sites the user granted by the optional host permission they granted.
import browser from 'webextension-polyfill';
import type { Sender } from '../platform/messaging.ts';

/** Built by vite.config.ts (standaloneScript) from content-scripts/ui-main.ts. */
export const UI_SCRIPT = 'content-scripts/ui-main.js';

export async function injectUi(sender: Sender): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [UI_SCRIPT] });
  return { ok: true };
}
