import { useEffect, useState } from 'preact/hooks';
import { inlineMarksEnabled, setInlineMarks } from '../../src/platform/settings.ts';

/** Inline marks on or off for the posting's site; the popup keeps working either way. */
export function SiteMarks({ url }: { url: string }) {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // A posting without a web address (pasted text) has no site to switch.
  }
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (host) void inlineMarksEnabled(host).then(setOn);
  }, [host]);
  if (!host || on === null) return null;
  async function toggle(next: boolean) {
    try {
      await setInlineMarks(host, next);
      setOn(next);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <p class="small site-marks">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} /> Show marks and the summary inside pages on {host}
      </label>
      {error ? (
        <span class="error" role="alert">
          {error}
        </span>
      ) : null}
    </p>
  );
}
