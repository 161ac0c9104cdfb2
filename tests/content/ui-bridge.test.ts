// The always-on script asks the background for the UI script once per document and then finds the
// UI registered on the shared symbol; a UI that did not register is an error, not a silent hang.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
let answer: (message: unknown) => unknown = () => ({ ok: true });

beforeEach(() => {
  sent.length = 0;
  vi.resetModules();
  const scope = globalThis as Record<string, unknown>;
  scope.window = globalThis;
  scope.chrome = {
    runtime: {
      id: 'test',
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return answer(message);
      },
    },
  };
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('evalscout.ui')];
});

const ui = { overlay: () => null };
const register = () => ((globalThis as Record<symbol, unknown>)[Symbol.for('evalscout.ui')] = ui);

describe('ui bridge', () => {
  it('sends one load-ui request however often it is asked, and resolves with the registered UI', async () => {
    answer = () => {
      register();
      return { ok: true };
    };
    const { loadUi, loadedUi } = await import('../../content-scripts/runtime/ui-bridge.ts');
    expect(loadedUi()).toBeUndefined();
    const [a, b] = await Promise.all([loadUi(), loadUi()]);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(await loadUi()).toBe(ui);
    expect(sent).toEqual([{ type: 'load-ui' }]);
  });

  it('asks nothing when the UI is already registered in this world', async () => {
    register();
    const { loadUi } = await import('../../content-scripts/runtime/ui-bridge.ts');
    expect(await loadUi()).toBe(ui);
    expect(sent).toEqual([]);
  });

  it('rejects when the background could not inject, or the script did not register', async () => {
    answer = () => ({ ok: false });
    let bridge = await import('../../content-scripts/runtime/ui-bridge.ts');
    await expect(bridge.loadUi()).rejects.toThrow('did not register');
    vi.resetModules();
    answer = () => ({ ok: 'yes' });
    bridge = await import('../../content-scripts/runtime/ui-bridge.ts');
    await expect(bridge.loadUi()).rejects.toThrow("Response to 'load-ui' has an unexpected shape");
  });
});
