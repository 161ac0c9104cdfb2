// Phrase and pair signals: a phrase anywhere, or a verb-like and an object-like term close together
// in one sentence (with a context term in that sentence when asked). AI-evaluator detection weighs
// them; keyword extraction uses the same engine for task wordings a fixed phrase cannot list
// ("evaluate nuanced and ambiguous AI responses", "in strict adherence to community guidelines").
import type { EvaluatorSignal } from '../data/evaluator-signals.ts';
import { Matcher, type MatchableTerm, type TermHit, type TokenKeys } from './matcher.ts';
import type { Evidence } from './types.ts';

const MAX_EVIDENCE = 3;

type Role = 'phrase' | 'left' | 'right' | 'context';

export interface CompiledSignals {
  matcher: Matcher;
  roles: { signal: number; role: Role }[];
  /** The signals compiled, indexed as `Fired.signal` refers to them. */
  defs: readonly EvaluatorSignal[];
}

export function compileSignals(signals: readonly EvaluatorSignal[], scope: 'title' | 'text'): CompiledSignals {
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
  return { matcher: new Matcher(terms), roles, defs: signals };
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

export function fireSignals(text: string, doc: TokenKeys, c: CompiledSignals, offsetless: boolean): Map<number, Fired> {
  const fired = new Map<number, Fired>();
  const note = (signal: number, first: number, last: number) => {
    let f = fired.get(signal);
    if (!f) fired.set(signal, (f = { signal, evidence: [], firstTokens: [], count: 0 }));
    f.count++;
    if (f.evidence.length < MAX_EVIDENCE) {
      f.evidence.push(evidence(text, doc, first, last, offsetless));
      f.firstTokens.push(first);
    }
  };
  const bySentence = new Map<number, { role: Role; signal: number; hit: TermHit }[]>();
  for (const hit of c.matcher.scan(doc)) {
    const { signal, role } = c.roles[hit.term]!;
    if (role === 'phrase') {
      note(signal, hit.firstToken, hit.lastToken);
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
      const def = c.defs[signal]!;
      const lefts = list.filter((h) => h.signal === signal && h.role === 'left');
      const rights = list.filter((h) => h.signal === signal && h.role === 'right');
      const hasContext = def.context.length === 0 || list.some((h) => h.signal === signal && h.role === 'context');
      if (!hasContext) continue;
      let found = false;
      for (const l of lefts) {
        for (const r of rights) {
          const gap = r.hit.firstToken > l.hit.lastToken ? r.hit.firstToken - l.hit.lastToken : l.hit.firstToken - r.hit.lastToken;
          if (gap <= def.window && !(r.hit.firstToken === l.hit.firstToken && r.hit.lastToken === l.hit.lastToken)) {
            note(signal, Math.min(l.hit.firstToken, r.hit.firstToken), Math.max(l.hit.lastToken, r.hit.lastToken));
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
