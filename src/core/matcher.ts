// A compiled multi-pattern matcher over tokens: every alias of every term lives in one of three
// token tries (exact case, folded, folded+stemmed). Scanning costs a few hash lookups per token
// whatever the number of terms, which is what keeps time flat when the taxonomy doubles.
import { fitIds, internWord, lexiconSize, pinLexicon } from './lexicon.ts';
import { registerStemFirst, stemGeneration, stemIdOf, stemKey, worthStemming } from './stems.ts';
import { compileGuard, inflectionOfSome, passes, type CompiledGuard, type TermGuards } from './term-guards.ts';
import { foldToken, releaseTokens, tokenize } from './tokenize.ts';
import { FlatTrie, type TrieNode as GenericNode } from './token-trie.ts';
import type { TermHit, TokenKeys } from './token-keys.ts';

// The per-text keys the scan reads live in token-keys.ts; callers keep importing them from here.
export { keysFor, type TermHit, type TokenKeys } from './token-keys.ts';

export interface MatchableTerm {
  id: string;
  aliases: string[];
  caseSensitive?: string[];
  stem?: boolean;
  /** One guard, or several each for its own aliases (appliesTo). */
  guards?: TermGuards | readonly TermGuards[];
}

const enum Mode {
  Case = 0,
  Fold = 1,
  Stem = 2,
}

interface Output {
  term: number;
  guard: CompiledGuard | null;
  /** Stem mode: the alias words (folded, unstemmed, as lexicon ids) that lead here, one array per alias. */
  words: number[][] | null;
}

type TrieNode<K> = GenericNode<K, Output>;

function aliasKeys(alias: string, mode: Mode): string[] {
  const t = tokenize(alias);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const raw = alias.slice(t.start[i], t.end[i]);
    out.push(mode === Mode.Case ? raw : mode === Mode.Fold ? foldToken(raw) : stemKey(foldToken(raw)));
  }
  // Its columns go to the next alias: a fresh buffer for each of thousands was most of compiling.
  releaseTokens(t);
  return out;
}

let matcherSerial = 0;

const combinedCache = new Map<string, Matcher>();
/**
 * The matchers of the last scanTogether call and their combined matcher: analyses pass the same
 * ones for every posting, and making the cache's key (their serials joined into a new string)
 * and looking it up cost more than comparing the few of them one by one.
 */
let lastMatchers: readonly Matcher[] = [];
let lastCombined: Matcher | null = null;

