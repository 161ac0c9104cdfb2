// The in-page UI, injected into a frame by the background (scripting.executeScript) when the
// always-on runtime (content-scripts/main.ts) has something to draw. It only registers itself; the
// runtime hands it the host and calls it. A second injection finds the registration and stops.
import { UI_KEY, type UiScope } from './runtime/ui-key.ts';
import { Overlay } from './ui/overlay.ts';

(window as unknown as UiScope)[UI_KEY] ??= { overlay: (host) => new Overlay(host) };
