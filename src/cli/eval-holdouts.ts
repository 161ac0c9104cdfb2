// Scores labelled files kept outside the repository: real AI-evaluator / look-alike postings, and
// real scam messages with legitimate snippets. Each is reported whole and by the parity of the
// number in its ids, so a team that tunes on one half can read the other as untouched.
import { readFileSync } from 'node:fs';
import type { Analysis, PostingInput, RiskLevel } from '../core/types.ts';

type Analyze = (input: PostingInput) => Analysis;
export type Half = 'even' | 'odd';

/** Flags that fire on any short text that names no employer or pay: they say nothing about a snippet. */
const ABSENCE_FLAGS = new Set(['no-company-identity', 'no-pay-information']);
const RANK: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };
/** Risk at "medium" or above: what the scam figures count. */
export const alarm = (a: Analysis) => RANK[a.risk.level] >= RANK.medium;

interface Labelled {
  id: string;
  text: string;
  title?: string;
  company?: string | null;
  source?: string;
  url?: string;
  labels: { ai_evaluator?: boolean; scam?: boolean };
}

/** The half an id falls in by the parity of its number (`emscad-1234`, `hold-007`). */
export function halfOf(id: string): Half {
  return Number(/(\d+)\s*$/.exec(id)?.[1] ?? '0') % 2 === 0 ? 'even' : 'odd';
}

/** Rows of a JSONL file; throws with the file and line of the first bad one. */
export function readLabelled(path: string, label: 'ai_evaluator' | 'scam'): Labelled[] {
  const rows: Labelled[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let row: Labelled;
      try {
        row = JSON.parse(line) as Labelled;
      } catch {
        throw new Error(`${path}:${i + 1} is not valid JSON`);
      }
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.labels?.[label] !== 'boolean') {
        throw new Error(`${path}:${i + 1} needs "id", "text" and a true/false "labels.${label}"`);
      }
      rows.push(row);
    });
  return rows;
}

export const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
export const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

/** Precision and recall of AI-evaluator detection, whole and per half. */
export function scoreAiHoldout(path: string, analyze: Analyze): string[] {
  const counts = { all: [0, 0, 0, 0], even: [0, 0, 0, 0], odd: [0, 0, 0, 0] } as Record<'all' | Half, number[]>;
  for (const row of readLabelled(path, 'ai_evaluator')) {
    const input: PostingInput = { text: row.text, title: row.title, company: row.company ?? undefined };
    const url = row.url ?? row.source;
    if (url && /^https?:\/\//.test(url)) input.url = url;
    const truth = row.labels.ai_evaluator!;
    const said = analyze(input).aiEvaluator.match;
    const cell = truth && said ? 0 : !truth && said ? 1 : truth ? 2 : 3;
    counts.all[cell]!++;
    counts[halfOf(row.id)][cell]!++;
  }
  return (['all', 'even', 'odd'] as const).map((k) => {
    const [tp, fp, fn, tn] = counts[k] as [number, number, number, number];
    return `  ${k.padEnd(4)}  precision ${f3(tp / (tp + fp))}  recall ${f3(tp / (tp + fn))}  (TP ${tp} FP ${fp} FN ${fn} TN ${tn})`;
  });
}

/** Scam fragments with a specific red flag and at medium risk or more; legitimate ones flagged. */
export function scoreScamHoldout(path: string, analyze: Analyze): string[] {
  const zero = () => ({ scam: 0, flagged: 0, medium: 0, legit: 0, legitFlagged: 0, legitMedium: 0 });
  const counts = { all: zero(), even: zero(), odd: zero() };
  for (const row of readLabelled(path, 'scam')) {
    const a = analyze({ text: row.text, title: row.title });
    const flagged = a.redFlags.some((f) => !ABSENCE_FLAGS.has(f.id));
    const medium = alarm(a);
    for (const c of [counts.all, counts[halfOf(row.id)]]) {
      if (row.labels.scam) {
        c.scam++;
        if (flagged) c.flagged++;
        if (medium) c.medium++;
      } else {
        c.legit++;
        if (flagged) c.legitFlagged++;
        if (medium) c.legitMedium++;
      }
    }
  }
  return (['all', 'even', 'odd'] as const).map((k) => {
    const c = counts[k];
    return `  ${k.padEnd(4)}  scam: specific flag ${pct(c.flagged, c.scam)} (${c.flagged}/${c.scam}), medium+ ${pct(c.medium, c.scam)}   legit: flagged ${c.legitFlagged}/${c.legit}, medium+ ${c.legitMedium}/${c.legit}`;
  });
}
