// Granting a site registers our content script there (the generic JSON-LD adapter then runs);
// revoking it unregisters. The permission set is the only source of truth.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  origins: [] as string[],
  registered: [] as { id: string; matches: string[]; js: string[] }[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      getManifest: () => ({ content_scripts: [{ matches: ['https://www.linkedin.com/*', 'https://www.upwork.com/*'], js: ['content-scripts/main.js'] }] }),
    },
    permissions: { getAll: async () => ({ origins: state.origins, permissions: [] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => state.registered.filter((s) => ids.includes(s.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        state.registered = state.registered.filter((s) => !ids.includes(s.id));
      },
      registerContentScripts: async (scripts: { id: string; matches: string[]; js: string[] }[]) => {
        for (const script of scripts) {
          if (state.registered.some((s) => s.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          state.registered.push(script);
        }
      },
    },
  },
}));

const { extraOrigins, registeredOrigins, syncGrantedSites } = await import('../../src/background/granted-sites.ts');

beforeEach(() => {
  state.origins = [];
  state.registered = [];
});

describe('granted sites', () => {
  it('registers the manifest content script on granted origins the manifest does not cover', async () => {
    state.origins = ['https://www.linkedin.com/*', 'https://careers.orchardmind.example/*', 'https://jobs.example.org/*'];
    await syncGrantedSites();
    expect(state.registered).toHaveLength(1);
    expect(state.registered[0]!.js).toEqual(['content-scripts/main.js']);
    expect(await registeredOrigins()).toEqual(['https://careers.orchardmind.example/*', 'https://jobs.example.org/*']);
  });

  it('re-derives the registration on every change, and drops it when nothing extra is granted', async () => {
    state.origins = ['https://jobs.example.org/*'];
    await syncGrantedSites();
    state.origins = ['https://jobs.example.org/*', 'https://talent.example.net/*'];
    await syncGrantedSites();
    expect(await registeredOrigins()).toEqual(['https://jobs.example.org/*', 'https://talent.example.net/*']);
    state.origins = [];
    await syncGrantedSites();
    expect(state.registered).toEqual([]);
  });

  it('ignores non-web origins and duplicates', () => {
    expect(extraOrigins(['https://a.example/*', 'https://a.example/*', 'file:///*', 'https://www.upwork.com/*'], ['https://www.upwork.com/*'])).toEqual(['https://a.example/*']);
  });
});
