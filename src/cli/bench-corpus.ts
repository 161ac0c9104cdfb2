// The benchmark corpus: the labelled real postings in ../shared/data when present (measurement
// only, never copied into the repo), else our own fixture texts; repeated to a few MB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostingInput } from '../core/types.ts';

export const TARGET_BYTES = 3_000_000;

export function dataDir(): string {
  const flag = process.argv.indexOf('--data');
  if (flag > 0 && process.argv[flag + 1]) return process.argv[flag + 1]!;
  return process.env.EVALSCOUT_DATA ?? join(process.cwd(), '..', 'shared', 'data');
}

function fromJsonl(file: string): PostingInput[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; title?: string; company?: string | null })
    .map((r) => ({ text: r.text, title: r.title, company: r.company ?? undefined }));
}

function fromFixtures(): PostingInput[] {
  const dir = 'tests/fixtures/postings';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ text: readFileSync(join(dir, f), 'utf8') }));
}

export function corpusFromDisk(): { source: string; postings: PostingInput[] } {
  const dir = dataDir();
  const files = ['ai-postings-dev.jsonl', 'emscad-dev.jsonl'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  let base = files.flatMap(fromJsonl);
  let source = `${files.join(', ')}`;
  if (base.length === 0) {
    base = fromFixtures();
    source = 'tests/fixtures/postings (../shared/data not found)';
  }
  if (base.length === 0) throw new Error('no corpus: neither ../shared/data nor tests/fixtures/postings has postings');
  const postings: PostingInput[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const p of base) {
      postings.push(p);
      bytes += p.text.length;
    }
  }
  return { source: `${source} (${base.length} postings, repeated to ${(bytes / 1e6).toFixed(1)} MB)`, postings };
}
