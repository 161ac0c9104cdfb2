// Word sets at run time. Every registered word set gets a small id; each word of the lexicon knows (lazily, once)
// which sets it belongs to, by exact word or by prefix. A posting's distinct words are then grouped
// by set in one pass, so "does this pattern's filter pass?" is a few array reads and "is the set in
// this sentence?" a binary search in the set's tokens.
import { fitIds, internWord, lexiconSize, onLexiconRecycle, pinLexicon, wordOf } from './lexicon.ts';
import type { WordFilter, WordSet } from './pattern-words.ts';
import { giveBuffer, takeBuffer, wordTable, type WordIndex } from './word-index.ts';

const PREFIX_IDS = new Map<string, number>();
/** Prefixes by their first two letters (one-letter prefixes under their letter). */
const PREFIXES_BY_HEAD = new Map<string, [string, number][]>();
/** Registered sets, by set id; and by content, so equal sets share one id. */
const SETS: WordSet[] = [];
const SET_BY_KEY = new Map<string, number>();
/** Word id → sets holding it exactly; prefix id → sets holding that prefix. */
const SETS_BY_WORD = new Map<number, number[]>();
const SETS_BY_PREFIX = new Map<number, number[]>();
const NO_TOKENS: readonly number[] = [];
/**
 * Per lexicon id, in the word index's per-word table (wordTable), at 4 × id + 2: where the set ids
 * its word belongs to start in memberPool, + 1 (0: not computed since the last reset), and at
 * 4 × id + 3 how many there are. A flat typed array rather than an object per word, and beside the
 * word index's own entries: every posting reads them for each of its distinct words, most of which
 * it says once, and each separate read was a cache miss; the word index's build has just read the
 * same lines.
 */
let memberPool = new Int32Array(1024);
let poolUsed = 0;

/** Forgets every word's sets (a new set, or recycled ids); they are found again on demand. */
function resetMembers(): void {
  const table = wordTable(0);
  for (let k = 2; k < table.length; k += 4) {
    table[k] = 0;
    table[k + 1] = 0;
  }
  poolUsed = 0;
}

onLexiconRecycle(resetMembers);

function prefixId(prefix: string): number {
  let id = PREFIX_IDS.get(prefix);
  if (id === undefined) {
    id = PREFIX_IDS.size;
    PREFIX_IDS.set(prefix, id);
    const head = prefix.slice(0, 2);
    const list = PREFIXES_BY_HEAD.get(head);
    if (list) list.push([prefix, id]);
    else PREFIXES_BY_HEAD.set(head, [[prefix, id]]);
  }
  return id;
}

/** Registers a filter's word sets; call once per filter before using it on postings. */
export function registerFilter(filter: WordFilter): void {
  if (!filter) return;
  for (const sets of filter) for (const set of sets) registerWordSet(set);
}

function push(map: Map<number, number[]>, key: number, sid: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [sid]);
  else if (!list.includes(sid)) list.push(sid);
}

/** Gives a word set its set id (shared with equal sets); call once before using it on postings. */
export function registerWordSet(set: WordSet): void {
  if (set.sid !== undefined) return;
  const key = `${[...set.exact].sort().join(' ')}|${[...set.prefixes].sort().join(' ')}`;
  let sid = SET_BY_KEY.get(key);
  if (sid === undefined) {
    sid = SETS.length;
    SETS.push(set);
    SET_BY_KEY.set(key, sid);
    for (const w of set.exact) push(SETS_BY_WORD, internWord(w), sid);
    for (const p of set.prefixes) push(SETS_BY_PREFIX, prefixId(p), sid);
    // Words met before this set existed must be looked at again.
    resetMembers();
    pinLexicon();
  }
  set.sid = sid;
}

/** Where the set ids of the word with this lexicon id start in memberPool (wordTable()[4 × id + 3] of them). */
function setsOf(id: number): number {
  const members = wordTable(lexiconSize());
  const at = members[id * 4 + 2]!;
  if (at !== 0) return at - 1;
  const found: number[] = [...(SETS_BY_WORD.get(id) ?? [])];
  const word = wordOf(id);
  for (const head of [word.slice(0, 1), word.length > 1 ? word.slice(0, 2) : null]) {
    const list = head === null ? undefined : PREFIXES_BY_HEAD.get(head);
    if (!list) continue;
    for (const [prefix, pid] of list) {
      if (!word.startsWith(prefix)) continue;
      for (const sid of SETS_BY_PREFIX.get(pid) ?? []) if (!found.includes(sid)) found.push(sid);
    }
  }
  if (poolUsed + found.length > memberPool.length) memberPool = fitIds(memberPool, Math.max(poolUsed + found.length, memberPool.length * 2));
  memberPool.set(found, poolUsed);
  members[id * 4 + 2] = poolUsed + 1;
  members[id * 4 + 3] = found.length;
  poolUsed += found.length;
  return poolUsed - found.length;
}

