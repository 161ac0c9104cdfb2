// The words a rule's regex cannot match without. `\b(?:no|little)\s(?:experience|skills?)\sneeded`
// needs one of {no, little}, one of {experience, skill…} and "needed" in the same stretch of
// text; a sentence missing any of them is skipped without running the regex. That filter is a
// few set lookups over the sentence's tokens, where the regex would walk every character.
//
// Only the plain regex dialect our rule data uses is understood; anything else makes a part
// "unknown", which means "no requirement" — the filter may let too much through, never too little.
import { internWord, lexiconSize, onLexiconRecycle, pinLexicon, wordOf } from './lexicon.ts';
import { foldToken } from './tokenize.ts';
import type { WordIndex } from './word-index.ts';

export interface WordSet {
  /** Whole tokens (case-folded). */
  exact: Set<string>;
  /** Its id among registered sets (registerWordSet); equal sets share one. */
  sid?: number;
  /** Token beginnings, for literals that run on into more letters ("evaluat" + \w*). */
  prefixes: string[];
}

/** OR of branches, each an AND of word sets. null: the pattern can't be narrowed by words. */
export type WordFilter = WordSet[][] | null;

type Item =
  | { kind: 'char'; ch: string; optional: boolean }
  | { kind: 'boundary' }
  | { kind: 'group'; branches: Item[][]; optional: boolean }
  | { kind: 'other'; optional: boolean; wordChar: boolean };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Item[][] {
    const branches: Item[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.atom();
      if (item) items.push(this.quantified(item));
    }
    return items;
  }

  private quantified(item: Item): Item {
    const c = this.src[this.i];
    let optional = false;
    if (c === '?' || c === '*') {
      optional = true;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d*)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        optional = (m[1] ?? '') === '' || Number(m[1]) === 0;
        this.i += m[0].length;
        // A repeated literal is not one literal any more.
        if (item.kind === 'char' && m[2] !== undefined) return { kind: 'other', optional, wordChar: true };
      }
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    if (item.kind === 'boundary') return item;
    return optional ? { ...item, optional: true } : item;
  }

  private atom(): Item | null {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      if (e === 'b') return { kind: 'boundary' };
      if (e === 'B') return null;
      if ('sWSD'.includes(e)) return { kind: 'other', optional: false, wordChar: false };
      if ('wdp'.includes(e)) {
        if (e === 'p' && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return { kind: 'other', optional: false, wordChar: true };
      }
      if (e === 'u' || e === 'x') {
        this.i += this.src[this.i] === '{' ? this.src.indexOf('}', this.i) + 1 - this.i : e === 'u' ? 4 : 2;
        return { kind: 'other', optional: false, wordChar: true };
      }
      return { kind: 'char', ch: e, optional: false };
    }
    if (c === '[') {
      let j = this.i + 1;
      if (this.src[j] === '^') j++;
      if (this.src[j] === ']') j++;
      while (j < this.src.length && this.src[j] !== ']') j += this.src[j] === '\\' ? 2 : 1;
      const body = this.src.slice(this.i + 1, j);
      this.i = j + 1;
      // A class with letters or digits may stand for a word character.
      return { kind: 'other', optional: false, wordChar: /[a-z0-9]|\\w|\\d|\\p/i.test(body) || body.startsWith('^') };
    }
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (/^\(\?<?[=!]/.test(this.src.slice(this.i))) {
        lookaround = true;
        this.i += this.src[this.i + 2] === '<' ? 4 : 3;
      } else if (this.src.startsWith('(?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
      else this.i += 1;
      const branches = this.alternation();
      this.i++; // ')'
      if (lookaround) return null;
      return { kind: 'group', branches, optional: false };
    }
    this.i++;
    if (c === '.') return { kind: 'other', optional: false, wordChar: true };
    if (c === '^' || c === '$') return { kind: 'boundary' };
    return { kind: 'char', ch: c.toLowerCase(), optional: false };
  }
}

const WORD = /^[\p{L}\p{N}]$/u;

/** Required word sets of one sequence, or null if a branch can't be described. */
function sequenceSets(items: Item[]): WordSet[] {
  const sets: WordSet[] = [];
  let word = '';
  let wordStartsClean = true;
  const flush = (endsClean: boolean) => {
    word = word && foldToken(word);
    if (word && wordStartsClean) sets.push(endsClean ? { exact: new Set([word]), prefixes: [] } : { exact: new Set(), prefixes: [word] });
    word = '';
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind === 'char' && !item.optional && WORD.test(item.ch)) {
      if (!word) wordStartsClean = cleanBefore(items, k);
      word += item.ch;
      continue;
    }
    if (item.kind === 'char' && item.optional && WORD.test(item.ch)) {
      // "skills?": the word may or may not run on; what came before is a prefix.
      flush(false);
      wordStartsClean = false;
      continue;
    }
    flush(endsWord(item));
    if (item.kind === 'group' && !item.optional) {
      const first = firstWords(item.branches, cleanBefore(items, k), endsWord(items[k + 1]));
      if (first) sets.push(first);
    }
  }
  flush(true);
  return sets;
}

