// Keeps the analysis in step with the user's own keywords and red-flag phrases: loaded from the
// saved profile when the worker starts and again whenever the profile changes.
import browser from 'webextension-polyfill';
import { loadProfile, PROFILE_KEY } from '../platform/storage.ts';
import { setUserTerms } from './analysis.ts';

let loading: Promise<void> | null = null;

async function refresh(): Promise<void> {
  const result = await loadProfile();
  if (result.status !== 'ok') {
    setUserTerms({});
    return;
  }
  setUserTerms({ customKeywords: result.profile.customKeywords, customRedFlags: result.profile.redFlagPhrases });
}

/** Resolves once the terms are loaded; analysis waits on it so the first posting sees them too. */
export function userTermsReady(): Promise<void> {
  loading ??= refresh().catch(() => setUserTerms({}));
  return loading;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && PROFILE_KEY in changes) loading = refresh().catch(() => setUserTerms({}));
});