/** Is the word with this lexicon id one of the set's words, or does it start with one of its prefixes? */
export function tokenInSet(set: WordSet, id: number): boolean {
  const from = setsOf(id);
  return memberPool.subarray(from, from + wordTable(0)[id * 4 + 3]!).includes(set.sid!);
}

export interface DocWords {
  /** Each distinct word with the indexes of its tokens. */
  index: WordIndex;
  /**
   * sets + 2 × memberships entries: first, per set id, the first membership of that set in this
   * posting (-1: none of its words is here); then per membership m, at sets + 2m the distinct-word
   * slot (WordIndex) and at sets + 2m + 1 the next membership of the same set (-1 ends the chain).
   * Chains rather than a grouping by set: building one is a single pass over the posting's words
   * with no per-set counting, and most sets are only ever asked "present?".
   */
  chains: Int32Array;
  /** Number of sets when the chains were built. */
  sets: number;
  /** Tells this grouping's entries in the shared token-list cache (leadingTokens) from others'. */
  serial: number;
  /** Holds the chains (releaseDocWords). */
  buffer: ArrayBuffer;
}

function indexSets(index: WordIndex): DocWords {
  const n = SETS.length;
  const ids = index.ids;
  let total = 0;
  // Sized once for the whole posting, so the loop reads the entries in place and calls setsOf only
  // for a word not looked at since the last reset (a few in a thousand).
  const members = wordTable(lexiconSize());
  for (let d = 0; d < ids.length; d++) {
    const id = ids[d]!;
    if (members[id * 4 + 2] === 0) setsOf(id);
    total += members[id * 4 + 3]!;
  }
  // Reused from a released posting when one is big enough: a fresh ArrayBuffer costs more than filling it.
  const buffer = takeBuffer((n + 2 * total) * 4);
  const chains = new Int32Array(buffer, 0, n + 2 * total);
  chains.fill(-1, 0, n);
  let m = n;
  for (let d = 0; d < ids.length; d++) {
    const id = ids[d]!;
    const count = members[id * 4 + 3]!;
    if (count === 0) continue;
    const from = members[id * 4 + 2]! - 1;
    const to = from + count;
    for (let k = from; k < to; k++) {
      const sid = memberPool[k]!;
      chains[m] = d;
      chains[m + 1] = chains[sid]!;
      chains[sid] = m;
      m += 2;
    }
  }
  return { index, chains, sets: n, serial: ++serials, buffer };
}

/** Hands the grouping's buffer back for reuse. Only for its maker, who keeps nothing that reads `words`. */
export function releaseDocWords(words: DocWords): void {
  giveBuffer(words.buffer);
}

export function docWords(index: WordIndex): DocWords {
  return indexSets(index);
}

/** Calls `fn` with the id of every set some word of the posting belongs to (a set once per word). */
export function forEachSetPresent(words: DocWords, fn: (sid: number) => void): void {
  freshDocWords(words);
  const ids = words.index.ids;
  for (let d = 0; d < ids.length; d++) {
    const from = setsOf(ids[d]!);
    const to = from + wordTable(0)[ids[d]! * 4 + 3]!;
    for (let k = from; k < to; k++) fn(memberPool[k]!);
  }
}

/** Does some word of the posting belong to set `sid`? */
export function setPresent(words: DocWords, sid: number): boolean {
  return words.chains[sid]! >= 0;
}

/**
 * Brings the index up to date (in place) if sets were registered since it was made: rules and
 * checks compile on first use, possibly after the posting's index was built.
 */
export function freshDocWords(words: DocWords): DocWords {
  if (words.sets !== SETS.length) Object.assign(words, indexSets(words.index));
  return words;
}

/** The distinct-word slots (WordIndex) of the posting's words that belong to the set, ascending. */
export function slotsOf(set: WordSet, words: DocWords): number[] {
  const { chains } = freshDocWords(words);
  const out: number[] = [];
  for (let m = chains[set.sid!]!; m >= 0; m = chains[m + 1]!) out.push(chains[m]!);
  // The chain runs from the last word to the first.
  return out.reverse();
}

/**
 * Up to this many tokens, a list is sorted in place by insertion: most lists are about ten tokens
 * from three or four words, and Array#sort's comparator calls cost more than the sort.
 */
const SHORT_SORT = 64;

/** Sorts token indexes in place, ascending; returns the array. */
export function sortTokens(a: number[]): number[] {
  if (a.length > SHORT_SORT) return a.sort((x, y) => x - y);
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}

// Token lists of sets (leadingTokens), by set id, for the grouping whose serial is in cachedFor: one
// cache for all groupings rather than an array per posting and title (5 KB each, all garbage). A
// title and its posting asking for the same set take turns; the list is then made again.
let serials = 0;
let cachedFor = new Int32Array(0);
const cachedTokens: (readonly number[] | undefined)[] = [];

