import { useState } from 'preact/hooks';
import type { ProfileStore } from '../state.ts';

export function RedFlags({ store }: { store: ProfileStore }) {
  const { profile, update } = store;
  const [phrase, setPhrase] = useState('');
  function add(e: Event) {
    e.preventDefault();
    const p = phrase.trim();
    if (!p || profile.redFlagPhrases.includes(p)) return;
    update((prev) => ({ ...prev, redFlagPhrases: [...prev.redFlagPhrases, p] }));
    setPhrase('');
  }
  return (
    <section id="red-flags" aria-labelledby="rf-h">
      <h2 id="rf-h">5. Your own red-flag phrases</h2>
      <p class="hint">Phrases that make you distrust a posting, on top of the built-in checks (e.g. “training fee”, “message us on Telegram”).</p>
      <form class="row" onSubmit={add}>
        <label for="rf-phrase">Phrase</label>
        <input id="rf-phrase" value={phrase} onInput={(e) => setPhrase((e.target as HTMLInputElement).value)} />
        <button type="submit">Add phrase</button>
      </form>
      <ul class="plain">
        {profile.redFlagPhrases.map((p) => (
          <li key={p} class="row">
            <span class="grow">“{p}”</span>
            <button type="button" class="secondary" aria-label={`Remove phrase ${p}`} onClick={() => update((prev) => ({ ...prev, redFlagPhrases: prev.redFlagPhrases.filter((x) => x !== p) }))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