/** Does `item` (what follows a literal) close the word? Optional items might not be there. */
function endsWord(item: Item | undefined): boolean {
  if (!item) return true;
  if (item.kind === 'boundary') return true;
  if (item.optional) return false;
  if (item.kind === 'char') return !WORD.test(item.ch);
  if (item.kind === 'other') return !item.wordChar;
  return groupStartsClean(item);
}

/** Could this item, when present, end in a letter or digit? */
function endsInWordChar(item: Item): boolean {
  if (item.kind === 'group') return item.branches.some((b) => b.length === 0 || endsInWordChar(b[b.length - 1]!));
  return (item.kind === 'char' && WORD.test(item.ch)) || (item.kind === 'other' && item.wordChar);
}

/** Does a word starting at items[k] start at a word edge, whichever optional items are there? */
function cleanBefore(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const item = items[j]!;
    if (item.kind === 'boundary') return true;
    if (endsInWordChar(item)) return false;
    // A non-word item that may be absent: what comes before it counts too.
    if (!item.optional) return true;
  }
  return true;
}

function groupStartsClean(item: Extract<Item, { kind: 'group' }>): boolean {
  return item.branches.every((b) => {
    const f = b[0];
    return !f || f.kind === 'boundary' || (f.kind === 'char' && !WORD.test(f.ch)) || (f.kind === 'other' && !f.wordChar);
  });
}

/** The word each branch of a group starts with; null when some branch starts with no literal word. */
function firstWords(branches: Item[][], startsClean: boolean, followedClean: boolean): WordSet | null {
  if (!startsClean) return null;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const branch of branches) {
    let word = '';
    let k = 0;
    while (k < branch.length && branch[k]!.kind === 'boundary') k++;
    for (; k < branch.length; k++) {
      const it = branch[k]!;
      if (it.kind === 'char' && !it.optional && WORD.test(it.ch)) word += it.ch;
      else break;
    }
    if (!word) {
      // A branch that starts with a group: that group's first words, and where the group is
      // optional ("(?:google\s)?deepmind") also the words of what follows it.
      let j = k;
      let ok = false;
      while (j < branch.length) {
        const it = branch[j]!;
        if (it.kind !== 'group') break;
        const inner = firstWords(it.branches, true, endsWord(branch[j + 1]) && !(j + 1 >= branch.length && !followedClean));
        if (!inner) break;
        inner.exact.forEach((w) => exact.add(w));
        prefixes.push(...inner.prefixes);
        if (!it.optional) {
          ok = true;
          break;
        }
        j++;
      }
      if (ok) continue;
      // After optional groups, a literal word must follow for the branch to be described.
      let rest = '';
      for (; j < branch.length; j++) {
        const it = branch[j]!;
        if (it.kind === 'char' && !it.optional && WORD.test(it.ch)) rest += it.ch;
        else break;
      }
      if (!rest || j === k) return null;
      rest = foldToken(rest);
      const after = branch[j];
      if (after ? endsWord(after) : followedClean) exact.add(rest);
      else prefixes.push(rest);
      continue;
    }
    word = foldToken(word);
    const next = branch[k];
    const clean = next ? endsWord(next) : followedClean;
    if (clean) exact.add(word);
    else prefixes.push(word);
  }
  return { exact, prefixes };
}

