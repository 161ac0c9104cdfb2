import { useEffect, useState } from 'preact/hooks';
import { originOf, removeOrigin, requestOrigin } from '../../src/platform/permissions.ts';
import { getSettings, inlineMarksOn, setInlineMarks, type Settings } from '../../src/platform/settings.ts';
import type { ProfileStore } from '../state.ts';

// The boards' main hosts; country hosts (uk.indeed.com, …) can be switched from the popup.
const BUILT_IN = [
  'www.linkedin.com',
  'www.upwork.com',
  'www.indeed.com',
  'www.glassdoor.com',
  'www.ziprecruiter.com',
  'wellfound.com',
  'boards.greenhouse.io',
  'job-boards.greenhouse.io',
  'jobs.lever.co',
  'jobs.ashbyhq.com',
  'apply.workable.com',
  'jobs.workable.com',
];

export function Sites({ store }: { store: ProfileStore }) {
  const { profile, update } = store;
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [settings, setSettings] = useState<Settings>({});

  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);

  async function add(e: Event) {
    e.preventDefault();
    const origin = originOf(input);
    if (!origin) {
      setMessage({ text: 'Enter an https address such as https://jobs.example.com.', error: true });
      return;
    }
    // Ask first, inside the click: the browser only shows its prompt during a user gesture.
    let granted = false;
    try {
      granted = await requestOrigin(origin);
    } catch (err) {
      setMessage({ text: `The browser refused: ${err instanceof Error ? err.message : String(err)}`, error: true });
      return;
    }
    if (!granted) {
      setMessage({ text: `Access to ${origin} was not granted, so it was not added.`, error: true });
      return;
    }
    update((p) => (p.extraSites.includes(origin) ? p : { ...p, extraSites: [...p.extraSites, origin] }));
    setInput('');
    setMessage({ text: `Added ${origin}. Reload its tabs to see Evalscout there.`, error: false });
  }

  async function remove(origin: string) {
    await removeOrigin(origin).catch(() => false);
    update((p) => ({ ...p, extraSites: p.extraSites.filter((s) => s !== origin) }));
  }

  async function toggleMarks(host: string, on: boolean) {
    try {
      await setInlineMarks(host, on);
      setSettings(await getSettings());
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  }

  const hosts = [...BUILT_IN, ...profile.extraSites.map((o) => new URL(o).hostname)];
  return (
    <section id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">6. Job boards</h2>
      <p class="hint">Evalscout reads LinkedIn, Upwork, Indeed, Glassdoor, ZipRecruiter, Wellfound, Greenhouse, Lever, Ashby and Workable. Add any other job site (a company’s own careers page, say); the browser asks you to allow that one site, and Evalscout reads its JSON-LD job data there.</p>
      <form class="row" onSubmit={(e) => void add(e)}>
        <label for="site-url">Board address</label>
        <input id="site-url" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} placeholder="https://jobs.example.com" />
        <button type="submit">Add board</button>
      </form>
      {message ? (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <fieldset>
        <legend>Marks inside the page (red flags and keywords highlighted in the posting)</legend>
        {hosts.map((host) => (
          <div key={host} class="row">
            <label class="check grow">
              <input type="checkbox" checked={inlineMarksOn(settings, host)} onChange={(e) => void toggleMarks(host, (e.target as HTMLInputElement).checked)} />
              {host}
            </label>
            {BUILT_IN.includes(host) ? null : (
              <button type="button" class="secondary" aria-label={`Remove board ${host}`} onClick={() => void remove(`https://${host}`)}>
                Remove
              </button>
            )}
          </div>
        ))}
      </fieldset>
    </section>
  );
}
