import { useState } from 'preact/hooks';
import type { Suggestion } from '../../src/core/types.ts';

export function Suggestions({ items }: { items: Suggestion[] }) {
  const [status, setStatus] = useState('');
  async function copy(s: Suggestion) {
    try {
      await navigator.clipboard.writeText(s.text);
      setStatus(`Copied: ${s.text.slice(0, 60)}`);
    } catch {
      setStatus('Could not copy; select the text and copy it by hand.');
    }
  }
  return (
    <section aria-labelledby="sugg-h">
      <h2 id="sugg-h">Suggested resume edits</h2>
      {items.length === 0 ? (
        <p class="muted">Add domains, tools and evaluator skills to your profile to get suggestions.</p>
      ) : (
        <ol class="suggestions">
          {items.map((s, i) => (
            <li key={i} data-kind={s.kind}>
              <p class="sugg-title">{s.title}</p>
              <p class="sugg-text">{s.text}</p>
              <p class="muted small">From your {s.basedOn.join('; ')}</p>
              <button type="button" onClick={() => void copy(s)} aria-label={`Copy: ${s.text}`}>
                Copy
              </button>
            </li>
          ))}
        </ol>
      )}
      <p class="sr-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
