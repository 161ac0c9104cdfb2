import { AboutYou } from './sections/AboutYou.tsx';
import { Backup } from './sections/Backup.tsx';
import { Domains } from './sections/Domains.tsx';
import { Keywords } from './sections/Keywords.tsx';
import { Problems } from './sections/Problems.tsx';
import { RedFlags } from './sections/RedFlags.tsx';
import { Resume } from './sections/Resume.tsx';
import { Searches } from './sections/Searches.tsx';
import { Sites } from './sections/Sites.tsx';
import { useProfileStore, type SaveStatus } from './state.ts';

const STATUS_TEXT: Record<Exclude<SaveStatus['kind'], 'error'>, string> = { idle: '', saving: 'Saving…', saved: 'All changes saved' };

export function App() {
  const store = useProfileStore();
  const { profile, status, loaded } = store;
  const firstRun = loaded !== null && !profile.onboarded;
  return (
    <>
      <header class="top">
        <h1>Evalscout profile</h1>
        <p class={status.kind === 'error' ? 'error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'} id="save-status">
          {status.kind === 'error' ? status.message : STATUS_TEXT[status.kind]}
        </p>
      </header>
      <main>
        <Problems store={store} />
        {firstRun ? (
          <div class="welcome">
            <h2>Welcome — three minutes of setup</h2>
            <p>
              Pick your domains, confirm the tools and skills you use, and paste your resume. Evalscout then compares every AI-evaluator posting with your
              background and suggests honest resume edits. Everything stays in this browser.
            </p>
          </div>
        ) : null}
        {loaded === null ? <p>Loading your profile…</p> : null}
        <Domains store={store} />
        <Keywords store={store} />
        <AboutYou store={store} />
        <Resume store={store} />
        {firstRun ? (
          <p>
            <button type="button" class="primary" id="finish-setup" onClick={() => store.update((p) => ({ ...p, onboarded: true }))}>
              Finish setup
            </button>
          </p>
        ) : null}
        <RedFlags store={store} />
        <Sites store={store} />
        <Searches profile={profile} />
        <Backup store={store} />
      </main>
    </>
  );
}
