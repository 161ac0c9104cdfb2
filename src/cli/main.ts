// evalscout CLI — a stable contract that later tooling and evaluations depend on:
//   npm run --silent cli -- analyze [--jsonl] [--profile FILE] [FILE|-]
// FILE is HTML (JSON-LD JobPosting first, else the main visible text) or plain text; `-` or none
// reads stdin. Unusable input: exit 2 with one clear line on stderr.
import { readFileSync } from 'node:fs';
import { analyzePosting } from '../core/analyze.ts';
import type { PostingInput } from '../core/types.ts';
import { UsageError } from './errors.ts';
import { looksLikeHtml, postingFromHtml } from './html.ts';
import { loadCliProfile, matchForCli, type CliProfile } from './profile.ts';

const USAGE = 'usage: evalscout analyze [--jsonl] [--profile FILE] [FILE|-]';

function fail(message: string): never {
  process.stderr.write(`evalscout: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

function readInput(file: string | undefined): string {
  try {
    if (!file || file === '-') return readFileSync(0, 'utf8');
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new UsageError(`cannot read ${file}: no such file`);
    if (err.code === 'EISDIR') throw new UsageError(`cannot read ${file}: it is a directory`);
    if (err.code === 'EAGAIN') throw new UsageError('no input: give a FILE or pipe text to stdin');
    throw new UsageError(`cannot read ${file ?? 'stdin'}: ${err.message}`);
  }
}

function toPosting(raw: string, base: Partial<PostingInput> = {}, forceHtml = false): PostingInput {
  if (forceHtml || looksLikeHtml(raw)) return postingFromHtml(raw, base);
  return { ...base, text: raw };
}

function analyzeOne(posting: PostingInput, profile: CliProfile | null) {
  const analysis = analyzePosting(posting, profile?.analyzeOptions);
  if (!profile) return analysis;
  return { ...analysis, match: matchForCli(analysis, posting, profile) };
}

function runJsonl(raw: string, profile: CliProfile | null): void {
  const lines = raw.split(/\r?\n/);
  // A trailing newline is not an input line.
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  lines.forEach((line, index) => {
    let id: unknown = null;
    try {
      if (!line.trim()) throw new Error('empty line');
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error('not valid JSON');
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new Error('expected a JSON object');
      const r = row as Record<string, unknown>;
      id = r.id ?? null;
      const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
      const base: Partial<PostingInput> = { title: str('title'), company: str('company'), url: str('url') };
      let posting: PostingInput;
      if (typeof r.html === 'string') posting = toPosting(r.html, base, true);
      else if (typeof r.text === 'string') posting = { ...base, text: r.text };
      else throw new Error('expected a "text" or "html" string');
      if (!posting.text.trim()) throw new Error('the posting text is empty');
      out.push(JSON.stringify({ id, ...analyzeOne(posting, profile) }));
    } catch (e) {
      out.push(JSON.stringify({ id: id ?? `line-${index + 1}`, error: (e as Error).message }));
    }
    // Flush in chunks so a large stream does not sit in memory.
    if (out.length >= 200) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

export function main(argv: string[]): void {
  const args = [...argv];
  const command = args.shift();
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'analyze') fail(command ? `unknown command "${command}". ${USAGE}` : USAGE);
  let jsonl = false;
  let profileFile: string | undefined;
  let file: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--jsonl') jsonl = true;
    else if (a === '--profile') {
      profileFile = args.shift();
      if (!profileFile) fail(`--profile needs a FILE. ${USAGE}`);
    } else if (a === '-' || !a.startsWith('-')) {
      if (file !== undefined) fail(`only one input FILE is allowed. ${USAGE}`);
      file = a;
    } else fail(`unknown option "${a}". ${USAGE}`);
  }
  try {
    const profile = profileFile ? loadCliProfile(profileFile) : null;
    if (!file && process.stdin.isTTY) throw new UsageError(`no input: give a FILE or pipe text to stdin. ${USAGE}`);
    const raw = readInput(file);
    if (raw.includes('\u0000')) throw new UsageError(`${file ?? 'stdin'} looks binary, not text or HTML`);
    if (jsonl) {
      runJsonl(raw, profile);
      return;
    }
    if (!raw.trim()) throw new UsageError(`${file ?? 'stdin'} is empty: nothing to analyse`);
    const posting = toPosting(raw);
    if (!posting.text.trim()) throw new UsageError(`${file ?? 'stdin'} has no visible posting text`);
    process.stdout.write(JSON.stringify(analyzeOne(posting, profile), null, 2) + '\n');
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
}

main(process.argv.slice(2));