/** Indexes (ascending) of the posting's tokens that belong to the set; computed once per posting and set. */
export function leadingTokens(set: WordSet, words: DocWords): readonly number[] {
  return tokensOfSet(set.sid!, freshDocWords(words));
}

/** leadingTokens by set id, on a grouping made after the set was registered (freshDocWords). */
function tokensOfSet(sid: number, words: DocWords): readonly number[] {
  const { chains, index } = words;
  if (sid >= cachedFor.length) cachedFor = fitIds(cachedFor, SETS.length);
  let out = cachedFor[sid] === words.serial ? cachedTokens[sid] : undefined;
  if (!out) {
    const m = chains[sid]!;
    if (m < 0) out = NO_TOKENS;
    else if (chains[m + 1]! < 0) out = index.tokensOfSlot(chains[m]!);
    else {
      const all: number[] = [];
      // Straight into one list: a list per word, made only to be copied, was most of the garbage here.
      for (let k = m; k >= 0; k = chains[k + 1]!) index.pushTokensOfSlot(chains[k]!, all);
      out = sortTokens(all);
    }
    cachedTokens[sid] = out;
    cachedFor[sid] = words.serial;
  }
  return out;
}

/** Index of the first entry of the ascending list that is >= value (list.length when none is). */
export function firstAtOrAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does some token in [from, to] belong to the set? A binary search in the set's tokens. */
function setInRange(set: WordSet, words: DocWords, from: number, to: number): boolean {
  if (words.chains[set.sid!]! < 0) return false;
  const at = leadingTokens(set, words);
  const k = firstAtOrAfter(at, from);
  return k < at.length && at[k]! <= to;
}

/** Does the token range [from, to] of the posting hold every word set of some branch of the filter? */
export function rangePasses(filter: WordSet[][], words: DocWords, from: number, to: number): boolean {
  freshDocWords(words);
  outer: for (const sets of filter) {
    for (const set of sets) if (!setInRange(set, words, from, to)) continue outer;
    return true;
  }
  return false;
}

/**
 * `rangePasses` for a filter given as set ids (filterSids), on a grouping made after they were
 * registered: the same answer without reading the filter's WordSet objects, scattered in memory,
 * for each of the many sentences a rule's patterns are asked about.
 */
export function sidsPassInRange(branches: readonly Int32Array[], words: DocWords, from: number, to: number): boolean {
  const chains = words.chains;
  outer: for (let b = 0; b < branches.length; b++) {
    const sids = branches[b]!;
    for (let k = 0; k < sids.length; k++) {
      const sid = sids[k]!;
      if (chains[sid]! < 0) continue outer;
      const at = tokensOfSet(sid, words);
      const j = firstAtOrAfter(at, from);
      if (j >= at.length || at[j]! > to) continue outer;
    }
    return true;
  }
  return false;
}

/** A registered filter as set ids per branch, for `sidsPass`. */
export function filterSids(filter: WordSet[][]): Int32Array[] {
  registerFilter(filter);
  return filter.map((sets) => Int32Array.from(sets, (set) => set.sid!));
}

/** `docPasses` for a filter given as set ids (filterSids), on an index made after they were registered. */
export function sidsPass(branches: readonly Int32Array[], words: DocWords): boolean {
  const chains = words.chains;
  outer: for (let b = 0; b < branches.length; b++) {
    const sids = branches[b]!;
    for (let k = 0; k < sids.length; k++) if (chains[sids[k]!]! < 0) continue outer;
    return true;
  }
  return false;
}

/**
 * `sidsPass` for a filter laid out flat at `at` in `flat` (CompiledRule.sidsFlat: branch count, then
 * per branch its length and set ids). With a token range (`from` >= 0), `sidsPassInRange`: each set
 * must also have a token in from..to.
 */
export function sidsPassAt(flat: Int32Array, at: number, words: DocWords, from = -1, to = -1): boolean {
  const chains = words.chains;
  const branches = flat[at]!;
  let k = at + 1;
  outer: for (let b = 0; b < branches; b++) {
    const end = k + 1 + flat[k]!;
    for (let j = k + 1; j < end; j++) {
      const sid = flat[j]!;
      if (chains[sid]! < 0) {
        k = end;
        continue outer;
      }
      if (from < 0) continue;
      const tokens = tokensOfSet(sid, words);
      const i = firstAtOrAfter(tokens, from);
      if (i >= tokens.length || tokens[i]! > to) {
        k = end;
        continue outer;
      }
    }
    return true;
  }
  return false;
}

export function docPasses(filter: WordSet[][], doc: DocWords): boolean {
  freshDocWords(doc);
  outer: for (const sets of filter) {
    for (const set of sets) {
      const sid = set.sid!;
      // A set registered after this index was built is unknown here: assume present.
      if (sid < SETS.length && doc.chains[sid]! < 0) continue outer;
    }
    return true;
  }
  return false;
}
