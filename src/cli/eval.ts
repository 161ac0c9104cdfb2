// Measures the analyzer on the labelled development data (../shared/data): AI-evaluator
// detection on ai-postings-dev.jsonl, scam risk on emscad-dev.jsonl. The data is read from
// there at run time and never copied into the repository. Other sets in the same formats in that
// folder (ai-postings-test.jsonl, emscad-test.jsonl) are scored too, each under its own heading
// (eval-data.ts); --ai / --emscad name files directly.
//
//   npm run eval [-- --data DIR] [--ai FILE] [--emscad FILE] [--verbose] [--direct] [--split]
//                  [--half even|odd] [--emscad-csv FILE] [--holdout-ai FILE]... [--holdout-scam FILE]...
//
// --split adds scam recall and false alarms for each half of the EMSCAD rows, split by the parity
// of the id's number: tune rules on one half, check the other is about as good (a rule that only
// helps the half it was tuned on is fitted to those rows, not to scams). --half restricts the
// per-rule table and the verbose lists to one half, so the other stays unread while tuning.
//
// --emscad-csv FILE also scores the ads of an EMSCAD-format CSV (the public fake_job_postings.csv,
// or a subset with its columns) that are not among the dev rows: a hold-out nobody tuned on.
//
// --holdout-ai / --holdout-scam score labelled JSONL files kept outside the repo (real postings, real
// scam messages) whole and by id parity (eval-holdouts.ts).
//
// --direct scores risk with findSignals/assessRisk straight from the rule data instead of
// analyzePosting's own risk (for tuning rules). It still takes pay and the evaluator verdict
// from analyzePosting when that loads, and runs without them when it does not.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessRisk } from '../core/risk.ts';
import { scamTalk } from '../core/scam-talk.ts';
import { WordIndex } from '../core/word-index.ts';
import { findSignals } from '../core/signals.ts';
import { tokenize } from '../core/tokenize.ts';
import { labelledSets, namedSet, type LabelledSet } from './eval-data.ts';
import { readEmscadCsv, type EmscadRow } from './emscad-csv.ts';
import { fewerFieldsLines } from './eval-fields.ts';
import { alarm, f3, halfOf, pct, scoreAiHoldout, scoreScamHoldout, type Half } from './eval-holdouts.ts';
import type { Analysis, PostingInput, SignalHit } from '../core/types.ts';
import { healthySignalRules } from '../data/healthy-signals/index.ts';
import { redFlagRules } from '../data/red-flags/index.ts';

interface AiRow {
  id: string;
  source?: string;
  title: string;
  company: string | null;
  text: string;
  labels: { ai_evaluator: boolean; fraudulent: boolean | null };
}

interface Options {
  dataDir: string;
  verbose: boolean;
  direct: boolean;
  split: boolean;
  half: Half | null;
  emscadCsv: string | null;
  /** --ai / --emscad: score these files instead of the labelled sets found in dataDir. */
  aiFile: string | null;
  emscadFile: string | null;
  holdoutAi: string[];
  holdoutScam: string[];
}

function parseArgs(argv: string[]): Options {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  let dataDir = process.env.EVALSCOUT_DATA || resolve(repoRoot, '../shared/data');
  let verbose = false;
  let direct = false;
  let split = false;
  let half: Half | null = null;
  let emscadCsv: string | null = null;
  let aiFile: string | null = null;
  let emscadFile: string | null = null;
  const holdoutAi: string[] = [];
  const holdoutScam: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') {
      const next = argv[++i];
      if (!next) fail('--data needs a directory');
      dataDir = resolve(next);
    } else if (a.startsWith('--data=')) dataDir = resolve(a.slice(7));
    else if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--direct') direct = true;
    else if (a === '--split') split = true;
    else if (a === '--holdout-ai' || a === '--holdout-scam') {
      const v = argv[++i];
      if (!v) fail(`${a} needs a JSONL file`);
      (a === '--holdout-ai' ? holdoutAi : holdoutScam).push(resolve(v));
    }
    else if (a === '--ai' || a === '--emscad') {
      const v = argv[++i];
      if (!v) fail(`${a} needs a JSONL file`);
      if (a === '--ai') aiFile = resolve(v);
      else emscadFile = resolve(v);
    }
    else if (a === '--emscad-csv' || a.startsWith('--emscad-csv=')) {
      const v = a === '--emscad-csv' ? argv[++i] : a.slice(13);
      if (!v) fail('--emscad-csv needs a CSV file');
      emscadCsv = resolve(v);
    }
    else if (a === '--half' || a.startsWith('--half=')) {
      const v = a === '--half' ? argv[++i] : a.slice(7);
      if (v !== 'even' && v !== 'odd') fail('--half needs even or odd');
      half = v;
    }    else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run eval -- [--data DIR] [--ai FILE] [--emscad FILE] [--verbose] [--direct] [--split] [--half even|odd] [--emscad-csv FILE] [--holdout-ai FILE] [--holdout-scam FILE]');
      console.log('  --data DIR     score every ai-postings*.jsonl and emscad*.jsonl there (default ../shared/data), each set under its own heading');
      console.log('  --ai F, --emscad F  score these files (the formats of ai-postings-dev.jsonl / emscad-dev.jsonl) instead');
      console.log('  --split        scam recall and false alarms on each half of EMSCAD (id number even / odd)');
      console.log('  --half H       per-rule table and verbose lists for that half only');
      console.log('  --emscad-csv F also score the ads of an EMSCAD-format CSV that are not dev rows (a hold-out)');
      console.log('  --holdout-ai F     also score AI-evaluator detection on a labelled JSONL (id, text, title, labels.ai_evaluator)');
      console.log('  --holdout-scam F   also score red flags on labelled snippets (id, text, labels.scam); both by id parity too');
      process.exit(0);
    } else fail(`Unknown option ${a}`);
  }
  return { dataDir, verbose, direct, split, half, emscadCsv, aiFile, emscadFile, holdoutAi, holdoutScam };
}

