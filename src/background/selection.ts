// "Analyze selected text": context menu (selection context) and the 'analyze-selection' command.
// Both grant activeTab, so the background can read the full selection with scripting and no host
// permission. The result opens in the popup page in a new tab (`?selection=<id>`): that works the
// same in Chrome and Firefox, on any page, whether or not our content script runs there. The
// analysis waits in storage.session; the page fetches it with 'get-selection-analysis'.
import browser, { type Tabs } from 'webextension-polyfill';
import { sendToTab } from '../platform/messaging.ts';
import { getSelectionResponse } from '../schema/messages.ts';
import { analyzeInput } from './analysis.ts';

export const MENU_ID = 'evalscout-analyze-selection';
export const COMMAND = 'analyze-selection';
const KEEP = 5;
const MAX_CHARS = 50_000;
const PREFIX = 'selection:';

export interface StoredSelection {
  id: string;
  text: string;
  sourceUrl: string | null;
  createdAt: number;
  analysis: ReturnType<typeof analyzeInput>;
}

export function createMenu(): void {
  browser.contextMenus.create({ id: MENU_ID, title: 'Analyze selection with Evalscout', contexts: ['selection'] }, () => {
    // A duplicate id after an update is harmless; reading lastError keeps Chrome from logging it.
    void browser.runtime.lastError;
  });
}

async function readSelection(tabId: number, frameId: number | undefined): Promise<{ text: string; url?: string }> {
  const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
  try {
    const results = await browser.scripting.executeScript({ target, func: () => String(globalThis.getSelection?.() ?? '') });
    const text = results
      .map((result) => (typeof result.result === 'string' ? result.result : ''))
      .reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
    if (text.trim()) return { text };
  } catch {
    // No activeTab grant (e.g. the popup button after the grant lapsed): try our content script.
  }
  try {
    return await sendToTab(tabId, { type: 'get-selection' }, getSelectionResponse, frameId);
  } catch {
    // Pages we may not touch at all (chrome://, the web store): the menu's selectionText remains.
    return { text: '' };
  }
}

async function prune(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const entries = Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([key, value]) => ({ key, createdAt: (value as { createdAt?: number }).createdAt ?? 0 }))
    .sort((a, b) => b.createdAt - a.createdAt);
  const stale = entries.slice(KEEP).map((entry) => entry.key);
  if (stale.length) await browser.storage.session.remove(stale);
}

export async function analyzeSelectionText(text: string, sourceUrl: string | null): Promise<StoredSelection> {
  const clipped = text.trim().slice(0, MAX_CHARS);
  const stored: StoredSelection = {
    id: crypto.randomUUID(),
    text: clipped,
    sourceUrl,
    createdAt: Date.now(),
    analysis: analyzeInput({ text: clipped, ...(sourceUrl ? { url: sourceUrl } : {}) }),
  };
  await browser.storage.session.set({ [PREFIX + stored.id]: stored });
  await prune();
  return stored;
}

export async function getStoredSelection(id: string): Promise<unknown> {
  return (await browser.storage.session.get(PREFIX + id))[PREFIX + id] ?? null;
}

export function popupUrl(id: string): string {
  const page = browser.runtime.getManifest().action?.default_popup ?? 'popup/index.html';
  return browser.runtime.getURL(`${page}?selection=${encodeURIComponent(id)}`);
}

export async function analyzeSelectionInTab(tab: Tabs.Tab | undefined, frameId?: number, fallbackText = ''): Promise<string | null> {
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id === undefined) return null;
  const read = await readSelection(active.id, frameId);
  const text = read.text.trim() ? read.text : fallbackText;
  if (!text.trim()) return null;
  const stored = await analyzeSelectionText(text, active.url ?? read.url ?? null);
  await browser.tabs.create({
    url: popupUrl(stored.id),
    ...(active.index !== undefined ? { index: active.index + 1 } : {}),
    openerTabId: active.id,
  });
  return stored.id;
}
