import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledSets, namedSet } from '../../src/cli/eval-data.ts';

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalscout-data-'));
  for (const f of files) writeFileSync(join(dir, f), '{}\n');
  return dir;
}

describe('eval data discovery', () => {
  it('pairs ai-postings and emscad files by suffix, dev first', () => {
    const dir = folder(['README.md', 'emscad-test.jsonl', 'ai-postings-test.jsonl', 'ai-postings-dev.jsonl', 'emscad-dev.jsonl', 'emscad-2014.jsonl', 'notes.jsonl']);
    const sets = labelledSets(dir);
    expect(sets.map((s) => s.name)).toEqual(['-dev', '-2014', '-test']);
    expect(sets[0]).toEqual({ name: '-dev', ai: join(dir, 'ai-postings-dev.jsonl'), emscad: join(dir, 'emscad-dev.jsonl') });
    expect(sets[1]).toEqual({ name: '-2014', ai: null, emscad: join(dir, 'emscad-2014.jsonl') });
    expect(sets[2]!.ai).toBe(join(dir, 'ai-postings-test.jsonl'));
  });

  it('takes a held-back set alone when the dev files are not there', () => {
    const dir = folder(['ai-postings.jsonl']);
    expect(labelledSets(dir)).toEqual([{ name: '(no suffix)', ai: join(dir, 'ai-postings.jsonl'), emscad: null }]);
  });

  it('says what to do when the folder is missing or holds no labelled file', () => {
    expect(() => labelledSets(join(tmpdir(), 'evalscout-no-such-folder-9f3'))).toThrow(/is not a folder.*--data DIR/);
    const empty = folder(['postings.csv']);
    expect(() => labelledSets(empty)).toThrow(/holds no ai-postings\*\.jsonl or emscad\*\.jsonl/);
  });

  it('names a set given by path after its files, and refuses a missing one', () => {
    const dir = folder(['mine.jsonl']);
    expect(namedSet(join(dir, 'mine.jsonl'), null)).toEqual({ name: 'mine.jsonl', ai: join(dir, 'mine.jsonl'), emscad: null });
    expect(() => namedSet(null, join(dir, 'gone.jsonl'))).toThrow(/missing .*gone\.jsonl/);
  });
});