function fail(message: string, code = 2): never {
  console.error(`eval: ${message}`);
  process.exit(code);
}

function readJsonl<T>(path: string): T[] {
  const rows: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line) as T);
      } catch {
        fail(`${path}:${i + 1} is not valid JSON`);
      }
    });
  return rows;
}

type Analyze = (input: PostingInput) => Analysis;

const EMPTY: Analysis = {
  aiEvaluator: { match: false, score: 0, reasons: [] },
  risk: { level: 'none', score: 0, reasons: [] },
  redFlags: [],
  healthySignals: [],
  keywords: [],
  pay: null,
};

/** Loaded lazily so --direct still works when the full pipeline does not build. */
async function loadAnalyzer(direct: boolean): Promise<Analyze> {
  try {
    const mod = (await import('../core/analyze.ts')) as { analyzePosting: Analyze };
    return mod.analyzePosting;
  } catch (e) {
    if (!direct) fail(`could not load src/core/analyze.ts: ${e instanceof Error ? e.message : String(e)}`, 1);
    console.error('eval: analyzePosting did not load; --direct runs without pay and evaluator detection');
    return () => EMPTY;
  }
}

/** Runs the full pipeline, or (with --direct) the signal engine over the rule data. */
function analyze(analyzePosting: Analyze, input: PostingInput, direct: boolean): Analysis {
  const full = analyzePosting(input);
  if (!direct) return full;
  const text = input.text;
  const doc = {
    text,
    tokens: tokenize(text),
    title: input.title ?? '',
    company: input.company,
    url: input.url,
    source: input.source,
    pay: full.pay,
    aiEvaluator: full.aiEvaluator.match,
  };
  const redFlags = findSignals(redFlagRules, doc);
  const healthySignals = findSignals(healthySignalRules, doc);
  const words = new WordIndex(doc.tokens);
  const talk = scamTalk(words);
  words.release();
  return { ...full, redFlags, healthySignals, risk: assessRisk(redFlags, healthySignals, { aiEvaluator: doc.aiEvaluator, scamTalk: talk }) };
}

function emscadInput(row: EmscadRow): PostingInput {
  const input: PostingInput = { text: row.text, title: row.title };
  if (row.salary_range) input.payText = row.salary_range;
  return input;
}


function topReasons(a: Analysis): string {
  const flags = a.redFlags.map((h: SignalHit) => `${h.id}(${h.severity[0]})`).join(', ') || 'no flags';
  return `risk ${a.risk.level} ${a.risk.score}; ${flags}`;
}

interface AiScore {
  table: [string, string, string][];
  misses: string[];
  alarmIds: string[];
}

