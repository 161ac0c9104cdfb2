import { useEffect, useState } from 'preact/hooks';
import { deleteKeptAside, listKeptAside, readKeptAside } from '../../src/platform/storage.ts';
import type { ProfileStore } from '../state.ts';

/** Load problems and damaged records kept aside: never hidden, always recoverable. */
export function Problems({ store }: { store: ProfileStore }) {
  const [kept, setKept] = useState<{ key: string; error: string }[]>([]);
  const loaded = store.loaded;
  useEffect(() => {
    if (loaded) void listKeptAside().then(setKept);
  }, [loaded]);

  async function download(key: string) {
    const record = await readKeptAside(key);
    const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `evalscout-${key.replace(/[^a-z0-9-]/gi, '-')}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <>
      {loaded?.status === 'corrupt' ? (
        <p class="error" role="alert">
          Your saved profile could not be read ({loaded.error}). It was kept aside as “{loaded.keptAs}”; you can download it below and start again here.
        </p>
      ) : null}
      {loaded?.status === 'ok' && loaded.migratedFrom !== null ? (
        <p class="ok" role="status">
          Your profile was updated from an older format; everything was kept.
        </p>
      ) : null}
      {kept.length ? (
        <section aria-labelledby="kept-h">
          <h2 id="kept-h">Damaged records kept aside</h2>
          <ul class="plain">
            {kept.map((k) => (
              <li key={k.key} class="row wrap">
                <span class="grow">
                  {k.key}: {k.error}
                </span>
                <button type="button" class="secondary" onClick={() => void download(k.key)}>
                  Download
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void deleteKeptAside(k.key).then(() => setKept(kept.filter((x) => x.key !== k.key)))}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
