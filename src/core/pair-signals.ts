// Phrase and pair signals: a phrase anywhere, or a verb-like and an object-like term close together
// in one sentence (with a context term in that sentence when asked). AI-evaluator detection weighs
// them; keyword extraction uses the same engine for task wordings a fixed phrase cannot list
// ("evaluate nuanced and ambiguous AI responses", "in strict adherence to community guidelines").
import type { EvaluatorSignal } from '../data/evaluator-signals/index.ts';
import { pinnedIds } from './lexicon.ts';
import { Matcher, type MatchableTerm, type TermHit, type TokenKeys } from './matcher.ts';
import type { Evidence } from './types.ts';

const MAX_EVIDENCE = 3;

type Role = 'phrase' | 'left' | 'right' | 'context';

const ROLE_CODE: Record<Role, number> = { phrase: 0, left: 1, right: 2, context: 3 };
const PHRASE = 0;
const LEFT = 1;
const RIGHT = 2;
const CONTEXT = 3;

export interface CompiledSignals {
  matcher: Matcher;
  /** Per matcher term: the signal it belongs to, and its role there (ROLE_CODE). */
  signalOf: Int32Array;
  roleOf: Uint8Array;
  /** The signals compiled, indexed as `Fired.signal` refers to them. */
  defs: readonly EvaluatorSignal[];
  /** Per signal: lexicon ids of its objectFirstUnless words, or null. */
  objectFirstUnless: (readonly number[] | null)[];
  /** Per signal: the number of the last sentence it was paired in (fireSignals), so each pairs once per sentence. */
  pairedIn: Int32Array;
  /** Per signal: the number of the last sentence holding a left, a right term of it. */
  leftIn: Int32Array;
  rightIn: Int32Array;
  sentences: number;
}

export function compileSignals(signals: readonly EvaluatorSignal[], scope: 'title' | 'text'): CompiledSignals {
  const terms: MatchableTerm[] = [];
  const roles: { signal: number; role: Role }[] = [];
  signals.forEach((s, index) => {
    if (s.scope !== scope) return;
    const add = (role: Role, aliases: string[], caseSensitive: string[] = []) => {
      if (aliases.length === 0 && caseSensitive.length === 0) return;
      const guards = role === 'left' ? s.leftGuards : role === 'right' ? s.rightGuards : role === 'phrase' ? s.phraseGuards : undefined;
      terms.push({ id: `${s.id}:${role}`, aliases, caseSensitive, stem: s.stem && !(role === 'right' && s.rightExact), ...(guards ? { guards } : {}) });
      roles.push({ signal: index, role });
    };
    if (s.kind === 'phrase') add('phrase', s.phrases, s.caseSensitive);
    else {
      add('left', s.left);
      add('right', s.right);
      add('context', s.context);
    }
  });
  return {
    matcher: new Matcher(terms),
    signalOf: Int32Array.from(roles, (r) => r.signal),
    roleOf: Uint8Array.from(roles, (r) => ROLE_CODE[r.role]),
    defs: signals,
    objectFirstUnless: signals.map((s) => (s.objectFirstUnless.length > 0 ? pinnedIds(s.objectFirstUnless) : null)),
    pairedIn: new Int32Array(signals.length),
    leftIn: new Int32Array(signals.length),
    rightIn: new Int32Array(signals.length),
    sentences: 0,
  };
}

export interface Fired {
  signal: number;
  evidence: Evidence[];
  /** First token of each evidence, for reading where in the posting it stands. */
  firstTokens: number[];
  count: number;
}

function evidence(text: string, doc: TokenKeys, first: number, last: number, offsetless: boolean): Evidence {
  const start = doc.tokens.start[first]!;
  const end = doc.tokens.end[last]!;
  // Title evidence does not index the description text: no offsets to mark.
  return offsetless ? { start: -1, end: -1, text: text.slice(start, end) } : { start, end, text: text.slice(start, end) };
}

/** Counts one firing of `signal` over tokens first..last, keeping its first evidence. (A function, not a closure per call: tsx names each closure made, ~0.3 µs.) */
function note(fired: Map<number, Fired>, text: string, doc: TokenKeys, offsetless: boolean, signal: number, first: number, last: number): void {
  let f = fired.get(signal);
  if (!f) fired.set(signal, (f = { signal, evidence: [], firstTokens: [], count: 0 }));
  f.count++;
  if (f.evidence.length < MAX_EVIDENCE) {
    f.evidence.push(evidence(text, doc, first, last, offsetless));
    f.firstTokens.push(first);
  }
}

