// Where each distinct word of one posting occurs, built in one pass over the token ids. Rules and
// matchers ask "is this word here, and where?" many times per posting; each answer is a Map
// lookup on an integer instead of a pass over the tokens.
import { fitIds, lexiconSize, lookupWord, wordOf } from './lexicon.ts';
import type { Tokens } from './tokenize.ts';

// Scratch table indexed by word id, stamped per build so it never needs clearing: at 4 × id the
// stamp of the index that last saw the word, at 4 × id + 1 its distinct slot there. Side by side,
// as a build reads both for every token and a posting's rarer words are cache misses: two separate
// tables cost two misses per word. The other two entries are word-sets.ts's (where the word's set
// ids are): it reads them for each distinct word right after a build, in the lines the build brought in.
let scratch = new Int32Array(0);
let serial = 0;

function ensureScratch(size: number): void {
  scratch = fitIds(scratch, size * 4);
}

/** The per-word table, with room for `ids` ids; the array changes as it grows, so ask again per use. */
export function wordTable(ids: number): Int32Array {
  if (scratch.length < ids * 4) ensureScratch(ids);
  return scratch;
}

// Column buffers of per-posting tables their maker is done with (word indexes, word-set groupings),
// reused by the next ones: a new ArrayBuffer costs about a microsecond, a steady share of a
// posting's time. Only modest ones are kept, so one huge page does not stay in memory.
const spareBuffers: ArrayBuffer[] = [];
const MAX_SPARE = 8;
const MAX_SPARE_BYTES = 1 << 20;

/** A buffer of at least `bytes` bytes, old contents and all. */
export function takeBuffer(bytes: number): ArrayBuffer {
  for (let k = spareBuffers.length - 1; k >= 0; k--) {
    if (spareBuffers[k]!.byteLength >= bytes) return spareBuffers.splice(k, 1)[0]!;
  }
  return new ArrayBuffer(bytes);
}

/** Hands a buffer from `takeBuffer` back; nothing may read it afterwards. */
export function giveBuffer(b: ArrayBuffer): void {
  if (b.byteLength > MAX_SPARE_BYTES || spareBuffers.length >= MAX_SPARE || spareBuffers.includes(b)) return;
  spareBuffers.push(b);
}

const NO_TOKENS: readonly number[] = [];

/** Index of `id` among the first n entries of `a`, or -1: a loop, where subarray(0, n).indexOf made a view per token of a title. */
function indexIn(a: Int32Array, n: number, id: number): number {
  for (let k = 0; k < n; k++) if (a[k] === id) return k;
  return -1;
}
/** Up to this many tokens, an index is a plain list (titles, short snippets). */
const SMALL = 64;

export class WordIndex {
  /** Distinct word ids, in order of first occurrence. */
  readonly ids: Int32Array;
  /** Per distinct word: its first token. */
  private readonly first: Int32Array;
  /** Per token: the next token with the same word, or -1. */
  private readonly next: Int32Array;
  /** This index's stamp in the scratch tables; an index built since took them over until reclaimed. */
  private mark: number;
  private readonly lists: (readonly number[] | undefined)[];
  private readonly buffer: ArrayBuffer;

  constructor(tokens: Tokens) {
    const n = tokens.count;
    const ids = tokens.ids;
    // A title-sized text is searched directly and leaves the scratch tables to the posting's index.
    const small = n <= SMALL;
    if (!small) ensureScratch(lexiconSize());
    const mark = small ? -1 : ++serial;
    // One buffer for the four columns, reused from a released index when one is big enough. Every
    // entry read is written first, so an old buffer needs no clearing.
    const buffer = takeBuffer(n * 16);
    const distinct = new Int32Array(buffer, 0, n);
    const first = new Int32Array(buffer, n * 4, n);
    const last = new Int32Array(buffer, n * 8, n);
    const next = new Int32Array(buffer, n * 12, n);
    let nd = 0;
    for (let t = 0; t < n; t++) {
      const id = ids[t]!;
      next[t] = -1;
      const d = small ? indexIn(distinct, nd, id) : scratch[id * 4] === mark ? scratch[id * 4 + 1]! : -1;
      if (d >= 0) {
        next[last[d]!] = t;
        last[d] = t;
        continue;
      }
      if (!small) {
        scratch[id * 4] = mark;
        scratch[id * 4 + 1] = nd;
      }
      distinct[nd] = id;
      first[nd] = t;
      last[nd] = t;
      nd++;
    }
    this.ids = distinct.subarray(0, nd);
    this.first = first;
    this.next = next;
    this.mark = mark;
    this.lists = new Array<readonly number[] | undefined>(nd);
    this.buffer = buffer;
  }

