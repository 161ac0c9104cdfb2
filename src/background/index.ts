// Background service worker. Runs the analysis core for content scripts and the popup, keeps the
// toolbar badge, handles "Analyze selected text", injects the in-page UI script on request, and
// registers the content script on sites the user granted. Every listener is registered synchronously at top level (MV3 may wake the worker
// for any of them); no state lives in variables that matters after a restart.
import browser from 'webextension-polyfill';
import { handleMessage } from '../platform/messaging.ts';
import {
  analyzeCardsRequest,
  analyzeRequest,
  analyzeSelectionRequest,
  analyzeTextRequest,
  getSelectionAnalysisRequest,
  loadUiRequest,
  tabStatusMessage,
} from '../schema/messages.ts';
import { analyzeExtracted, analyzeInput, cardVerdict } from './analysis.ts';
import { clearTab, forgetTab, reportStatus } from './badge.ts';
import { syncGrantedSites } from './granted-sites.ts';
import { analyzeSelectionInTab, COMMAND, createMenu, getStoredSelection, MENU_ID } from './selection.ts';
import { injectUi } from './ui-script.ts';
import './profile-handlers.ts';
import { userTermsReady } from './user-terms.ts';

handleMessage('analyze', analyzeRequest, async (message) => {
  await userTermsReady();
  return { analysis: analyzeExtracted(message.posting) };
});

handleMessage('analyze-text', analyzeTextRequest, async (message) => {
  await userTermsReady();
  return { analysis: analyzeInput({ text: message.text, ...(message.title ? { title: message.title } : {}) }) };
});

handleMessage('analyze-cards', analyzeCardsRequest, async (message) => {
  await userTermsReady();
  return { results: message.cards.map(cardVerdict) };
});

handleMessage('tab-status', tabStatusMessage, async (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  await reportStatus(tabId, sender.frameId ?? 0, {
    warnings: message.warnings,
    aiEvaluator: message.aiEvaluator,
    hasPosting: message.hasPosting,
    worst: message.worst ?? null,
  });
  return { ok: true };
});

handleMessage('load-ui', loadUiRequest, (_message, sender) => injectUi(sender));

handleMessage('get-selection-analysis', getSelectionAnalysisRequest, async (message) => ({
  selection: await getStoredSelection(message.id),
}));

handleMessage('analyze-selection', analyzeSelectionRequest, async (message) => ({
  id: await analyzeSelectionInTab(await browser.tabs.get(message.tabId)),
}));

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  // A new document replaces the old one's report; SPA job switches are reported by the content script.
  if (changeInfo.status === 'loading') void clearTab(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID) return;
  void analyzeSelectionInTab(tab, info.frameId, info.selectionText ?? '');
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === COMMAND) void analyzeSelectionInTab(tab);
});

browser.permissions.onAdded.addListener(() => void syncGrantedSites());
browser.permissions.onRemoved.addListener(() => void syncGrantedSites());

browser.runtime.onInstalled.addListener(() => {
  createMenu();
  void syncGrantedSites();
});
browser.runtime.onStartup.addListener(() => void syncGrantedSites());

// The worker often wakes for a content script's first message ("load-ui") just before the
// analysis request. Compiling the core's tries and rule filters now (~150 ms) overlaps that round
// trip instead of delaying the first marks.
setTimeout(() => void analyzeInput({ text: 'Warm-up: rate AI responses; requirements: Excel.' }), 0);
