// storage.ts against an in-memory storage.local that behaves like Chrome's (JSON copies, a quota).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({ data: {} as Record<string, unknown>, quota: Infinity }));

vi.mock('webextension-polyfill', () => {
  const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  const local = {
    async get(keys: string | string[] | null) {
      if (keys === null) return copy(state.data);
      const list = typeof keys === 'string' ? [keys] : keys;
      return copy(Object.fromEntries(list.filter((k) => k in state.data).map((k) => [k, state.data[k]])));
    },
    async set(items: Record<string, unknown>) {
      const next = { ...state.data, ...copy(items) };
      if (JSON.stringify(next).length > state.quota) throw new Error('QUOTA_BYTES quota exceeded');
      state.data = next;
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete state.data[k];
    },
  };
  return { default: { storage: { local } } };
});

const storage = await import('../../src/platform/storage.ts');
const fixture = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/profile/${name}`, 'utf8'));

beforeEach(() => {
  state.data = {};
  state.quota = Infinity;
});

describe('loadProfile', () => {
  it('reports no profile on a fresh install', async () => {
    expect(await storage.loadProfile()).toEqual({ status: 'none' });
  });

  it('migrates a stored v1 record, writes the v2 layout and keeps a backup', async () => {
    state.data = { profile: fixture('v1-finance.json') };
    const loaded = await storage.loadProfile();
    expect(loaded.status === 'ok' && loaded.migratedFrom).toBe(1);
    expect((state.data.profile as { schemaVersion: number }).schemaVersion).toBe(2);
    expect((state.data.resume as { text: string }).text).toMatch(/Senior Financial Analyst/);
    expect(state.data['profile-backup-v1']).toEqual(fixture('v1-finance.json'));
    // Second read: already current, nothing to migrate.
    const again = await storage.loadProfile();
    expect(again.status === 'ok' && again.migratedFrom).toBe(null);
    expect(again.status === 'ok' && again.profile.tools).toEqual(['excel', 'sql', 'Google Sheets']);
  });

  it('moves a corrupt record aside under corrupt-<timestamp> and reports it', async () => {
    const bad = { schemaVersion: 2, domains: 'finance' };
    state.data = { profile: bad, resume: { schemaVersion: 1, text: 'keep me', fileName: null, updatedAt: 'x' } };
    const loaded = await storage.loadProfile();
    expect(loaded.status).toBe('corrupt');
    if (loaded.status !== 'corrupt') return;
    expect(loaded.keptAs).toMatch(/^corrupt-\d{4}-/);
    expect(loaded.error).toMatch(/domains/);
    const kept = state.data[loaded.keptAs] as { record: Record<string, unknown> };
    expect(kept.record.profile).toEqual(bad);
    expect((kept.record.resume as { text: string }).text).toBe('keep me');
    expect(state.data.profile).toBeUndefined();
    expect(await storage.listKeptAside()).toEqual([{ key: loaded.keptAs, error: loaded.error }]);
  });
});

describe('writes', () => {
  it('turns a quota error into a message a user can act on and keeps the old data', async () => {
    const profile = fixture('v2-finance.json') as Parameters<typeof storage.saveProfile>[0];
    await storage.saveProfile(profile);
    state.quota = JSON.stringify(state.data).length + 100;
    const err = await storage.saveResume({ schemaVersion: 1, text: 'x'.repeat(5000), fileName: null, updatedAt: 'now' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(storage.StorageWriteError);
    expect((err as Error).message).toMatch(/no room left.*Shorten the resume/);
    expect(state.data.resume).toBeUndefined();
    expect(state.data.profile).toEqual(profile);
  });

  it('refuses to save an invalid profile', async () => {
    await expect(storage.saveProfile({ schemaVersion: 2 } as never)).rejects.toThrow(/Not saved/);
    expect(state.data.profile).toBeUndefined();
  });

  it('an invalid import changes nothing', async () => {
    const profile = fixture('v2-finance.json') as Parameters<typeof storage.saveProfile>[0];
    await storage.saveProfile(profile);
    const before = JSON.stringify(state.data);
    const result = await storage.importProfile('{"format":"evalscout-profile","profile":{"schemaVersion":2}}');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(state.data)).toBe(before);
  });

  it('a valid import replaces profile and resume', async () => {
    const text = JSON.stringify({
      format: 'evalscout-profile',
      profile: fixture('v2-finance.json'),
      resume: { schemaVersion: 1, text: 'Imported resume', fileName: 'cv.txt', updatedAt: 'x' },
    });
    const result = await storage.importProfile(text);
    expect(result.ok).toBe(true);
    expect((state.data.resume as { text: string }).text).toBe('Imported resume');
  });
});

describe('debouncedWriter', () => {
  it('coalesces rapid edits into one write of the last value', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_v: number) => undefined);
    const writer = storage.debouncedWriter(save, 500);
    writer.schedule(1);
    writer.schedule(2);
    writer.schedule(3);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(3);
    vi.useRealTimers();
  });

  it('flush writes at once and surfaces errors', async () => {
    const errors: Error[] = [];
    const writer = storage.debouncedWriter(async () => {
      throw new Error('boom');
    }, 10_000, (e) => errors.push(e));
    writer.schedule(1);
    await expect(writer.flush()).rejects.toThrow('boom');
    expect(errors).toHaveLength(1);
    expect(writer.pending).toBe(false);
  });
});
