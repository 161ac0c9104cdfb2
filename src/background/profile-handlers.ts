// Background side of the profile: answers the popup's 'match' requests (the popup never loads the
// profile, the taxonomy or full zod), migrates stored data on update, and opens onboarding on
// first install. Listeners are registered at top level, as MV3 requires.
import browser from 'webextension-polyfill';
import { handleMessage } from '../platform/messaging.ts';
import { loadProfile } from '../platform/storage.ts';
import { matchRequest } from '../schema/messages.ts';
import { analyzeExtracted } from './analysis.ts';
import { matchPosting } from '../core/profile-match.ts';

handleMessage('match', matchRequest, async (message) => {
  const loaded = await loadProfile();
  if (loaded.status === 'none') return { profileExists: false, match: null, hourlyFloor: null, problem: null };
  if (loaded.status === 'corrupt') {
    return {
      profileExists: false,
      match: null,
      hourlyFloor: null,
      problem: `Your saved profile could not be read (${loaded.error}). It was kept aside as “${loaded.keptAs}” — set up your profile again in the options page.`,
    };
  }
  const analysis = message.analysis ?? analyzeExtracted(message.posting);
  const match = matchPosting(message.posting.description, analysis, loaded.profile, loaded.resume);
  return { profileExists: true, match, hourlyFloor: loaded.profile.hourlyFloor, problem: null };
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
  // Migrate stored data now rather than on the first popup open.
  if (details.reason === 'update') void loadProfile().catch((error: unknown) => console.warn('Evalscout: profile migration failed', error));
});