function sameMatchers(a: readonly Matcher[], b: readonly Matcher[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Scans several matchers' terms in one pass over the text (one walk over its tokens and one set of
 * trie lookups instead of one per matcher) and leaves each member's hits on `doc`, where its own
 * `scan` finds them. Each member gets exactly the hits its own scan would give: a term's hits
 * depend only on that term's aliases and the text.
 */
export function scanTogether(matchers: readonly Matcher[], doc: TokenKeys): void {
  let combined = lastCombined !== null && sameMatchers(matchers, lastMatchers) ? lastCombined : undefined;
  if (!combined) {
    const key = matchers.map((m) => m.serial).join(',');
    combined = combinedCache.get(key);
    if (!combined) {
      const offsets: number[] = [];
      let total = 0;
      for (const m of matchers) {
        offsets.push(total);
        total += m.size;
      }
      combined = new Matcher(matchers.flatMap((m) => m.compiledFrom), offsets);
      if (combinedCache.size > 20) combinedCache.clear();
      combinedCache.set(key, combined);
    }
    lastMatchers = matchers.slice();
    lastCombined = combined;
  }
  const per = combined.scanMembers(doc);
  const scanned = (doc.scanned ??= new Map());
  for (let k = 0; k < matchers.length; k++) scanned.set(matchers[k]!, per[k]!);
}

// Hits of texts whose analysis is done with them (releaseHits), reused by the next scans: about
// 100k hits a bench round, each a new object, were a steady share of the scan's time and garbage.
const spareHits: TermHit[] = [];
const MAX_SPARE_HITS = 1 << 14;

function hitOf(term: number, firstToken: number, lastToken: number): TermHit {
  const h = spareHits.pop();
  if (h === undefined) return { term, firstToken, lastToken };
  h.term = term;
  h.firstToken = firstToken;
  h.lastToken = lastToken;
  return h;
}

/**
 * Hands the hits `scanTogether` left on `doc` back for reuse and forgets them. Only for the caller
 * that scanned and keeps no hit (nor a list of them): later scans overwrite them.
 */
export function releaseHits(doc: TokenKeys): void {
  if (!doc.scanned) return;
  for (const list of doc.scanned.values()) {
    for (let k = 0; k < list.length && spareHits.length < MAX_SPARE_HITS; k++) spareHits.push(list[k]!);
  }
  doc.scanned = undefined;
}

const FOLD_FIRST = 1;
const CASE_FIRST = 2;
const STEM_FIRST = 4;
/** In `startCache`: the flags of this id are known (possibly none). */
const KNOWN = 8;
/**
 * In `startCache`: the word (FOLD_NEXT) or its stem (STEM_NEXT) is the second or a later word of
 * some alias. Nine in ten steps of a trie walk find no next word: this array read stops them
 * before the edge lookup. STEM_KNOWN: STEM_NEXT was worked out (on first need, as it takes the
 * word's stem).
 */
const FOLD_NEXT = 16;
const STEM_NEXT = 32;
const STEM_KNOWN = 64;

export class Matcher {
  /** Exact-case aliases by their original words; folded and stemmed ones by lexicon id. */
  private readonly caseRoot = new Map<string, TrieNode<string>>();
  /**
   * The first words of exact-case aliases by the lexicon id of their folded form: a token that
   * may start one is compared in place with these few, instead of slicing its text to look it up
   * (a slice, a map entry for it and the hashing of a new string, per such token).
   */
  private readonly caseKeys = new Map<number, string[]>();
  private readonly foldRoot = new Map<number, TrieNode<number>>();
  private readonly stemRoot = new Map<number, TrieNode<number>>();
  /** Per folded id: 1 = starts a folded alias, 2 = starts an exact-case alias (by its folded form). */
  private firstFlags = new Uint8Array(0);
  /** Per stem id: 1 = starts a stemmed alias. */
  private stemFlags = new Uint8Array(0);
  /**
   * Every node's outputs side by side (nodes keep where theirs start): the term, its guard, and
   * for stemmed aliases where their words start in `wordsFlat` ([alias count, then per alias its
   * length and word ids]), else -1.
   */
  private readonly outTerm: Int32Array;
  private readonly outGuard: (CompiledGuard | null)[];
  private readonly outWords: Int32Array;
  private readonly wordsFlat: Int32Array;
  /** The folded and stemmed tries laid out flat for the scan (token-trie.ts). */
  private readonly foldTrie: FlatTrie<Output>;
  private readonly stemTrie: FlatTrie<Output>;
  /** Folded ids and stem ids that continue some alias (see FOLD_NEXT). */
  private readonly foldNext = new Set<number>();
  private readonly stemNext = new Set<number>();
  /**
   * Per lexicon id: KNOWN | what a token with that word could start. Texts repeat a small
   * vocabulary, so a token's answer is one array read; built lazily, dropped when the stem
   * tables change (stemGeneration).
   */
  private startCache = new Uint8Array(0);
  private startGeneration = -1;
  /**
   * Per lexicon id, filled with its start flags: at 2 × id the folded trie's root node for it (when
   * FOLD_FIRST), at 2 × id + 1 the stemmed trie's root for its stem (when STEM_FIRST). A token that
   * may start an alias then costs one read here, where the trie's root table and the stem table
   * (each indexed by id, most of it out of the CPU cache) cost two or three.
   */
  private rootCache = new Int32Array(0);
  readonly size: number;

  readonly serial = ++matcherSerial;
  private readonly terms: readonly MatchableTerm[];
  private scans = 0;
  private readonly coveredStamp: Int32Array;
  private readonly coveredEnd: Int32Array;
  /**
   * Matchers scanned together (scanTogether) are compiled into one whose terms are theirs one
   * after the other: where each member's terms start, and the member of each term. The scan
   * hands each member its own hits, numbered as its own terms, without a second pass over them.
   */
  private readonly offsets: readonly number[];
  private readonly memberOf: Uint8Array;

  constructor(terms: readonly MatchableTerm[], offsets: readonly number[] = [0]) {
    this.size = terms.length;
    this.terms = terms;
    this.offsets = offsets;
    this.memberOf = new Uint8Array(terms.length);
    offsets.forEach((from, k) => this.memberOf.fill(k, from));
    this.coveredStamp = new Int32Array(terms.length);
    this.coveredEnd = new Int32Array(terms.length);
    terms.forEach((term, index) => {
      const groups = term.guards === undefined ? [] : Array.isArray(term.guards) ? term.guards : [term.guards as TermGuards];
      const compiled = groups.map((g) => ({ guard: compileGuard(g, term.stem !== false), aliases: g.appliesTo ? new Set(g.appliesTo) : null }));
      // The first group that covers the alias guards it.
      const guardFor = (alias: string) => compiled.find((c) => !c.aliases || c.aliases.has(alias))?.guard ?? null;
      const foldMode = term.stem === false ? Mode.Fold : Mode.Stem;
      for (const alias of term.aliases) {
        this.add(aliasKeys(alias, foldMode), foldMode, index, guardFor(alias), foldMode === Mode.Stem ? aliasKeys(alias, Mode.Fold) : undefined);
      }
      for (const alias of term.caseSensitive ?? []) this.add(aliasKeys(alias, Mode.Case), Mode.Case, index, guardFor(alias));
    });
    this.firstFlags = new Uint8Array(lexiconSize());
    this.stemFlags = new Uint8Array(lexiconSize());
    for (const key of this.caseRoot.keys()) {
      const id = internWord(foldToken(key));
      this.firstFlags[id]! |= CASE_FIRST;
      const list = this.caseKeys.get(id);
      if (list) list.push(key);
      else this.caseKeys.set(id, [key]);
    }
    for (const id of this.foldRoot.keys()) this.firstFlags[id]! |= FOLD_FIRST;
    for (const id of this.stemRoot.keys()) this.stemFlags[id] = 1;
    const outputs: Output[] = [];
    const place = (out: Output[]) => outputs.push(...out) - out.length;
    placeAll(this.caseRoot, place);
    this.foldTrie = new FlatTrie(this.foldRoot, place);
    this.stemTrie = new FlatTrie(this.stemRoot, place);
    this.outTerm = Int32Array.from(outputs, (o) => o.term);
    this.outGuard = outputs.map((o) => o.guard);
    const words: number[] = [];
    this.outWords = Int32Array.from(outputs, (o) => {
      if (!o.words) return -1;
      const at = words.length;
      words.push(o.words.length);
      for (const w of o.words) words.push(w.length, ...w);
      return at;
    });
    this.wordsFlat = Int32Array.from(words);
    for (const node of this.foldRoot.values()) collectNext(node, this.foldNext);
    for (const node of this.stemRoot.values()) collectNext(node, this.stemNext);
    pinLexicon();
  }

  /** What a token with this folded id could start here: KNOWN and the FOLD_FIRST | CASE_FIRST | STEM_FIRST bits. */
  private starts(cache: Uint8Array, id: number): number {
    let f = KNOWN | (id < this.firstFlags.length ? this.firstFlags[id]! : 0);
    if (this.foldNext.has(id)) f |= FOLD_NEXT;
    if (this.stemRoot.size > 0 && worthStemming(id)) {
      const sid = stemIdOf(id);
      if (sid < this.stemFlags.length && this.stemFlags[sid] === 1) {
        f |= STEM_FIRST;
        this.rootsFor(id)[id * 2 + 1] = this.stemTrie.root(sid);
      }
    }
    if (f & FOLD_FIRST) this.rootsFor(id)[id * 2] = this.foldTrie.root(id);
    cache[id] = f;
    return f;
  }

  /** `rootCache`, grown to hold this id. */
  private rootsFor(id: number): Int32Array {
    if (id * 2 + 1 >= this.rootCache.length) this.rootCache = fitIds(this.rootCache, Math.max(lexiconSize(), id + 1) * 2);
    return this.rootCache;
  }

  /**
   * The per-id flags, sized for every id a text can hold; entries are filled as tokens ask
   * (flagsOf), so no separate pass over the text is needed. One byte per word: the table stays
   * small enough to be read for every token without leaving the cache.
   */
  private startFlags(): Uint8Array {
    if (this.startGeneration !== stemGeneration()) {
      this.startCache.fill(0);
      this.startGeneration = stemGeneration();
    }
    return (this.startCache = fitIds(this.startCache, lexiconSize()));
  }

  private flagsOf(cache: Uint8Array, id: number): number {
    const f = cache[id]!;
    return f !== 0 ? f : this.starts(cache, id);
  }

  /** Could a token with this id continue a stemmed alias? Cached with the start flags (STEM_KNOWN). */
  private stemContinues(cache: Uint8Array, id: number): boolean {
    let f = this.flagsOf(cache, id);
    if ((f & STEM_KNOWN) === 0) {
      f |= STEM_KNOWN | (this.stemNext.has(stemIdOf(id)) ? STEM_NEXT : 0);
      cache[id] = f;
    }
    return (f & STEM_NEXT) !== 0;
  }

  private add(keys: string[], mode: Mode, term: number, guard: CompiledGuard | null, aliasWords?: string[]): void {
    if (keys.length === 0) return;
    if (mode === Mode.Stem) registerStemFirst(keys[0]!);
    const node = mode === Mode.Case ? insertPath(this.caseRoot, keys) : insertPath(mode === Mode.Fold ? this.foldRoot : this.stemRoot, keys.map(internWord));
    const words = mode === Mode.Stem && aliasWords ? aliasWords.map(internWord) : null;
    const existing = node.out?.find((o) => o.term === term);
    if (existing) {
      if (existing.words && words) existing.words.push(words);
      else if (!words) existing.words = null;
      return;
    }
    (node.out ??= []).push({ term, guard, words: words ? [words] : null });
  }

  /** All term occurrences, in text order; served from `scanTogether` when it already ran on this text. */
  scan(doc: TokenKeys): TermHit[] {
    return doc.scanned?.get(this) ?? this.scanMembers(doc)[0]!;
  }

  /** The terms this matcher was compiled from (scanTogether compiles them into one matcher). */
  get compiledFrom(): readonly MatchableTerm[] {
    return this.terms;
  }

  /** The term and last token of the latest hit from the current start token (report). */
  private lastTerm = -1;
  private lastEnd = -1;

  /**
   * Outputs from..to-1 of a node reached from token i at token j, onto their members' lists in `hits`. A method, not a
   * closure per scan: tsx names each closure it makes (~0.3 µs).
   */
  private report(doc: TokenKeys, hits: TermHit[][], stamp: number, from: number, to: number, i: number, j: number): void {
    const { outTerm, outGuard, outWords, wordsFlat, coveredStamp, coveredEnd, memberOf } = this;
    for (let k = from; k < to; k++) {
      const term = outTerm[k]!;
      if (term === this.lastTerm && j === this.lastEnd) continue;
      if (coveredStamp[term] === stamp && coveredEnd[term]! >= j) continue;
      if (outWords[k]! >= 0 && !inflectionOfSome(wordsFlat, outWords[k]!, doc.tokens.ids, i)) continue;
      const guard = outGuard[k]!;
      if (guard !== null && !passes(guard, doc.tokens, i, j)) continue;
      const member = memberOf[term]!;
      hits[member]!.push(hitOf(term - this.offsets[member]!, i, j));
      coveredStamp[term] = stamp;
      coveredEnd[term] = j;
      this.lastTerm = term;
      this.lastEnd = j;
    }
  }

  /** The exact-case trie's root for token i (folded id `id`): the one whose word is the token's text, if any. */
  private caseStart(doc: TokenKeys, i: number, id: number): TrieNode<string> | undefined {
    const keys = this.caseKeys.get(id);
    if (keys) for (let k = 0; k < keys.length; k++) if (doc.rawIs(i, keys[k]!)) return this.caseRoot.get(keys[k]!);
    return undefined;
  }

  /** Each member's term occurrences, in text order (one list for a matcher scanned alone). */
  scanMembers(doc: TokenKeys): TermHit[][] {
    const hits: TermHit[][] = this.offsets.map(() => []);
    const n = doc.tokens.count;
    const ids = doc.tokens.ids;
    const joined = doc.tokens.joined;
    // Last token covered by each term's latest hit: "Microsoft Excel" also contains "Excel".
    // Per-term slots stamped with this scan's number, so nothing needs clearing between scans.
    const stamp = ++this.scans;
    // Which tokens could start an alias here: judged once per word of the lexicon, not per token.
    const per = this.startFlags();
    const foldTrie = this.foldTrie;
    const stemTrie = this.stemTrie;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      const f = this.flagsOf(per, id);
      if ((f & (FOLD_FIRST | CASE_FIRST | STEM_FIRST)) === 0) continue;
      this.lastTerm = -1;
      this.lastEnd = -1;
      if (f & CASE_FIRST) {
        let node = this.caseStart(doc, i, id);
        let j = i;
        while (node) {
          if (node.out) this.report(doc, hits, stamp, node.flat, node.flat + node.out.length, i, j);
          j++;
          if (j >= n || !node.next || joined[j] === 0) break;
          node = node.next.get(doc.rawAt(j));
        }
      }
      if (f & FOLD_FIRST) {
        let node = this.rootCache[id * 2]!;
        let j = i;
        while (node >= 0) {
          if (foldTrie.outFrom[node] !== 0) this.report(doc, hits, stamp, foldTrie.outFrom[node]! - 1, foldTrie.outTo[node]!, i, j);
          j++;
          if (j >= n || foldTrie.hasNext[node] === 0 || joined[j] === 0 || (this.flagsOf(per, ids[j]!) & FOLD_NEXT) === 0) break;
          node = foldTrie.child(node, ids[j]!);
        }
      }
      if (f & STEM_FIRST) {
        let node = this.rootCache[id * 2 + 1]!;
        let j = i;
        while (node >= 0) {
          if (stemTrie.outFrom[node] !== 0) this.report(doc, hits, stamp, stemTrie.outFrom[node]! - 1, stemTrie.outTo[node]!, i, j);
          j++;
          if (j >= n || stemTrie.hasNext[node] === 0 || joined[j] === 0) break;
          if (!this.stemContinues(per, ids[j]!)) break;
          node = stemTrie.child(node, stemIdOf(ids[j]!));
        }
      }
    }
    return hits;
  }
}

/** Adds the keys of every map below `node` (the words that continue an alias) to `into`. */
function collectNext(node: TrieNode<number>, into: Set<number>): void {
  if (!node.next) return;
  for (const [key, child] of node.next) {
    into.add(key);
    collectNext(child, into);
  }
}

/** Places the outputs of every node below `root` (the exact-case trie, walked as Maps). */
function placeAll(root: Map<string, TrieNode<string>>, place: (out: Output[]) => number): void {
  for (const node of root.values()) {
    if (node.out) node.flat = place(node.out);
    if (node.next) placeAll(node.next, place);
  }
}

function insertPath<K>(root: Map<K, TrieNode<K>>, keys: K[]): TrieNode<K> {
  let map = root;
  let node: TrieNode<K> | undefined;
  for (let k = 0; k < keys.length; k++) {
    if (node) map = node.next ??= new Map();
    node = map.get(keys[k]!);
    if (!node) {
      node = { next: null, out: null, flat: -1 };
      map.set(keys[k]!, node);
    }
  }
  // A node gets `next` only when a longer alias runs on from it: the scan stops at the others
  // without a lookup in an empty map (most aliases are one or two words).
  return node!;
}