  /**
   * Hands the columns back for reuse. Only for the caller that made the index and keeps nothing
   * that reads it (nor its DocWords): a later index overwrites them.
   */
  release(): void {
    giveBuffer(this.buffer);
  }

  /** Number of distinct words. */
  get size(): number {
    return this.ids.length;
  }

  /** Distinct slot of a word id, or -1. */
  private slot(id: number): number {
    if (this.mark < 0) return this.ids.indexOf(id);
    if (serial !== this.mark) this.reclaim();
    return id * 4 < scratch.length && scratch[id * 4] === this.mark ? scratch[id * 4 + 1]! : -1;
  }

  /** Stamps this index's words back into the scratch tables (a title's index was used meanwhile). */
  private reclaim(): void {
    ensureScratch(lexiconSize());
    const mark = ++serial;
    const ids = this.ids;
    for (let d = 0; d < ids.length; d++) {
      scratch[ids[d]! * 4] = mark;
      scratch[ids[d]! * 4 + 1] = d;
    }
    this.mark = mark;
  }

  hasId(id: number): boolean {
    return this.slot(id) >= 0;
  }

  has(word: string): boolean {
    const id = lookupWord(word);
    return id >= 0 && this.slot(id) >= 0;
  }

  /** Token indexes (ascending) of the word with this id; undefined when absent. */
  tokensOfId(id: number): readonly number[] | undefined {
    const d = this.slot(id);
    return d < 0 ? undefined : this.tokensOfSlot(d);
  }

  /** How many tokens have any of the words with these ids (a word list's occurrences in the text). */
  countOfIds(ids: readonly number[]): number {
    let n = 0;
    for (let k = 0; k < ids.length; k++) n += this.countOfId(ids[k]!);
    return n;
  }

  /** How many tokens have the word with this id, counted without making a list of them. */
  countOfId(id: number): number {
    const d = this.slot(id);
    if (d < 0) return 0;
    const list = this.lists[d];
    if (list) return list.length;
    let n = 0;
    for (let t = this.first[d]!; t >= 0; t = this.next[t]!) n++;
    return n;
  }

  /** Appends the token indexes (ascending) of the word with this id, if present, to `out`, without keeping a list of them. */
  pushTokensOfId(id: number, out: number[]): void {
    const d = this.slot(id);
    if (d >= 0) this.pushTokensOfSlot(d, out);
  }

  /** Token indexes (ascending) of a folded word; undefined when absent. */
  get(word: string): readonly number[] | undefined {
    const id = lookupWord(word);
    return id < 0 ? undefined : this.tokensOfId(id);
  }

  /** Token indexes of the d-th distinct word. */
  tokensOfSlot(d: number): readonly number[] {
    let list = this.lists[d];
    if (!list) {
      const out: number[] = [];
      for (let t = this.first[d]!; t >= 0; t = this.next[t]!) out.push(t);
      list = out;
      this.lists[d] = list;
    }
    return list ?? NO_TOKENS;
  }

  /** Appends the token indexes (ascending) of the d-th distinct word to `out`, without keeping a list of them. */
  pushTokensOfSlot(d: number, out: number[]): void {
    const list = this.lists[d];
    if (list) for (let k = 0; k < list.length; k++) out.push(list[k]!);
    else for (let t = this.first[d]!; t >= 0; t = this.next[t]!) out.push(t);
  }

  /** The folded text of the d-th distinct word. */
  wordOfSlot(d: number): string {
    return wordOf(this.ids[d]!);
  }
}
