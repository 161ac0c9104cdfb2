import { useState } from 'preact/hooks';
import { importProfile } from '../../src/platform/storage.ts';
import { toExport } from '../../src/schema/profile.ts';
import type { ProfileStore } from '../state.ts';

export function Backup({ store }: { store: ProfileStore }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function exportFile() {
    await store.flush().catch(() => undefined);
    const blob = new Blob([JSON.stringify(toExport(store.profile, store.resume), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `evalscout-profile-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ text: 'Profile exported.', error: false });
  }

  async function importFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Pending edits go first, so an import that fails cannot be followed by a stale write.
    await store.flush().catch(() => undefined);
    const result = await importProfile(await file.text()).catch((err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }));
    if (!result.ok) {
      setMessage({ text: result.error, error: true });
      return;
    }
    store.replace(result.profile, result.resume);
    setMessage({ text: `Imported ${file.name}.`, error: false });
  }

  return (
    <section id="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">8. Back up or move your profile</h2>
      <div class="row wrap">
        <button type="button" onClick={() => void exportFile()}>
          Export profile (JSON)
        </button>
        <label for="import-file">Import a profile file</label>
        <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void importFile(e)} />
      </div>
      {message ? (
        <p id="backup-msg" class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
