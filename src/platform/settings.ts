// User settings in storage.local under 'settings'. Other keys in that object belong to the options
// page; we read them through a loose schema and write back only what we change, so nothing is lost.
import * as z from 'zod/mini';
import { ext } from './messaging.ts';

export const SETTINGS_KEY = 'settings';

export const settingsSchema = z.looseObject({
  /** Per hostname: false turns inline marks and the in-page summary off. Missing means on. */
  // An object whose every value is a boolean: z.record would say the same but costs the content
  // script ~3 KB of zod it otherwise never loads.
  inlineMarks: z.optional(z.catchall(z.object({}), z.boolean())),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Read and validate. A malformed stored value reads as defaults (and is left untouched). */
export async function getSettings(): Promise<Settings> {
  const stored = await ext.storage.local.get(SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(stored[SETTINGS_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

export function inlineMarksOn(settings: Settings, hostname: string): boolean {
  return settings.inlineMarks?.[hostname] !== false;
}

export async function inlineMarksEnabled(hostname: string): Promise<boolean> {
  return inlineMarksOn(await getSettings(), hostname);
}

export async function setInlineMarks(hostname: string, on: boolean): Promise<void> {
  const stored = await ext.storage.local.get(SETTINGS_KEY);
  const raw = stored[SETTINGS_KEY];
  const parsed = settingsSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new Error(`Stored settings are malformed; not overwriting them (${parsed.error.issues[0]?.message ?? ''})`);
  const next: Settings = { ...parsed.data, inlineMarks: { ...parsed.data.inlineMarks, [hostname]: on } };
  await ext.storage.local.set({ [SETTINGS_KEY]: next });
}

/** Call `listener` with fresh settings whenever they change. Returns an unsubscribe function. */
export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const parsed = settingsSchema.safeParse(changes[SETTINGS_KEY]?.newValue ?? {});
    listener(parsed.success ? parsed.data : {});
  };
  ext.storage.onChanged.addListener(onChanged);
  return () => ext.storage.onChanged.removeListener(onChanged);
}