export function fireSignals(text: string, doc: TokenKeys, c: CompiledSignals, offsetless: boolean): Map<number, Fired> {
  const fired = new Map<number, Fired>();
  // Phrases fire where found; verb/object pairs are then looked for sentence by sentence. Hits
  // come in text order, so each sentence's pair hits are one run of `pending`.
  const pending: TermHit[] = [];
  for (const hit of c.matcher.scan(doc)) {
    if (c.roleOf[hit.term] === PHRASE) note(fired, text, doc, offsetless, c.signalOf[hit.term]!, hit.firstToken, hit.lastToken);
    else pending.push(hit);
  }
  const sentence = doc.tokens.sentence;
  for (let a = 0; a < pending.length; ) {
    const s = sentence[pending[a]!.firstToken];
    let b = a + 1;
    while (b < pending.length && sentence[pending[b]!.firstToken] === s) b++;
    const run = ++c.sentences;
    // Which signals have both a left and a right term here: most have one side only, and need
    // not be read again for a pair.
    for (let k = a; k < b; k++) {
      const term = pending[k]!.term;
      const role = c.roleOf[term];
      if (role === LEFT) c.leftIn[c.signalOf[term]!] = run;
      else if (role === RIGHT) c.rightIn[c.signalOf[term]!] = run;
    }
    // Each signal once per sentence, in the order its first hit there comes.
    for (let k = a; k < b; k++) {
      const signal = c.signalOf[pending[k]!.term]!;
      if (c.pairedIn[signal] === run) continue;
      c.pairedIn[signal] = run;
      if (c.leftIn[signal] !== run || c.rightIn[signal] !== run) continue;
      const pair = pairIn(c, pending, a, b, signal, doc.tokens.ids);
      if (pair) note(fired, text, doc, offsetless, signal, pair[0], pair[1]);
    }
    a = b;
  }
  return fired;
}

// Scratch for pairIn: indexes into `pending` of one signal's left and right hits in a sentence.
let lefts = new Int32Array(64);
let rights = new Int32Array(64);

/** The first left/right pair of `signal` close enough in pending[a, b) (one sentence), as [first, last] token, or null. */
function pairIn(c: CompiledSignals, pending: readonly TermHit[], a: number, b: number, signal: number, ids: Int32Array): [number, number] | null {
  const def = c.defs[signal]!;
  const unless = c.objectFirstUnless[signal] ?? null;
  let context = def.context.length === 0;
  if (lefts.length < b - a) {
    lefts = new Int32Array(b - a);
    rights = new Int32Array(b - a);
  }
  let nl = 0;
  let nr = 0;
  for (let k = a; k < b; k++) {
    const term = pending[k]!.term;
    if (c.signalOf[term] !== signal) continue;
    const role = c.roleOf[term];
    if (role === LEFT) lefts[nl++] = k;
    else if (role === RIGHT) rights[nr++] = k;
    else if (role === CONTEXT) context = true;
  }
  if (!context) return null;
  for (let x = 0; x < nl; x++) {
    const l = pending[lefts[x]!]!;
    for (let y = 0; y < nr; y++) {
      const r = pending[rights[y]!]!;
      const gap = r.firstToken > l.lastToken ? r.firstToken - l.lastToken : l.firstToken - r.lastToken;
      if (gap <= def.window && !(r.firstToken === l.firstToken && r.lastToken === l.lastToken)) {
        if (unless && r.lastToken < l.firstToken && anyIdBetween(ids, r.lastToken, l.firstToken, unless)) continue;
        return [Math.min(l.firstToken, r.firstToken), Math.max(l.lastToken, r.lastToken)];
      }
    }
  }
  return null;
}

/** Is one of `wanted` among the tokens strictly between `after` and `before`? */
function anyIdBetween(ids: Int32Array, after: number, before: number, wanted: readonly number[]): boolean {
  for (let k = after + 1; k < before; k++) if (wanted.includes(ids[k]!)) return true;
  return false;
}
