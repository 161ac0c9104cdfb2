// npm run bench — speed and size, measured rather than asserted:
// - core throughput (MB/s) and per-posting latency (median, p95) over a corpus of a few MB, under
//   tsx and, in a process of its own, as the extension ships it (bench-bundled.ts),
// - the ratio to one toLowerCase() pass over the same texts in the same process (the floor),
// - how time grows when the text doubles and when the taxonomy doubles,
// - bundle sizes (raw and gzip) of the built extension,
// - browser figures (content script marks latency, long tasks, popup first render) when Chromium
//   and the browser bench modules are available; `--no-browser` skips them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyzePosting } from '../core/analyze.ts';
import { compileVocabulary } from '../core/keywords.ts';
import type { PostingInput } from '../core/types.ts';
import { taxonomy } from '../data/taxonomy/index.ts';
import type { TaxonomyEntry } from '../data/schema.ts';
import { bundledRoundMs } from './bench-bundled.ts';
import { corpusFromDisk } from './bench-corpus.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}
const fmt = (n: number, d = 2) => n.toFixed(d);

function timeIt(fn: () => void, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A doubled taxonomy: every term again under a variant spelling that real text never contains. */
function doubledTaxonomy(): TaxonomyEntry[] {
  const variant = (s: string) => s.replace(/\p{L}+/gu, (w) => `${w}qz`);
  return [
    ...taxonomy,
    ...taxonomy.map((e) => ({ ...e, id: `${e.id}-twin`, label: variant(e.label), aliases: e.aliases.map(variant), caseSensitive: e.caseSensitive.map(variant) })),
  ];
}

function coreBench(corpus: PostingInput[]) {
  const bytes = corpus.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  // Warm up: compile matchers and rules.
  for (const p of corpus.slice(0, 50)) analyzePosting(p);
  // The first full pass, reported apart: the JIT is still optimising and most words are new to
  // the lexicon and its caches (stems, word-set lists), as in a service worker that just started.
  let firstPassMs = 0;
  for (const p of corpus) {
    const t = performance.now();
    analyzePosting(p);
    firstPassMs += performance.now() - t;
  }

  const rounds = quick ? 1 : 3;
  const latencies: number[] = [];
  let analyseMs = 0;
  let lowerMs = 0;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const p of corpus) {
      let t = performance.now();
      sink += p.text.toLowerCase().length;
      lowerMs += performance.now() - t;
      t = performance.now();
      sink += analyzePosting(p).keywords.length;
      const dt = performance.now() - t;
      analyseMs += dt;
      latencies.push(dt);
    }
  }
  const mbPerS = (bytes * rounds) / 1e6 / (analyseMs / 1000);
  const lowerMbPerS = (bytes * rounds) / 1e6 / (lowerMs / 1000);

  // A diagnostic, not the figure the target is about: each posting analysed twice more straight
  // after its first analysis, timing those repeats. CPU caches and branch history then hold that
  // one posting (and so does the line-verdict cache of sections.ts, a few percent of the work): how
  // far this runs ahead of the steady figure is mostly the cost of one posting differing from the
  // next (cache misses, mispredicted branches), not of the work itself.
  let repeatMs = 0;
  for (const p of corpus) {
    sink += analyzePosting(p).keywords.length;
    const t = performance.now();
    sink += analyzePosting(p).keywords.length;
    sink += analyzePosting(p).keywords.length;
    repeatMs += performance.now() - t;
  }

  // Growth with text size: one long document, then twice as long.
  const joined = corpus.map((p) => p.text).join('\n\n');
  const base = joined.slice(0, 500_000);
  const double = joined.slice(0, 1_000_000);
  const tBase = timeIt(() => analyzePosting({ text: base }), quick ? 2 : 5);
  const tDouble = timeIt(() => analyzePosting({ text: double }), quick ? 2 : 5);

  // Growth with taxonomy size.
  const normal = compileVocabulary(taxonomy);
  const doubled = compileVocabulary(doubledTaxonomy());
  const sample = corpus.slice(0, 400);
  const runWith = (vocabulary: typeof normal) => () => {
    for (const p of sample) sink += analyzePosting(p, { vocabulary }).keywords.length;
  };
  runWith(normal)();
  runWith(doubled)();
  const tNormal = timeIt(runWith(normal), quick ? 2 : 5);
  const tDoubled = timeIt(runWith(doubled), quick ? 2 : 5);

  if (sink === -1) console.log('');
  return {
    postings: corpus.length,
    corpusMB: bytes / 1e6,
    throughputMBs: mbPerS,
    firstPassMBs: bytes / 1e6 / (firstPassMs / 1000),
    repeatedMBs: (bytes * 2) / 1e6 / (repeatMs / 1000),
    lowercaseMBs: lowerMbPerS,
    ratioToLowercase: analyseMs / lowerMs,
    latencyMedianMs: median(latencies),
    latencyP95Ms: percentile(latencies, 0.95),
    textDoublingRatio: tDouble / tBase,
    taxonomyDoublingRatio: tDoubled / tNormal,
    taxonomyTerms: taxonomy.length,
  };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function bundleSizes(dist = 'dist') {
  if (!existsSync(join(dist, 'manifest.json'))) return null;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] };
  const size = (files: string[]) => {
    const buf = Buffer.concat(files.map((f) => readFileSync(f)));
    return { raw: buf.length, gzip: gzipSync(buf).length };
  };
  const js = filesUnder(dist).filter((f) => f.endsWith('.js'));
  // Always injected: the manifest's content scripts. The in-page UI is injected by the background
  // only into frames that have something to draw (src/background/ui-script.ts).
  const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => c.js.map((f) => join(dist, f)));
  const uiFiles = [join(dist, 'content-scripts/ui-main.js')].filter((f) => existsSync(f));
  // Popup JS: every chunk the popup page loads.
  const popupHtml = join(dist, 'popup/index.html');
  const popupChunks = new Set<string>();
  if (existsSync(popupHtml)) {
    const queue = [...readFileSync(popupHtml, 'utf8').matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => join(dist, m[1]!.replace(/^\//, '')));
    while (queue.length) {
      const f = queue.pop()!;
      if (popupChunks.has(f) || !existsSync(f)) continue;
      popupChunks.add(f);
      for (const m of readFileSync(f, 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)|import\s*"\.\/([^"]+\.js)"/g)) {
        queue.push(join(dist, 'assets', m[1] ?? m[2] ?? m[3]!));
      }
    }
  }
  return {
    contentScript: size(contentFiles),
    contentUi: uiFiles.length ? size(uiFiles) : null,
    popupJs: size([...popupChunks]),
    allJs: size(js),
    popupChunks: [...popupChunks].map((f) => relative(dist, f)),
  };
}

