// Turns red flags and healthy signals into one risk level with reasons a person can read.
//
// Why the shape: most single flags are weak (a missing salary, "work from home") and real
// AI-evaluator postings trip some of them, so low flags add little and repeat hits of the same
// rule count once. Money and data-grab flags are rated high in the data because they are the
// scam itself; one of them alone is enough for "medium" whatever else the posting says. Healthy
// signals damp the score but never cancel a high flag.
import { healthySignalRules } from '../data/healthy-signals/index.ts';
import { redFlagRules } from '../data/red-flags/index.ts';
import type { Risk, RiskLevel, Severity, SignalHit } from './types.ts';

const RED_WEIGHT: Record<Severity, number> = { low: 8, medium: 20, high: 45 };
const HEALTHY_WEIGHT: Record<Severity, number> = { low: 4, medium: 8, high: 15 };

/** Thresholds on the damped score. */
const LEVELS: [RiskLevel, number][] = [
  ['high', 60],
  // Three independent weak signs together (3 × 8) are worth a warning; so is any warning-level
  // flag on its own (see below).
  ['medium', 24],
  ['low', 8],
];

/** Healthy signals take at most this share off the score. */
const MAX_DAMPING = 0.5;

/** Names of scams in a text (scam-talk.ts) from which it is about scams, not an offer. */
const ABOUT_SCAMS = 3;

export interface RiskContext {
  aiEvaluator: boolean;
  /** How often the text names scams or fraud (scam-talk.ts); from ABOUT_SCAMS on, it is a text about them. */
  scamTalk?: number;
  /** Per-rule weights keyed by id; they override the data's own rule.weight (tests, tuning). */
  weights?: Readonly<Record<string, number>>;
}

const RANK: Record<RiskLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * The weights the rule data sets (rule.weight), by id. A rule whose evidence is stronger or weaker
 * than its severity band says carries its own weight there; callers need not pass it along.
 */
const DATA_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  [...redFlagRules, ...healthySignalRules].flatMap((r) => (typeof r.weight === 'number' ? [[r.id, r.weight] as const] : [])),
);

function weightOf(hit: SignalHit, table: Record<Severity, number>, ctx: RiskContext): number {
  const own = ctx.weights?.[hit.id] ?? DATA_WEIGHTS[hit.id];
  let w = typeof own === 'number' ? own : table[hit.severity];
  // Evaluator postings legitimately say "remote", "no AI experience needed", "simple tasks":
  // the weak flags say less about them, the strong ones just as much.
  if (ctx.aiEvaluator && hit.severity === 'low') w /= 2;
  return w;
}

function label(sev: Severity): string {
  return sev === 'high' ? 'Serious' : sev === 'medium' ? 'Warning' : 'Minor';
}

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function severityOrder(a: SignalHit, b: SignalHit): number {
  return ORDER[a.severity] - ORDER[b.severity];
}

/**
 * One hit per rule id (the last one, where the first stood), most severe first. `distinct` is the
 * number of ids among them: when every hit has its own, as nearly always, they are only sorted.
 */
function bySeverity(hits: readonly SignalHit[], distinct: number): SignalHit[] {
  const one = distinct === hits.length ? hits.slice() : [...new Map(hits.map((h) => [h.id, h])).values()];
  return one.sort(severityOrder);
}

export function assessRisk(redFlags: readonly SignalHit[], healthy: readonly SignalHit[], ctx: RiskContext): Risk {
  const seenRed = new Set<string>();
  let raw = 0;
  let highCount = 0;
  let mediumCount = 0;
  for (const hit of redFlags) {
    if (seenRed.has(hit.id)) continue;
    seenRed.add(hit.id);
    raw += weightOf(hit, RED_WEIGHT, ctx);
    if (hit.severity === 'high') highCount++;
    if (hit.severity === 'medium') mediumCount++;
  }
  const seenHealthy = new Set<string>();
  let good = 0;
  for (const hit of healthy) {
    if (seenHealthy.has(hit.id)) continue;
    seenHealthy.add(hit.id);
    // Weak healthy signals (an EEO line, an address) are easy to paste into a scam: listed as
    // reasons, but they do not lower the score.
    if (hit.severity !== 'low') good += weightOf(hit, HEALTHY_WEIGHT, ctx);
  }
  const damping = Math.min(MAX_DAMPING, good / 100);
  const score = Math.round(Math.min(100, raw * (1 - damping)));

  let level: RiskLevel = 'none';
  for (const [name, min] of LEVELS) {
    if (score >= min) {
      level = name;
      break;
    }
  }
  // A single money or data-grab flag is the scam itself: never below medium.
  if (highCount > 0 && RANK[level] < RANK.medium) level = 'medium';
  // A "Warning" flag is a warning: the level says so even when the posting has good sides.
  if (mediumCount > 0 && RANK[level] < RANK.medium) level = 'medium';
  if (highCount > 1) level = 'high';
  // A warning page or an employer's fraud notice lists the signs to tell the reader about them:
  // they stay marked, but they are not this text asking for money or data.
  const aboutScams = (ctx.scamTalk ?? 0) >= ABOUT_SCAMS && RANK[level] > RANK.low;
  if (aboutScams) level = 'low';

  const reds = bySeverity(redFlags, seenRed.size);
  const reasons = reds.map((h) => `${label(h.severity)}: ${h.title}`);
  if (aboutScams) reasons.unshift(`The text is about job scams (it names them ${ctx.scamTalk} times): the signs below are described there, not asked of you`);
  if (reds.length > 0 && seenHealthy.size > 0) {
    const goods = bySeverity(healthy, seenHealthy.size);
    reasons.push(`In its favour: ${goods.map((h) => h.title.toLowerCase()).join('; ')}`);
  }
  if (reds.length === 0) reasons.push(seenHealthy.size > 0 ? 'No red flags found; several signs of a real hiring process' : 'No red flags found');
  return { level, score, reasons };
}