/** AI-evaluator detection on one file: precision, recall, and evaluator postings put at medium+ risk. */
function scoreAi(rows: AiRow[], analyzePosting: Analyze, direct: boolean): AiScore {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  let alarms = 0, positives = 0;
  const misses: string[] = [];
  const alarmIds: string[] = [];
  for (const row of rows) {
    const input: PostingInput = { text: row.text, title: row.title, company: row.company ?? undefined };
    if (/^https?:\/\//.test(row.source ?? '')) input.url = row.source;
    const a = analyze(analyzePosting, input, direct);
    const truth = row.labels.ai_evaluator;
    const said = a.aiEvaluator.match;
    if (truth && said) tp++;
    else if (!truth && said) fp++;
    else if (truth && !said) fn++;
    else tn++;
    if (truth !== said) misses.push(`${row.id} ${truth ? 'FN' : 'FP'} score ${a.aiEvaluator.score.toFixed(2)}: ${a.aiEvaluator.reasons.slice(0, 3).map((r) => r.label).join(', ') || 'no reasons'}`);
    if (truth) {
      positives++;
      if (alarm(a)) {
        alarms++;
        alarmIds.push(`${row.id}: ${topReasons(a)}`);
      }
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return {
    table: [
      ['AI-evaluator precision', f3(precision), `TP ${tp} FP ${fp}`],
      ['AI-evaluator recall', f3(recall), `FN ${fn} TN ${tn}`],
      ['AI-evaluator F1', f3(f1), `${rows.length} postings`],
      ['False alarms (AI-evaluator postings)', pct(alarms, positives), `${alarms}/${positives}  target ≤ 5%`],
    ],
    misses,
    alarmIds,
  };
}

type Tally = { fraud: number; caught: number; legit: number; alarms: number };
const tally = (): Tally => ({ fraud: 0, caught: 0, legit: 0, alarms: 0 });

interface ScamScore {
  table: [string, string, string][];
  byHalf: Record<Half, Tally>;
  perRule: Map<string, { fraud: number; legit: number }>;
  missed: string[];
  falseAlarms: string[];
}

/** Scam recall and false alarms on one EMSCAD file, with the flags that fired (of one half, with --half). */
function scoreEmscad(rows: EmscadRow[], analyzePosting: Analyze, opts: Options): ScamScore {
  const all = tally();
  const byHalf: Record<Half, Tally> = { even: tally(), odd: tally() };
  const perRule = new Map<string, { fraud: number; legit: number }>();
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const row of rows) {
    const a = analyze(analyzePosting, emscadInput(row), opts.direct);
    const isFraud = row.labels.fraudulent;
    const caught = alarm(a);
    for (const c of [all, byHalf[halfOf(row.id)]]) {
      if (isFraud) {
        c.fraud++;
        if (caught) c.caught++;
      } else {
        c.legit++;
        if (caught) c.alarms++;
      }
    }
    if (opts.half && halfOf(row.id) !== opts.half) continue;
    for (const id of new Set(a.redFlags.map((f) => f.id))) {
      const c = perRule.get(id) ?? { fraud: 0, legit: 0 };
      if (isFraud) c.fraud++;
      else c.legit++;
      perRule.set(id, c);
    }
    if (isFraud && !caught) missed.push(`${row.id}: ${topReasons(a)}`);
    if (!isFraud && caught) falseAlarms.push(`${row.id}: ${topReasons(a)}`);
  }
  return {
    table: [
      ['Scam recall (EMSCAD fraud, risk ≥ medium)', pct(all.caught, all.fraud), `${all.caught}/${all.fraud}  target ≥ 60%`],
      ['False alarms (EMSCAD legit, risk ≥ medium)', pct(all.alarms, all.legit), `${all.alarms}/${all.legit}  target ≤ 5%`],
    ],
    byHalf,
    perRule,
    missed,
    falseAlarms,
  };
}

/** The figures of one labelled set: its table, and with --split, --verbose the details. */
function reportSet(set: LabelledSet, ai: AiScore | null, scam: ScamScore | null, opts: Options, heading: boolean): void {
  if (heading) console.log(`\n== ${set.name}: ${[set.ai, set.emscad].filter((p) => p !== null).map((p) => basename(p!)).join(', ')}`);
  // The table keeps the order it always had: detection, then scam, then evaluator postings at medium+.
  const rows = [...(ai ? ai.table.slice(0, 3) : []), ...(scam ? scam.table : []), ...(ai ? ai.table.slice(3) : [])];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, detail] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(7)}  ${detail}`);
  if (scam && opts.split) {
    console.log('\nEMSCAD by half (id number even / odd): recall on fraud, false alarms on legit');
    for (const k of ['even', 'odd'] as const) {
      const h = scam.byHalf[k];
      console.log(`  ${k.padEnd(4)}  recall ${pct(h.caught, h.fraud).padStart(6)} (${h.caught}/${h.fraud})   false alarms ${pct(h.alarms, h.legit).padStart(5)} (${h.alarms}/${h.legit})`);
    }
  }
  if (scam) {
    console.log(`\nRed flags fired on EMSCAD${opts.half ? ` (${opts.half} half)` : ''} (postings): fraud / legit`);
    const sorted = [...scam.perRule.entries()].sort((a, b) => b[1].fraud + b[1].legit - (a[1].fraud + a[1].legit) || a[0].localeCompare(b[0]));
    for (const [id, c] of sorted) console.log(`  ${id.padEnd(32)} ${String(c.fraud).padStart(4)} / ${String(c.legit).padStart(4)}`);
    if (sorted.length === 0) console.log('  (none)');
  }
  if (opts.verbose) {
    const list = (title: string, items: string[]) => {
      console.log(`\n${title} (${items.length})`);
      for (const s of items) console.log(`  ${s}`);
    };
    if (ai) {
      list('AI-evaluator misclassified', ai.misses);
      list('AI-evaluator postings at medium+ risk', ai.alarmIds);
    }
    if (scam) {
      list('EMSCAD legit at medium+ risk', scam.falseAlarms);
      list('EMSCAD fraud missed', scam.missed);
    }
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  let sets: LabelledSet[];
  try {
    sets = opts.aiFile || opts.emscadFile ? [namedSet(opts.aiFile, opts.emscadFile)] : labelledSets(opts.dataDir);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const analyzePosting = await loadAnalyzer(opts.direct);
  const mode = opts.direct ? 'signals engine direct' : 'analyzePosting';
  // Headings only when there is more than the dev pair to tell apart.
  const heading = sets.length > 1 || (sets[0]!.name !== '-dev' && !(opts.aiFile || opts.emscadFile));
  console.log(`Evalscout eval (${mode}); data: ${opts.aiFile || opts.emscadFile ? sets[0]!.name : opts.dataDir}${heading ? '' : '\n'}`);
  const emscadRowsRead: EmscadRow[] = [];
  for (const set of sets) {
    const aiRows = set.ai ? readJsonl<AiRow>(set.ai) : null;
    const emRows = set.emscad ? readJsonl<EmscadRow>(set.emscad) : null;
    if (emRows) emscadRowsRead.push(...emRows);
    const ai = aiRows ? scoreAi(aiRows, analyzePosting, opts.direct) : null;
    const scam = emRows ? scoreEmscad(emRows, analyzePosting, opts) : null;
    reportSet(set, ai, scam, opts, heading);
    console.log('\nWith fewer fields than the labelled rows have (a plain-text file gives text alone), or as a page:');
    for (const line of fewerFieldsLines(aiRows, emRows, (input) => analyze(analyzePosting, input, opts.direct))) console.log(line);
  }

  if (opts.emscadCsv) {
    let csvRows: EmscadRow[];
    try {
      csvRows = readEmscadCsv(opts.emscadCsv);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    // Ads already among the labelled rows read above are left out: by job_id where the CSV has it
    // (copies of the dataset differ in line breaks and quoting, so the same ad's text may not
    // match), and by text (the dataset repeats some ads word for word under other ids).
    const devTexts = new Set(emscadRowsRead.map((r) => r.text));
    const devIds = new Set(emscadRowsRead.map((r) => r.id));
    const held = csvRows.filter((r) => !devTexts.has(r.text) && !(r.jobId && devIds.has(`emscad-${r.jobId}`)));
    // Whole, and by job_id parity: rules are read and tuned on one half, the other stays a check.
    const parts: Record<'all' | 'even' | 'odd', Tally> = { all: tally(), even: tally(), odd: tally() };
    for (const row of held) {
      const caught = alarm(analyze(analyzePosting, emscadInput(row), opts.direct));
      const half = row.jobId && /^\d+$/.test(row.jobId) ? (Number(row.jobId) % 2 === 0 ? 'even' : 'odd') : null;
      for (const c of half ? [parts.all, parts[half]] : [parts.all]) {
        if (row.labels.fraudulent) {
          c.fraud++;
          if (caught) c.caught++;
        } else {
          c.legit++;
          if (caught) c.alarms++;
        }
      }
    }
    console.log(`\nHold-out: ${held.length} ads of ${opts.emscadCsv} that are not among the labelled rows (${csvRows.length - held.length} are); whole, and by job_id even / odd`);
    for (const [name, c] of Object.entries(parts)) {
      if (name !== 'all' && c.fraud + c.legit === 0) continue;
      console.log(`  ${name.padEnd(4)}  scam recall ${pct(c.caught, c.fraud).padStart(6)}  ${c.caught}/${c.fraud}   false alarms ${pct(c.alarms, c.legit).padStart(6)}  ${c.alarms}/${c.legit}`);
    }
    for (const line of fewerFieldsLines(null, held, (input) => analyze(analyzePosting, input, opts.direct))) console.log(line);
  }

  const holdouts: [string, (path: string, analyze: Analyze) => string[], string][] = [
    ...opts.holdoutAi.map((p) => [p, scoreAiHoldout, 'AI-evaluator detection'] as [string, typeof scoreAiHoldout, string]),
    ...opts.holdoutScam.map((p) => [p, scoreScamHoldout, 'red flags'] as [string, typeof scoreScamHoldout, string]),
  ];
  for (const [path, score, what] of holdouts) {
    let lines: string[];
    try {
      lines = score(path, (input) => analyze(analyzePosting, input, opts.direct));
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
    console.log(`\nHold-out ${what}: ${path} (whole, and by id number even / odd)`);
    for (const line of lines) console.log(line);
  }
}

void main();