async function browserBench(): Promise<Record<string, unknown> | string> {
  if (args.has('--no-browser')) return 'skipped (--no-browser)';
  if (!existsSync('/usr/bin/chromium')) return 'skipped: /usr/bin/chromium is not installed';
  if (!existsSync('dist/manifest.json')) return 'skipped: run `npm run build` first';
  const out: Record<string, unknown> = {};
  for (const [name, path, fn] of [
    ['content', './bench-browser.ts', 'benchBrowser'],
    ['popup', './bench-popup.ts', 'benchPopup'],
  ] as const) {
    if (!existsSync(new URL(path, import.meta.url))) {
      out[name] = 'not available';
      continue;
    }
    try {
      const mod = (await import(path)) as Record<string, () => Promise<Record<string, unknown>>>;
      out[name] = await mod[fn]!();
    } catch (e) {
      out[name] = `failed: ${(e as Error).message}`;
    }
  }
  return out;
}

async function main() {
  const corpus = corpusFromDisk();
  console.log(`Evalscout bench — ${new Date().toISOString()} — node ${process.version}`);
  console.log(`corpus: ${corpus.source}`);
  const core = coreBench(corpus.postings);
  let bundled = '';
  try {
    const roundMs = await bundledRoundMs(corpus.postings, quick ? 1 : 5);
    bundled = `${fmt(core.corpusMB / (roundMs / 1000), 1)} MB/s`;
  } catch (e) {
    bundled = `not measured: ${(e as Error).message.split('\n')[0]}`;
  }
  const rows: [string, string, string][] = [
    ['postings analysed', String(core.postings), ''],
    ['corpus size', `${fmt(core.corpusMB)} MB`, ''],
    ['throughput (steady, after one warm-up pass)', `${fmt(core.throughputMBs, 1)} MB/s`, 'target ≥ 30 MB/s'],
    ['throughput, core as shipped (vite build, own process)', bundled, 'same corpus; median of 5 rounds'],
    ['throughput (first pass: cold JIT and caches)', `${fmt(core.firstPassMBs, 1)} MB/s`, ''],
    ['throughput, each posting again straight after itself', `${fmt(core.repeatedMBs, 1)} MB/s`, 'diagnostic: warm caches and branch history'],
    ['toLowerCase() floor', `${fmt(core.lowercaseMBs, 0)} MB/s`, ''],
    ['ratio to the floor', `${fmt(core.ratioToLowercase, 1)}×`, 'target ≤ 15×'],
    ['latency per posting, median', `${fmt(core.latencyMedianMs, 3)} ms`, ''],
    ['latency per posting, p95', `${fmt(core.latencyP95Ms, 3)} ms`, ''],
    ['time ×, text doubled (0.5 → 1 MB)', `${fmt(core.textDoublingRatio)}×`, 'linear ≈ 2×'],
    [`time ×, taxonomy doubled (${core.taxonomyTerms} → ${core.taxonomyTerms * 2} terms)`, `${fmt(core.taxonomyDoublingRatio)}×`, 'target < 1.3×'],
  ];
  const sizes = bundleSizes();
  if (sizes) {
    rows.push(['content script (minified / gzip)', `${fmt(sizes.contentScript.raw / 1024, 1)} KB / ${fmt(sizes.contentScript.gzip / 1024, 1)} KB`, 'target ≤ 60 KB']);
    if (sizes.contentUi) rows.push(['content UI (injected on demand; minified / gzip)', `${fmt(sizes.contentUi.raw / 1024, 1)} KB / ${fmt(sizes.contentUi.gzip / 1024, 1)} KB`, '']);
    rows.push(['popup JS (minified / gzip)', `${fmt(sizes.popupJs.raw / 1024, 1)} KB / ${fmt(sizes.popupJs.gzip / 1024, 1)} KB`, 'target ≤ 60 KB']);
    rows.push(['all extension JS (minified / gzip)', `${fmt(sizes.allJs.raw / 1024, 1)} KB / ${fmt(sizes.allJs.gzip / 1024, 1)} KB`, '']);
  } else rows.push(['bundle sizes', 'dist/ missing: run `npm run build`', '']);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  const browser = await browserBench();
  console.log('\nbrowser (Chromium, built extension):');
  console.log(typeof browser === 'string' ? `  ${browser}` : JSON.stringify(browser, null, 2).replace(/^/gm, '  '));
}

await main();
