// Coalesce bursts (mutations, scroll, pointer moves) into one run per frame. Hidden tabs get no
// animation frames, so fall back to a timer there; `minGap` spaces out runs that find nothing.
import { live } from './debug.ts';

export interface Batch {
  (): void;
  cancel(): void;
}

export function batched(run: () => void, signal: AbortSignal, minGap = 0): Batch {
  let frame = 0;
  let timer = 0;
  let last = -Infinity;
  const fire = () => {
    frame = 0;
    if (timer) {
      clearTimeout(timer);
      timer = 0;
      live.timers--;
    }
    if (signal.aborted) return;
    last = performance.now();
    run();
  };
  const schedule = (() => {
    if (signal.aborted || frame || timer) return;
    const wait = Math.max(0, last + minGap - performance.now());
    if (wait === 0 && document.visibilityState === 'visible') {
      frame = requestAnimationFrame(fire);
    } else {
      live.timers++;
      timer = window.setTimeout(fire, Math.max(wait, 50));
    }
  }) as Batch;
  schedule.cancel = () => {
    if (frame) cancelAnimationFrame(frame);
    if (timer) {
      clearTimeout(timer);
      live.timers--;
    }
    frame = 0;
    timer = 0;
  };
  signal.addEventListener('abort', schedule.cancel, { once: true });
  return schedule;
}
