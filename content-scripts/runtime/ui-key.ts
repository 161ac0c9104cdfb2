// Where the UI script (content-scripts/ui-main.ts) registers itself. The always-on script and the
// UI script are separate bundles run in the same isolated world, so they meet on a global symbol.
import type { Overlay } from '../ui/overlay.ts';
import type { Host } from './host.ts';

export const UI_KEY = Symbol.for('evalscout.ui');

export interface Ui {
  /** Draw inside the runtime's host from now on. */
  overlay(host: Host): Overlay;
}

export type UiScope = Record<symbol, Ui | undefined>;