const cache = new Map<string, WordFilter>();
const leadingCache = new Map<string, WordSet | null>();

/**
 * The words a match of `source` starts with, when every top-level branch opens with a word edge
 * and then a literal word (or a group of them). A match can then only start where such a token
 * starts, so the regex need only be tried there. null when that can't be said.
 */
export function leadingWords(source: string): WordSet | null {
  const hit = leadingCache.get(source);
  if (hit !== undefined) return hit;
  let set: WordSet | null = null;
  try {
    const parser = new Parser(source);
    const branches = parser.alternation();
    if (parser.i >= source.length && branches.every((b) => b[0]?.kind === 'boundary')) {
      // followedClean = false: a word that ends the pattern may run on ("\bpay" matches "payment").
      set = firstWords(branches, true, false);
    }
  } catch {
    set = null;
  }
  leadingCache.set(source, set);
  return set;
}

/** Word sets a match of `source` must contain, per top-level branch. */
export function requiredWords(source: string): WordFilter {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  let filter: WordFilter = null;
  try {
    const parser = new Parser(source);
    const branches = parser.alternation();
    if (parser.i >= source.length) {
      const described = branches.map(sequenceSets);
      // A branch with no required word can match anywhere: the pattern as a whole can't be narrowed.
      filter = described.every((sets) => sets.length > 0) ? described : null;
    }
  } catch {
    filter = null;
  }
  cache.set(source, filter);
  return filter;
}

// ---------------------------------------------------------------------------------------------
// Runtime. Every registered word set gets a small id; each word of the lexicon knows (lazily, once)
// which sets it belongs to, by exact word or by prefix. A posting's word index then marks the sets
// present in one pass over its distinct words, and "does this pattern's filter pass?" is a few
// array reads.

const PREFIX_IDS = new Map<string, number>();
/** Prefixes by their first two letters (one-letter prefixes under their letter). */
const PREFIXES_BY_HEAD = new Map<string, [string, number][]>();
/** Registered sets, by set id; and by content, so equal sets share one id. */
const SETS: WordSet[] = [];
const SET_BY_KEY = new Map<string, number>();
/** Word id → sets holding it exactly; prefix id → sets holding that prefix. */
const SETS_BY_WORD = new Map<number, number[]>();
const SETS_BY_PREFIX = new Map<number, number[]>();
/** Per lexicon id: the set ids its word belongs to (undefined: not computed since the last registration). */
let setsById: (Int32Array | undefined)[] = [];
const NO_SETS = new Int32Array(0);

onLexiconRecycle((keep) => {
  setsById.length = Math.min(setsById.length, keep);
});

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
    setsById = [];
    pinLexicon();
  }
  set.sid = sid;
}

/** The set ids the word with this lexicon id belongs to. */
function setsOf(id: number): Int32Array {
  let sets = setsById[id];
  if (sets === undefined) {
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
    sets = found.length > 0 ? Int32Array.from(found) : NO_SETS;
    if (setsById.length < lexiconSize()) setsById.length = lexiconSize();
    setsById[id] = sets;
  }
  return sets;
}

/** Is the word with this lexicon id one of the set's words, or does it start with one of its prefixes? */
export function tokenInSet(set: WordSet, id: number): boolean {
  return setsOf(id).includes(set.sid!);
}

