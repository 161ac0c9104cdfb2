// Content script entry. One runtime per document (and per frame): a second injection of the same
// extension (manifest + registered script, or a re-run) finds the flag and stops. The flag lives on
// our isolated world's window, never on the page's <html> or <body>.
import { Runtime } from './runtime/controller.ts';

const FLAG = Symbol.for('evalscout.runtime');
const scope = window as unknown as Record<symbol, Runtime | undefined>;

if (!scope[FLAG]) {
  const runtime = new Runtime();
  scope[FLAG] = runtime;
  runtime.start().catch((error: unknown) => console.warn('Evalscout: content script failed to start', error));
}
