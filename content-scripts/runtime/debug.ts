// Counters for what the runtime holds alive, published on our host element so browser tests can
// prove that many job switches leave nothing behind. One object per isolated world: the always-on
// script and the UI script injected later are separate bundles, and both count into it.
const COUNTERS = Symbol.for('evalscout.live');

const fresh = () => ({
  views: 0,
  viewsStarted: 0,
  observers: 0,
  listeners: 0,
  timers: 0,
  analyses: 0,
  markPaints: 0,
});

export type Counters = ReturnType<typeof fresh>;

const scope = globalThis as unknown as Record<symbol, Counters | undefined>;
export const live: Counters = (scope[COUNTERS] ??= fresh());

export function snapshot(extra: Record<string, number>): string {
  return JSON.stringify({ ...live, ...extra });
}
