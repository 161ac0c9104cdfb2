// Browser calls the popup page needs besides messaging: which tab it is about, and opening the
// options page. The popup can also be opened as a normal tab (tests, "Analyze selection"), where
// the "active tab" would be itself, so `?tab=<id>` names the target tab explicitly.
import browser from 'webextension-polyfill';

export interface PopupTarget {
  tabId: number | null;
  /** Set when the background opened us to show an analysed selection. */
  selectionId: string | null;
}

export async function popupTarget(search: string = location.search): Promise<PopupTarget> {
  const params = new URLSearchParams(search);
  const selectionId = params.get('selection');
  const tabParam = params.get('tab');
  if (tabParam !== null && /^\d+$/.test(tabParam)) return { tabId: Number(tabParam), selectionId };
  if (selectionId) return { tabId: null, selectionId };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, selectionId };
}

export function openOptionsPage(hash = ''): void {
  if (!hash) {
    void browser.runtime.openOptionsPage();
    return;
  }
  void browser.tabs.create({ url: browser.runtime.getURL(`options/index.html${hash}`) });
}
