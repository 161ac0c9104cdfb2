// Which labelled files `npm run eval` scores. The dev files are named ai-postings-dev.jsonl and
// emscad-dev.jsonl; a held-back set dropped next to them in the same format (ai-postings-test.jsonl,
// emscad-2025.jsonl, ...) is found and scored too, each under its own heading, so nobody has to
// rename files or learn an option to measure on data the team never saw.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const AI_FILE = /^ai-postings(.*)\.jsonl$/;
const EMSCAD_FILE = /^emscad(.*)\.jsonl$/;

/** One set to score: an AI-postings file, an EMSCAD file, or both when their names share a suffix ("-dev"). */
export interface LabelledSet {
  /** The suffix the files share ("-dev", "-test"), or the file's own name for one given by path. */
  name: string;
  ai: string | null;
  emscad: string | null;
}

/**
 * The labelled sets in `dir`: files named ai-postings*.jsonl and emscad*.jsonl, paired by what follows
 * the prefix. The dev pair comes first, the rest by name. Throws with a message a user can act on when
 * the folder is missing or holds none.
 */
export function labelledSets(dir: string): LabelledSet[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`${dir} is not a folder. Point --data DIR or EVALSCOUT_DATA at the folder holding ai-postings-dev.jsonl and emscad-dev.jsonl.`);
  }
  const sets = new Map<string, LabelledSet>();
  for (const file of readdirSync(dir).sort()) {
    const ai = AI_FILE.exec(file);
    const em = ai ? null : EMSCAD_FILE.exec(file);
    const suffix = ai?.[1] ?? em?.[1];
    if (suffix === undefined) continue;
    const set = sets.get(suffix) ?? { name: suffix || '(no suffix)', ai: null, emscad: null };
    if (ai) set.ai = join(dir, file);
    else set.emscad = join(dir, file);
    sets.set(suffix, set);
  }
  if (sets.size === 0) {
    throw new Error(`${dir} holds no ai-postings*.jsonl or emscad*.jsonl. Point --data DIR or EVALSCOUT_DATA at the folder holding ai-postings-dev.jsonl and emscad-dev.jsonl.`);
  }
  return [...sets.entries()].sort(([a], [b]) => (a === '-dev' ? -1 : b === '-dev' ? 1 : a.localeCompare(b))).map(([, s]) => s);
}

/** A set of files named on the command line (--ai FILE, --emscad FILE), whatever their names. */
export function namedSet(ai: string | null, emscad: string | null): LabelledSet {
  for (const p of [ai, emscad]) if (p !== null && !existsSync(p)) throw new Error(`missing ${p}`);
  const name = [ai, emscad].filter((p): p is string => p !== null).map((p) => basename(p)).join(' + ');
  return { name, ai, emscad };
}
