// The in-page UI script is injected into exactly the frame that asked, from the file the build emits.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => [] as unknown[]);
const failNext = vi.hoisted(() => ({ value: false }));

vi.mock('webextension-polyfill', () => ({
  default: {
    scripting: {
      executeScript: async (injection: unknown) => {
        calls.push(injection);
        if (failNext.value) throw new Error('Cannot access contents of the page');
        return [{ frameId: 0, result: undefined }];
      },
    },
  },
}));

const { injectUi, UI_SCRIPT } = await import('../../src/background/ui-script.ts');

beforeEach(() => {
  calls.length = 0;
  failNext.value = false;
});

describe('load-ui', () => {
  it("injects the UI script into the sender's tab and frame only", async () => {
    expect(await injectUi({ tab: { id: 7 }, frameId: 3 })).toEqual({ ok: true });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [UI_SCRIPT] }]);
  });

  it('takes the top frame when the sender names none, and refuses a sender without a tab', async () => {
    await injectUi({ tab: { id: 7 } });
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: [UI_SCRIPT] }]);
    expect(await injectUi({ id: 'extension page' })).toEqual({ ok: false });
    expect(calls).toHaveLength(1);
  });

  it('passes an injection failure on to the caller', async () => {
    failNext.value = true;
    await expect(injectUi({ tab: { id: 7 }, frameId: 0 })).rejects.toThrow('Cannot access');
  });

  it('names the file the build emits from content-scripts/ui-main.ts', () => {
    const config = readFileSync('vite.config.ts', 'utf8');
    expect(config).toContain(`standaloneScript('content-scripts/ui-main.ts', '${UI_SCRIPT}')`);
  });
});
