// Extra sites the user granted (options page → permissions.request on an origin): register our
// content script there so the generic JSON-LD adapter runs. The permission set is the single source
// of truth; the registration is re-derived from it on install, startup and every grant/revoke.
import browser from 'webextension-polyfill';

export const REGISTRATION_ID = 'evalscout-granted-sites';

function manifestScripts(): { matches: string[]; js: string[] } {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return {
    matches: scripts.flatMap((script) => script.matches ?? []),
    js: scripts[0]?.js ?? [],
  };
}

/** Origins granted beyond the ones the manifest already covers. */
export function extraOrigins(granted: string[], manifestMatches: string[]): string[] {
  const covered = new Set(manifestMatches);
  return [...new Set(granted)].filter((origin) => /^https?:\/\//.test(origin) && !covered.has(origin)).sort();
}

let syncing: Promise<void> = Promise.resolve();

async function doSync(): Promise<void> {
  const { matches, js } = manifestScripts();
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const wanted = extraOrigins(granted, matches);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (!wanted.length || !js.length) return;
  await browser.scripting.registerContentScripts([
    { id: REGISTRATION_ID, matches: wanted, js, runAt: 'document_idle', allFrames: true, persistAcrossSessions: true },
  ]);
}

/** Serialised: onAdded and onRemoved can fire back to back. */
export function syncGrantedSites(): Promise<void> {
  syncing = syncing.then(doSync, doSync).catch((error: unknown) => {
    console.warn('Evalscout: could not register content scripts for granted sites', error);
  });
  return syncing;
}

export async function registeredOrigins(): Promise<string[]> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  return existing[0]?.matches ?? [];
}
