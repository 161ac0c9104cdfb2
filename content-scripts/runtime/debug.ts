// Counters for what the runtime holds alive, published on our host element so browser tests can
// prove that many job switches leave nothing behind.
export const live = {
  views: 0,
  viewsStarted: 0,
  observers: 0,
  listeners: 0,
  timers: 0,
  analyses: 0,
  markPaints: 0,
};

export type Counters = typeof live;

export function snapshot(extra: Record<string, number>): string {
  return JSON.stringify({ ...live, ...extra });
}