/** Does the token range [from, to] (token lexicon ids) hold every word set of some branch? */
export function rangePasses(filter: WordSet[][], ids: Int32Array, from: number, to: number): boolean {
  for (const sets of filter) {
    let all = true;
    for (const set of sets) {
      const sid = set.sid!;
      let found = false;
      for (let t = from; t <= to; t++) {
        if (setsOf(ids[t]!).includes(sid)) {
          found = true;
          break;
        }
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

export interface DocWords {
  /** Each distinct word with the indexes of its tokens. */
  index: WordIndex;
  /** Per set id: 1 when some word of the posting belongs to the set. */
  present: Uint8Array;
  /** Per present set id: the distinct-word slots (WordIndex) that belong to it. */
  slots: Map<number, number[]>;
}

function indexSets(index: WordIndex): DocWords {
  const present = new Uint8Array(SETS.length);
  const slots = new Map<number, number[]>();
  const ids = index.ids;
  for (let d = 0; d < ids.length; d++) {
    const sets = setsOf(ids[d]!);
    for (let k = 0; k < sets.length; k++) {
      const sid = sets[k]!;
      if (present[sid] === 1) slots.get(sid)!.push(d);
      else {
        present[sid] = 1;
        slots.set(sid, [d]);
      }
    }
  }
  return { index, present, slots };
}

export function docWords(index: WordIndex): DocWords {
  return indexSets(index);
}

/**
 * Brings the index up to date (in place) if sets were registered since it was made: rules and
 * checks compile on first use, possibly after the posting's index was built.
 */
export function freshDocWords(words: DocWords): DocWords {
  if (words.present.length !== SETS.length) {
    const fresh = indexSets(words.index);
    words.present = fresh.present;
    words.slots = fresh.slots;
  }
  return words;
}

/** Indexes (ascending) of the posting's tokens that belong to the set. */
export function leadingTokens(set: WordSet, words: DocWords): number[] {
  const slots = freshDocWords(words).slots.get(set.sid!);
  if (!slots) return [];
  const out: number[] = [];
  for (const d of slots) for (const t of words.index.tokensOfSlot(d)) out.push(t);
  return slots.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** How many distinct words of the posting belong to the set. */
export function wordsInSet(set: WordSet, words: DocWords): number {
  return freshDocWords(words).slots.get(set.sid!)?.length ?? 0;
}

// Sets present in the token range being read (markRange / unmarkRange), for rangePasses.
let rangeMarks = new Uint8Array(0);
const rangeMarked: number[] = [];

/** Marks the sets present in tokens [from, to]; pair with unmarkRange. */
export function markRange(ids: Int32Array, from: number, to: number): void {
  if (rangeMarks.length < SETS.length) rangeMarks = new Uint8Array(SETS.length);
  for (let t = from; t <= to; t++) {
    const sets = setsOf(ids[t]!);
    for (let k = 0; k < sets.length; k++) {
      const sid = sets[k]!;
      if (rangeMarks[sid] === 0) {
        rangeMarks[sid] = 1;
        rangeMarked.push(sid);
      }
    }
  }
}

export function unmarkRange(): void {
  for (const sid of rangeMarked) rangeMarks[sid] = 0;
  rangeMarked.length = 0;
}

/** Does the marked range hold every word set of some branch of the filter? */
export function markedPasses(filter: WordSet[][]): boolean {
  outer: for (const sets of filter) {
    for (const set of sets) if (rangeMarks[set.sid!] !== 1) continue outer;
    return true;
  }
  return false;
}

export function docPasses(filter: WordSet[][], doc: DocWords): boolean {
  const present = freshDocWords(doc).present;
  outer: for (const sets of filter) {
    for (const set of sets) {
      const sid = set.sid!;
      // A set registered after this index was built is unknown here: assume present.
      if (sid < present.length && present[sid] !== 1) continue outer;
    }
    return true;
  }
  return false;
}
