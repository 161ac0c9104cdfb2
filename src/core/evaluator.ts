// Is this AI-evaluator work? Weighted signals from src/data/evaluator-signals.ts, found in one
// scan of the text (and one of the title), summed into a score with its reasons and evidence.
import { evaluatorSignals, type EvaluatorSignal } from '../data/evaluator-signals.ts';
import { keysFor, Matcher, type MatchableTerm, type TermHit, type TokenKeys } from './matcher.ts';
import type { EvaluatorReason, EvaluatorVerdict, Evidence } from './types.ts';

/** Sum of weights at which a posting counts as evaluator work. */
export const EVALUATOR_THRESHOLD = 5;
/** And at least one signal this strong must be present (a vendor name plus "flexible hours" is not enough). */
const STRONG_SIGNAL = 4;
const MAX_EVIDENCE = 3;

type Role = 'phrase' | 'left' | 'right' | 'context';

interface CompiledSignals {
  matcher: Matcher;
  roles: { signal: number; role: Role }[];
}

function compile(signals: readonly EvaluatorSignal[], scope: 'title' | 'text'): CompiledSignals {
  const terms: MatchableTerm[] = [];
  const roles: CompiledSignals['roles'] = [];
  signals.forEach((s, index) => {
    if (s.scope !== scope) return;
    const add = (role: Role, aliases: string[], caseSensitive: string[] = []) => {
      if (aliases.length === 0 && caseSensitive.length === 0) return;
      terms.push({ id: `${s.id}:${role}`, aliases, caseSensitive, stem: s.stem });
      roles.push({ signal: index, role });
    };
    if (s.kind === 'phrase') add('phrase', s.phrases, s.caseSensitive);
    else {
      add('left', s.left);
      add('right', s.right);
      add('context', s.context);
    }
  });
  return { matcher: new Matcher(terms), roles };
}

let compiled: { title: CompiledSignals; text: CompiledSignals } | null = null;

function compiledSignals() {
  compiled ??= { title: compile(evaluatorSignals, 'title'), text: compile(evaluatorSignals, 'text') };
  return compiled;
}

/** The text-scope signal matcher, for scanning it together with the others (matcher.ts scanTogether). */
export function evaluatorTextMatcher(): Matcher {
  return compiledSignals().text.matcher;
}

interface Fired {
  signal: number;
  evidence: Evidence[];
  count: number;
}

function evidence(text: string, doc: TokenKeys, first: number, last: number, offsetless: boolean): Evidence {
  const start = doc.tokens.start[first]!;
  const end = doc.tokens.end[last]!;
  // Title evidence does not index the description text: no offsets to mark.
  return offsetless ? { start: -1, end: -1, text: text.slice(start, end) } : { start, end, text: text.slice(start, end) };
}

function fire(text: string, doc: TokenKeys, c: CompiledSignals, offsetless: boolean): Map<number, Fired> {
  const fired = new Map<number, Fired>();
  const note = (signal: number, ev: Evidence) => {
    let f = fired.get(signal);
    if (!f) fired.set(signal, (f = { signal, evidence: [], count: 0 }));
    f.count++;
    if (f.evidence.length < MAX_EVIDENCE) f.evidence.push(ev);
  };
  const bySentence = new Map<number, { role: Role; signal: number; hit: TermHit }[]>();
  for (const hit of c.matcher.scan(doc)) {
    const { signal, role } = c.roles[hit.term]!;
    if (role === 'phrase') {
      note(signal, evidence(text, doc, hit.firstToken, hit.lastToken, offsetless));
      continue;
    }
    const s = doc.tokens.sentence[hit.firstToken]!;
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push({ role, signal, hit });
  }
  for (const list of bySentence.values()) {
    const signals = new Set(list.map((h) => h.signal));
    for (const signal of signals) {
      const def = evaluatorSignals[signal]!;
      const lefts = list.filter((h) => h.signal === signal && h.role === 'left');
      const rights = list.filter((h) => h.signal === signal && h.role === 'right');
      const hasContext = def.context.length === 0 || list.some((h) => h.signal === signal && h.role === 'context');
      if (!hasContext) continue;
      let found = false;
      for (const l of lefts) {
        for (const r of rights) {
          const gap = r.hit.firstToken > l.hit.lastToken ? r.hit.firstToken - l.hit.lastToken : l.hit.firstToken - r.hit.lastToken;
          if (gap <= def.window && !(r.hit.firstToken === l.hit.firstToken && r.hit.lastToken === l.hit.lastToken)) {
            const first = Math.min(l.hit.firstToken, r.hit.firstToken);
            const last = Math.max(l.hit.lastToken, r.hit.lastToken);
            note(signal, evidence(text, doc, first, last, offsetless));
            found = true;
            break;
          }
        }
        if (found) break;
      }
    }
  }
  return fired;
}

/** Repeats add a little: a posting that says it three times means it more than one that says it once. */
function contribution(weight: number, count: number): number {
  return weight * (1 + 0.25 * Math.min(count - 1, 2));
}

export function detectEvaluator(text: string, title: string | undefined, keys: TokenKeys = keysFor(text), titleKeys?: TokenKeys): EvaluatorVerdict {
  const c = compiledSignals();
  const fired = fire(text, keys, c.text, false);
  // Without a separate title, the first line of the text stands in for it.
  const titleText = title ?? text.slice(0, Math.max(0, text.indexOf('\n'))).slice(0, 200);
  if (titleText) {
    // A title is one short line: several positive title signals restate one fact ("AI Trainer" is a
    // trainer title and a title about training AI), so only the strongest of them counts.
    let strongestTitle: Fired | null = null;
    for (const [signal, f] of fire(titleText, title !== undefined && titleKeys ? titleKeys : keysFor(titleText), c.title, true)) {
      const weight = evaluatorSignals[signal]!.weight;
      if (weight < 0) fired.set(signal, f);
      else if (!strongestTitle || weight > evaluatorSignals[strongestTitle.signal]!.weight) strongestTitle = f;
    }
    if (strongestTitle) fired.set(strongestTitle.signal, strongestTitle);
  }
  let raw = 0;
  let strongest = 0;
  const reasons: EvaluatorReason[] = [];
  for (const f of fired.values()) {
    const def = evaluatorSignals[f.signal]!;
    const weight = Math.round(contribution(def.weight, f.count) * 100) / 100;
    raw += weight;
    strongest = Math.max(strongest, def.weight);
    reasons.push({ id: def.id, label: def.label, weight, evidence: f.evidence });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  const match = raw >= EVALUATOR_THRESHOLD && strongest >= STRONG_SIGNAL;
  return { match, score: Math.round(raw * 100) / 100, reasons };
}
