import { useMemo, useState } from 'preact/hooks';
import { extractKeywords } from '../../src/core/keywords.ts';
import { taxonomyById } from '../../src/data/taxonomy/index.ts';
import { RESUME_ACCEPT, resumeFileText } from '../import-resume.ts';
import type { ProfileStore } from '../state.ts';
import { PickList } from './PickList.tsx';
import { addToProfile, listFor, profileHas } from '../taxonomy-view.ts';

export function Resume({ store }: { store: ProfileStore }) {
  const { profile, resume, setResume, update } = store;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const found = useMemo(
    () => (resume.text.trim() ? extractKeywords(resume.text).filter((k) => k.category !== 'custom' && k.category !== 'work-format') : []),
    [resume.text],
  );
  const fresh = found.filter((k) => !profileHas(profile, k.id) && listFor(k) !== null);
  const known = found.filter((k) => profileHas(profile, k.id));

  async function onFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      const text = await resumeFileText(file);
      setResume((r) => ({ ...r, text, fileName: file.name }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      input.value = '';
    }
  }

  function confirm(picked: Set<string>) {
    update((p) => fresh.filter((k) => picked.has(k.id)).reduce((acc, k) => addToProfile(acc, taxonomyById.get(k.id) ?? k), p));
  }

  return (
    <section id="resume" aria-labelledby="resume-h">
      <h2 id="resume-h">4. Your resume</h2>
      <p class="hint">Stays in this browser. The popup compares postings with it and suggests edits drawn only from it and your profile.</p>
      <label for="resume-file">Import a file (.txt, .md, .docx, .pdf)</label>
      <input id="resume-file" type="file" accept={RESUME_ACCEPT} onChange={(e) => void onFile(e)} disabled={busy} aria-describedby={error ? 'resume-err' : undefined} />
      {busy ? <p role="status">Reading the file…</p> : null}
      {error ? (
        <p id="resume-err" class="error" role="alert">
          {error}
        </p>
      ) : null}
      <label for="resume-text">Resume text{resume.fileName ? ` (from ${resume.fileName})` : ''}</label>
      <textarea id="resume-text" rows={12} value={resume.text} onInput={(e) => setResume((r) => ({ ...r, text: (e.target as HTMLTextAreaElement).value }))} />

      <PickList id="found-h" title="Found in your resume — add to your profile?" name="found" items={fresh.map((k) => ({ id: k.id, label: k.label, kind: k.category }))} onAdd={confirm} />
      {known.length ? <p class="hint">Already in your profile: {known.map((k) => k.label).join(', ')}.</p> : null}
    </section>
  );
}
