// The core as the extension runs it: built by vite with the extension's minifier, then timed in a
// node process of its own. tsx, which the rest of the bench runs under, compiles each file apart and
// names every closure it creates, and a minifier may change speed too (oxc's const-to-let made the
// core ~10% slower, see vite.config.ts). A second copy of the core in the bench's own process would
// share its heap and regex caches and be timed unfairly, hence the child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { PostingInput } from '../core/types.ts';

const RUNNER = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzePosting } from './analyze.js';
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
const rounds = Number(process.argv[2]);
let sink = 0;
for (const p of corpus) sink += analyzePosting(p).keywords.length;
const times = [];
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (const p of corpus) sink += analyzePosting(p).keywords.length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ roundMs: times[Math.floor(times.length / 2)], sink }));
`;

/** Median ms per steady round of `corpus` through the shipped build of the core, after one warm-up round. */
export async function bundledRoundMs(corpus: readonly PostingInput[], rounds: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'evalscout-bench-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: true,
        // The extension's own minifier and target (vite.config.ts), so the figure is the shipped code's.
        minify: 'esbuild',
        target: 'es2022',
        lib: { entry: new URL('../core/analyze.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'analyze.js' },
      },
    });
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(corpus));
    writeFileSync(join(dir, 'run.mjs'), RUNNER);
    const run = spawnSync(process.execPath, [join(dir, 'run.mjs'), String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (run.status !== 0) throw new Error(run.stderr.trim().split('\n').pop() ?? `exit ${run.status}`);
    return (JSON.parse(run.stdout) as { roundMs: number }).roundMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
