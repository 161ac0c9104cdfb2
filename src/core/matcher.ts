// A compiled multi-pattern matcher over tokens: every alias of every term lives in one of three
// token tries (exact case, folded, folded+stemmed). Scanning costs a few hash lookups per token
// whatever the number of terms, which is what keeps time flat when the taxonomy doubles.
import { stemmer } from 'stemmer';
import { foldToken, tokenize, type Tokens } from './tokenize.ts';

export interface MatchableTerm {
  id: string;
  aliases: string[];
  caseSensitive?: string[];
  stem?: boolean;
  guards?: {
    requireNear?: string[];
    forbidNear?: string[];
    window?: number;
    notFollowedBy?: string[];
    notPrecededBy?: string[];
    appliesTo?: string[];
  };
}

/**
 * Per-token lookup keys for one text, computed once and shared by every matcher. The folded
 * key of every token is computed up front; the exact-case and stemmed keys only when a matcher
 * could use them (most tokens can't), which is where most of the time used to go.
 */
export interface TokenKeys {
  tokens: Tokens;
  fold: string[];
  rawAt(i: number): string;
  stemAt(i: number): string;
  /** Each distinct folded word with the indexes of its tokens, in text order. */
  positions: Map<string, number[]>;
  /**
   * Indexes (ascending) of the tokens some compiled matcher has an alias starting with. Every
   * matcher visits only these; recomputed if a matcher was compiled after the keys were made.
   */
  candidates(): Int32Array;
}

export interface TermHit {
  /** Index of the term in the list the matcher was compiled from. */
  term: number;
  firstToken: number;
  lastToken: number;
}

const enum Mode {
  Case = 0,
  Fold = 1,
  Stem = 2,
}

interface CompiledGuard {
  requireNear: Set<string> | null;
  forbidNear: Set<string> | null;
  window: number;
  notFollowedBy: Set<string> | null;
  notPrecededBy: Set<string> | null;
}

interface Output {
  term: number;
  guard: CompiledGuard | null;
  /** Stem mode: the alias words (folded, unstemmed) that lead here, one array per alias. */
  words: string[][] | null;
}

// Endings that turn a stem back into an inflection of the same word. A stem match counts only
// when both the alias word and the text word are the stem plus one of these: Porter alone folds
// "medical" with "medications", "internal" with "international", "community" with "communication".
const INFLECTIONS = new Set([
  '', 's', 'es', 'e', 'ed', 'd', 'ing', 'er', 'ers', 'or', 'ors', 'ion', 'ions', 'ation', 'ations', 'ating', 'ate', 'ates', 'ated',
  'ator', 'ators', 'ment', 'ments', 'y', 'ies', 'ied', 'eer', 'eers', 'eering', 'ist', 'ists', 'ize', 'izes', 'ized', 'izing', 'ise',
  'ised', 'ising', 'ization', 'isation', 'izations', 'isations', 'ling', 'ler', 'lers', 'led', 'ting', 'ted', 'ning', 'ned', 'ping',
  'ped', 'ging', 'ged', 'ering', 'ered', 'ence', 'ences', 'ance', 'ances', 'ant', 'ants', 'ent', 'ents', 'ency', 'ancy', 'ive', 'ives',
  'ery', 'ry', 'al', 'als',
]);

function inflectionOf(word: string, stem: string): boolean {
  // Porter sometimes rewrites the stem's end ("happy" → "happi"): then trust it.
  if (!word.startsWith(stem)) return true;
  return INFLECTIONS.has(word.slice(stem.length));
}

/** Same word up to inflection, judged against their common stem. */
function sameWordFamily(textWord: string, aliasWord: string): boolean {
  if (textWord === aliasWord) return true;
  const stem = stemKey(aliasWord);
  const a = inflectionOf(aliasWord, stem);
  const t = inflectionOf(textWord, stem);
  if (!a || !t) return false;
  // "-al" only pairs with "-al(s)" or the bare stem ("clinical" vs "clinic" are different words).
  const ta = textWord.slice(stem.length);
  const aa = aliasWord.slice(stem.length);
  if ((ta === 'al' || ta === 'als') !== (aa === 'al' || aa === 'als')) return false;
  return true;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  out: Output[] | null;
}

const STEM_CACHE = new Map<string, string>();

export function stemKey(folded: string): string {
  // Porter is English-only and mangles digits and short words; leave those as they are.
  if (folded.length <= 3) return folded;
  let s = STEM_CACHE.get(folded);
  if (s === undefined) {
    s = /\d/.test(folded) ? folded : stemmer(folded);
    if (STEM_CACHE.size > 200_000) STEM_CACHE.clear();
    STEM_CACHE.set(folded, s);
  }
  return s;
}

/**
 * Porter only rewrites endings: the stem of a word longer than three letters starts with the
 * word's first three letters, or is the word's first two letters.
 */
