// The options page's copy of the profile: loaded once, edited in memory, written back debounced
// (storage writes are rate-limited; one write per burst of edits). Errors surface in the page.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { debouncedWriter, loadProfile, saveProfile, saveResume, type LoadResult } from '../src/platform/storage.ts';
import { emptyProfile, emptyResume, type Profile, type ResumeRecord } from '../src/schema/profile.ts';

export type SaveStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string };

export interface ProfileStore {
  loaded: LoadResult | null;
  profile: Profile;
  resume: ResumeRecord;
  status: SaveStatus;
  update: (fn: (p: Profile) => Profile) => void;
  setResume: (fn: (r: ResumeRecord) => ResumeRecord) => void;
  /** Replace both after an import (already written to storage). */
  replace: (profile: Profile, resume: ResumeRecord) => void;
  flush: () => Promise<void>;
}

export function useProfileStore(): ProfileStore {
  const [loaded, setLoaded] = useState<LoadResult | null>(null);
  const [profile, setProfile] = useState<Profile>(() => emptyProfile());
  const [resume, setResumeState] = useState<ResumeRecord>(() => emptyResume());
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(profile);
  latest.current = profile;

  const writers = useMemo(() => {
    const fail = (e: Error) => setStatus({ kind: 'error', message: e.message });
    const wrap =
      <T,>(save: (v: T) => Promise<void>) =>
      async (v: T) => {
        await save(v);
        setStatus({ kind: 'saved' });
      };
    return { profile: debouncedWriter(wrap(saveProfile), 600, fail), resume: debouncedWriter(wrap(saveResume), 800, fail) };
  }, []);

  useEffect(() => {
    loadProfile()
      .then((result) => {
        setLoaded(result);
        if (result.status === 'ok') {
          setProfile(result.profile);
          setResumeState(result.resume);
        }
      })
      .catch((e: unknown) => setStatus({ kind: 'error', message: `Could not read your profile: ${e instanceof Error ? e.message : String(e)}` }));
    const beforeUnload = () => {
      void writers.profile.flush().catch(() => undefined);
      void writers.resume.flush().catch(() => undefined);
    };
    addEventListener('pagehide', beforeUnload);
    return () => removeEventListener('pagehide', beforeUnload);
  }, [writers]);

  const now = () => new Date().toISOString();
  return {
    loaded,
    profile,
    resume,
    status,
    update(fn) {
      setProfile((prev) => {
        const next = { ...fn(prev), updatedAt: now() };
        setStatus({ kind: 'saving' });
        writers.profile.schedule(next);
        return next;
      });
    },
    setResume(fn) {
      setResumeState((prev) => {
        const next = { ...fn(prev), updatedAt: now() };
        setStatus({ kind: 'saving' });
        writers.resume.schedule(next);
        // A resume implies a profile exists: write one too, so the popup can match.
        writers.profile.schedule(latest.current);
        return next;
      });
    },
    replace(p, r) {
      setProfile(p);
      setResumeState(r);
      setStatus({ kind: 'saved' });
    },
    async flush() {
      await writers.profile.flush();
      await writers.resume.flush();
    },
  };
}
