// Keeps the analysis in step with the user's own keywords and red-flag phrases: loaded from the
// saved profile when the worker starts and again whenever the profile changes.
import browser from 'webextension-polyfill';
import { peekProfile, PROFILE_KEY } from '../platform/storage.ts';
import { setUserTerms } from './analysis.ts';

let loading: Promise<void> | null = null;

// Read-only: migrating or setting aside a damaged record is the options page's job, where the
// user is told about it.
async function refresh(): Promise<void> {
  const profile = await peekProfile();
  setUserTerms(profile ? { customKeywords: profile.customKeywords, customRedFlags: profile.redFlagPhrases } : {});
}

/** Resolves once the terms are loaded; analysis waits on it so the first posting sees them too. */
export function userTermsReady(): Promise<void> {
  loading ??= refresh().catch(() => setUserTerms({}));
  return loading;
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && PROFILE_KEY in changes) loading = refresh().catch(() => setUserTerms({}));
});