function code3(key: string): number {
  return key.charCodeAt(0) * 4294967296 + (key.charCodeAt(1) || 0) * 65536 + (key.charCodeAt(2) || 0);
}

// What any compiled matcher can start a match on, across all matchers. Growing only.
const FIRST_FOLDED = new Set<string>();
const FIRST_STEMS = new Set<string>();
const FIRST_STEM_CODES = new Set<number>();
let generation = 0;

function registerFirst(key: string, mode: Mode): void {
  const before = FIRST_FOLDED.size + FIRST_STEMS.size;
  if (mode === Mode.Stem) {
    FIRST_STEMS.add(key);
    FIRST_STEM_CODES.add(key.length >= 3 ? code3(key) : code3(key.slice(0, 2)));
  } else FIRST_FOLDED.add(mode === Mode.Case ? foldToken(key) : key);
  if (FIRST_FOLDED.size + FIRST_STEMS.size !== before) generation++;
}

// Whether a folded word can start any alias, remembered across postings (vocabulary repeats).
const START_CACHE = new Map<string, boolean>();
let startCacheGeneration = -1;

function couldStart(folded: string): boolean {
  if (startCacheGeneration !== generation) {
    START_CACHE.clear();
    startCacheGeneration = generation;
  }
  let yes = START_CACHE.get(folded);
  if (yes === undefined) {
    if (FIRST_FOLDED.has(folded)) yes = true;
    else if (folded.length <= 3) yes = FIRST_STEMS.has(folded);
    else if (!FIRST_STEM_CODES.has(code3(folded)) && !FIRST_STEM_CODES.has(code3(folded.slice(0, 2)))) yes = false;
    else yes = FIRST_STEMS.has(stemKey(folded));
    if (START_CACHE.size > 100_000) START_CACHE.clear();
    START_CACHE.set(folded, yes);
  }
  return yes;
}

export function keysFor(text: string, tokens: Tokens = tokenize(text)): TokenKeys {
  const n = tokens.count;
  const fold = new Array<string>(n);
  const positions = new Map<string, number[]>();
  // One lowercase pass over the whole text; offsets stay valid unless lowercasing changed the
  // length (a few scripts), in which case tokens are folded one by one.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  for (let i = 0; i < n; i++) {
    const s = tokens.start[i]!;
    const e = tokens.end[i]!;
    let key = aligned ? lower.slice(s, e) : foldToken(text.slice(s, e));
    if (aligned) {
      for (let k = 0; k < key.length; k++) {
        if (key.charCodeAt(k) > 127) {
          key = foldToken(key);
          break;
        }
      }
    }
    fold[i] = key;
    const at = positions.get(key);
    if (at) at.push(i);
    else positions.set(key, [i]);
  }
  const raw = new Array<string | undefined>(n);
  const stem = new Array<string | undefined>(n);
  let candidates: Int32Array | null = null;
  let candidatesGeneration = -1;
  return {
    tokens,
    fold,
    positions,
    rawAt: (i) => (raw[i] ??= text.slice(tokens.start[i], tokens.end[i])),
    stemAt: (i) => (stem[i] ??= stemKey(fold[i]!)),
    candidates() {
      if (candidates && candidatesGeneration === generation) return candidates;
      const flags = new Uint8Array(n);
      let count = 0;
      for (const [word, at] of positions) {
        if (!couldStart(word)) continue;
        for (const i of at) flags[i] = 1;
        count += at.length;
      }
      candidates = new Int32Array(count);
      let k = 0;
      for (let i = 0; i < n; i++) if (flags[i] === 1) candidates[k++] = i;
      candidatesGeneration = generation;
      return candidates;
    },
  };
}

function aliasKeys(alias: string, mode: Mode): string[] {
  const t = tokenize(alias);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const raw = alias.slice(t.start[i], t.end[i]);
    out.push(mode === Mode.Case ? raw : mode === Mode.Fold ? foldToken(raw) : stemKey(foldToken(raw)));
  }
  return out;
}

function wordSet(words: string[] | undefined, stem: boolean): Set<string> | null {
  if (!words || words.length === 0) return null;
  const set = new Set<string>();
  for (const w of words) {
    for (const k of aliasKeys(w, Mode.Fold)) {
      set.add(k);
      if (stem) set.add(stemKey(k));
    }
  }
  return set;
}

export class Matcher {
  private readonly roots: [Map<string, TrieNode>, Map<string, TrieNode>, Map<string, TrieNode>] = [new Map(), new Map(), new Map()];
  /** Folded forms of exact-case first words: only those tokens need their original text. */
  private readonly caseFirstFolded = new Set<string>();
  readonly size: number;

