// Toolbar badge per tab, from the content scripts' 'tab-status' reports. The status lives in
// storage.session (the worker may restart between reports); frames report separately because
// LinkedIn sometimes renders jobs inside a same-origin iframe.
import browser from 'webextension-polyfill';

export interface TabStatus {
  warnings: number;
  aiEvaluator: boolean;
  hasPosting: boolean;
  /** Highest red-flag severity, when the content script knows it. */
  worst?: 'low' | 'medium' | 'high' | null;
}

type FrameStatuses = Record<string, TabStatus>;

const COLORS = { high: '#b3261e', warn: '#b45309', ai: '#15803d' } as const;

const key = (tabId: number) => `tab:${tabId}`;

// Serialise read-modify-write per tab: two frames can report at once.
const queues = new Map<number, Promise<void>>();
function serial(tabId: number, work: () => Promise<void>): Promise<void> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next);
  void next.finally(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
  return next;
}

/** The status the badge shows: the top frame's when it has a posting, else any frame's that has one. */
export function effectiveStatus(frames: FrameStatuses): TabStatus | null {
  const top = frames['0'];
  if (top?.hasPosting) return top;
  return Object.values(frames).find((status) => status.hasPosting) ?? null;
}

export function badgeFor(status: TabStatus | null): { text: string; color: string; title: string } {
  if (!status?.hasPosting) return { text: '', color: COLORS.warn, title: 'Evalscout' };
  if (status.warnings > 0) {
    const plural = status.warnings === 1 ? 'warning' : 'warnings';
    return {
      text: String(Math.min(status.warnings, 99)),
      color: status.worst === 'high' ? COLORS.high : COLORS.warn,
      title: `Evalscout: ${status.warnings} ${plural} on this posting`,
    };
  }
  if (status.aiEvaluator) return { text: 'AI', color: COLORS.ai, title: 'Evalscout: AI-evaluator role, no warnings' };
  return { text: '', color: COLORS.warn, title: 'Evalscout: no warnings' };
}

async function paint(tabId: number, status: TabStatus | null): Promise<void> {
  const badge = badgeFor(status);
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await browser.action.setBadgeText({ tabId, text: badge.text });
    await browser.action.setTitle({ tabId, title: badge.title });
  } catch {
    // The tab closed between the report and the paint; nothing to show.
  }
}

export function reportStatus(tabId: number, frameId: number, status: TabStatus): Promise<void> {
  return serial(tabId, async () => {
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as FrameStatuses | undefined;
    const frames: FrameStatuses = { ...(stored ?? {}) };
    if (frameId === 0 || status.hasPosting) frames[String(frameId)] = status;
    else delete frames[String(frameId)];
    await browser.storage.session.set({ [key(tabId)]: frames });
    await paint(tabId, effectiveStatus(frames));
  });
}

/** A new document in the tab: forget what the old one reported. */
export function clearTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    await browser.storage.session.remove(key(tabId));
    await paint(tabId, null);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, () => browser.storage.session.remove(key(tabId)));
}
