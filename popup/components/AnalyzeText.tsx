import { useState } from 'preact/hooks';

export function AnalyzeText({ onAnalyze }: { onAnalyze: (text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) {
      setError('Paste the posting text first.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      await onAnalyze(text);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="analyze" onSubmit={(e) => void submit(e)}>
      <label for="paste">Analyze selection: paste a job posting’s text</label>
      <textarea id="paste" rows={6} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-describedby={error ? 'paste-err' : undefined} />
      {error ? (
        <p id="paste-err" class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Analyzing…' : 'Analyze text'}
      </button>
    </form>
  );
}