  constructor(terms: readonly MatchableTerm[]) {
    this.size = terms.length;
    terms.forEach((term, index) => {
      const g = term.guards;
      const guard: CompiledGuard | null = g
        ? {
            requireNear: wordSet(g.requireNear, term.stem !== false),
            forbidNear: wordSet(g.forbidNear, term.stem !== false),
            window: g.window ?? 10,
            notFollowedBy: wordSet(g.notFollowedBy, false),
            notPrecededBy: wordSet(g.notPrecededBy, false),
          }
        : null;
      const guarded = g?.appliesTo ? new Set(g.appliesTo) : null;
      const guardFor = (alias: string) => (guard && (!guarded || guarded.has(alias)) ? guard : null);
      const foldMode = term.stem === false ? Mode.Fold : Mode.Stem;
      for (const alias of term.aliases) {
        this.add(aliasKeys(alias, foldMode), foldMode, index, guardFor(alias), foldMode === Mode.Stem ? aliasKeys(alias, Mode.Fold) : undefined);
      }
      for (const alias of term.caseSensitive ?? []) this.add(aliasKeys(alias, Mode.Case), Mode.Case, index, guardFor(alias));
    });
  }

  private add(keys: string[], mode: Mode, term: number, guard: CompiledGuard | null, aliasWords?: string[]): void {
    if (keys.length === 0) return;
    if (mode === Mode.Case) this.caseFirstFolded.add(foldToken(keys[0]!));
    registerFirst(keys[0]!, mode);
    let map = this.roots[mode];
    let node: TrieNode | undefined;
    for (const key of keys) {
      node = map.get(key);
      if (!node) {
        node = { next: null, out: null };
        map.set(key, node);
      }
      map = node.next ??= new Map();
    }
    const words = mode === Mode.Stem ? (aliasWords ?? null) : null;
    const existing = node!.out?.find((o) => o.term === term);
    if (existing) {
      if (existing.words && words) existing.words.push(words);
      else if (!words) existing.words = null;
      return;
    }
    (node!.out ??= []).push({ term, guard, words: words ? [words] : null });
  }

  /** All term occurrences, in text order. A term found twice at one spot (two aliases) is reported once. */
  scan(doc: TokenKeys): TermHit[] {
    const hits: TermHit[] = [];
    const n = doc.tokens.count;
    const fold = doc.fold;
    const joined = doc.tokens.joined;
    // Last token covered by each term's latest hit: "Microsoft Excel" also contains "Excel".
    const coveredUntil = new Map<number, number>();
    const [caseRoot, foldRoot, stemRoot] = this.roots;
    const keyAt = [doc.rawAt, (j: number) => fold[j]!, doc.stemAt] as const;
    const candidates = doc.candidates();
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      const f = fold[i]!;
      let lastTerm = -1;
      let lastEnd = -1;
      for (let mode = 0; mode < 3; mode++) {
        let node: TrieNode | undefined;
        if (mode === Mode.Case) node = this.caseFirstFolded.has(f) ? caseRoot.get(doc.rawAt(i)) : undefined;
        else if (mode === Mode.Fold) node = foldRoot.get(f);
        else node = stemRoot.size > 0 ? stemRoot.get(doc.stemAt(i)) : undefined;
        const key = keyAt[mode]!;
        let j = i;
        while (node) {
          if (node.out) {
            for (const o of node.out) {
              if (o.term === lastTerm && j === lastEnd) continue;
              if ((coveredUntil.get(o.term) ?? -1) >= j) continue;
              if (o.words && !o.words.some((w) => w.every((aliasWord, k) => sameWordFamily(fold[i + k]!, aliasWord)))) continue;
              if (o.guard && !passes(o.guard, doc, i, j)) continue;
              hits.push({ term: o.term, firstToken: i, lastToken: j });
              coveredUntil.set(o.term, j);
              lastTerm = o.term;
              lastEnd = j;
            }
          }
          j++;
          if (j >= n || !node.next || joined[j] === 0) break;
          node = node.next.get(key(j));
        }
      }
    }
    return hits;
  }
}

function near(set: Set<string>, doc: TokenKeys, from: number, to: number, window: number): boolean {
  const lo = Math.max(0, from - window);
  const hi = Math.min(doc.tokens.count - 1, to + window);
  for (let k = lo; k <= hi; k++) {
    if (k >= from && k <= to) continue;
    if (set.has(doc.fold[k]!) || set.has(doc.stemAt(k))) return true;
  }
  return false;
}

function passes(g: CompiledGuard, doc: TokenKeys, first: number, last: number): boolean {
  if (g.notFollowedBy && last + 1 < doc.tokens.count && g.notFollowedBy.has(doc.fold[last + 1]!)) return false;
  if (g.notPrecededBy && first > 0 && g.notPrecededBy.has(doc.fold[first - 1]!)) return false;
  if (g.forbidNear && near(g.forbidNear, doc, first, last, g.window)) return false;
  if (g.requireNear && !near(g.requireNear, doc, first, last, g.window)) return false;
  return true;
}
