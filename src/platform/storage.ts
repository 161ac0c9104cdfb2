// The profile in extension storage. Everything lives in storage.local, none in storage.sync:
// - the resume alone passes sync's 8,192-byte per-item quota, and splitting one profile across
//   sync and local would let the two halves disagree after a partial sync;
// - sync allows 120 writes a minute, which an options page with live editing can exceed;
// - the product promise is that everything runs locally; sync would copy the user's career
//   details to their browser account's servers without them asking for it.
// Every read is validated and migrated; a record that fails is moved aside, never dropped.
import browser from 'webextension-polyfill';
import {
  emptyResume,
  parseExport,
  parseProfileRecord,
  profileV2Schema,
  resumeRecordSchema,
  type Profile,
  type ResumeRecord,
} from '../schema/profile.ts';

export const PROFILE_KEY = 'profile';
export const RESUME_KEY = 'resume';
export const CORRUPT_PREFIX = 'corrupt-';
export const BACKUP_PREFIX = 'profile-backup-v';

export type LoadResult =
  | { status: 'none' }
  | { status: 'ok'; profile: Profile; resume: ResumeRecord; migratedFrom: number | null }
  | { status: 'corrupt'; error: string; keptAs: string };

/** A write the browser refused; `message` says what happened in words a user can act on. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
}

function describeWriteError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(raw)) {
    return 'Not saved: the browser has no room left for Evalscout data. Shorten the resume text or delete damaged records kept aside, then save again.';
  }
  return `Not saved: the browser refused to store the profile (${raw}).`;
}

async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    throw new StorageWriteError(describeWriteError(error));
  }
}

/** Move unreadable stored data under a `corrupt-<timestamp>` key so the user can still get it back. */
async function keepAside(raw: Record<string, unknown>, error: string): Promise<string> {
  const keptAs = `${CORRUPT_PREFIX}${new Date().toISOString()}`;
  await write({ [keptAs]: { error, keptAt: Date.now(), record: raw } });
  await browser.storage.local.remove(Object.keys(raw));
  return keptAs;
}

export async function loadProfile(): Promise<LoadResult> {
  const stored = await browser.storage.local.get([PROFILE_KEY, RESUME_KEY]);
  const rawProfile = stored[PROFILE_KEY];
  const rawResume = stored[RESUME_KEY];
  if (rawProfile === undefined) return { status: 'none' };
  const parsed = parseProfileRecord(rawProfile, rawResume);
  if (!parsed.ok) {
    const kept: Record<string, unknown> = { [PROFILE_KEY]: rawProfile };
    if (rawResume !== undefined) kept[RESUME_KEY] = rawResume;
    const keptAs = await keepAside(kept, parsed.error);
    return { status: 'corrupt', error: parsed.error, keptAs };
  }
  const resume = parsed.resume ?? emptyResume(parsed.profile.updatedAt);
  if (parsed.migratedFrom !== null) {
    // Keep the old record until the new one is written, so a failed write loses nothing.
    await write({ [`${BACKUP_PREFIX}${parsed.migratedFrom}`]: rawProfile });
    await write({ [PROFILE_KEY]: parsed.profile, [RESUME_KEY]: resume });
  }
  return { status: 'ok', profile: parsed.profile, resume, migratedFrom: parsed.migratedFrom };
}

/**
 * The stored profile as the current shape, without writing anything: no migration is saved and
 * nothing is moved aside (the options page and the match handler do that, and tell the user).
 * null when there is no usable profile.
 */
export async function peekProfile(): Promise<Profile | null> {
  const stored = await browser.storage.local.get([PROFILE_KEY, RESUME_KEY]);
  if (stored[PROFILE_KEY] === undefined) return null;
  const parsed = parseProfileRecord(stored[PROFILE_KEY], stored[RESUME_KEY]);
  return parsed.ok ? parsed.profile : null;
}

export async function saveProfile(profile: Profile): Promise<void> {
  const checked = profileV2Schema.safeParse(profile);
  if (!checked.success) throw new StorageWriteError(`Not saved: ${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}`);
  await write({ [PROFILE_KEY]: checked.data });
}

export async function saveResume(resume: ResumeRecord): Promise<void> {
  const checked = resumeRecordSchema.safeParse(resume);
  if (!checked.success) throw new StorageWriteError(`Resume not saved: ${checked.error.issues[0]?.message}`);
  await write({ [RESUME_KEY]: checked.data });
}

/** Import an export file. An invalid file changes nothing and says why. */
export async function importProfile(text: string): Promise<{ ok: true; profile: Profile; resume: ResumeRecord } | { ok: false; error: string }> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  await write({ [PROFILE_KEY]: parsed.profile, [RESUME_KEY]: parsed.resume });
  return parsed;
}

export async function listKeptAside(): Promise<{ key: string; error: string }[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(CORRUPT_PREFIX))
    .map(([key, value]) => ({ key, error: String((value as { error?: unknown } | null)?.error ?? 'unreadable') }));
}

export async function readKeptAside(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

export async function deleteKeptAside(key: string): Promise<void> {
  if (key.startsWith(CORRUPT_PREFIX)) await browser.storage.local.remove(key);
}

/**
 * Coalesce rapid edits into one write (storage writes are rate-limited and each one wakes
 * listeners). `flush` writes now; errors reach `onError` and the returned promise.
 */
export function debouncedWriter<T>(save: (value: T) => Promise<void>, delayMs = 600, onError?: (error: Error) => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    try {
      await save(value);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      onError?.(e);
      throw e;
    }
  }
  return {
    schedule(value: T): void {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    flush,
    get pending(): boolean {
      return pending !== null;
    },
  };
}
