// Every distinct folded word gets a small integer id, shared by the whole process. The tokenizer
// looks words up straight from the text's characters (no substring, no lowercase copy), so the
// matchers, rule filters and word indexes work on integers instead of hashing strings again and
// again. Words the compiled data uses are pinned; words only seen in postings are dropped when
// the table grows past a bound, so a long-lived service worker does not grow without end.
import { foldToken } from './fold.ts';

// FNV-1a over the folded UTF-16 units. The tokenizer hashes as it scans with the same four values
// (its Hash enum, kept as literals there for speed).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
// A second, independent hash: with both (64 bits) and the length equal, the words are taken as
// equal without reading the stored string, which is what made lookups slow (a cache miss on a
// string object per token). Two distinct words agreeing on all three is a ~1 in 10^19 chance
// per pair; across a few hundred thousand words that stays below one in a billion.
const WORD_HASH2_SEED = 0x6a09e667 | 0;
const WORD_HASH2_PRIME = 0x9e3779b1 | 0;
/** Unpinned words beyond this are dropped at the next `recycleIfFull()`. */
const MAX_WORDS = 300_000;
/** Entries per slot of `table`. */
const SLOT = 3;
/**
 * A slot's third entry: id + 1 in its low ID_BITS bits, the length above (LONG: that long or
 * longer, then compared with `lengths`). Ids stay far below 2^22: MAX_WORDS between analyses, plus
 * the pinned words of the compiled data and the words of one page.
 */
const ID_BITS = 22;
const ID_MASK = (1 << ID_BITS) - 1;
const LONG = 1023;

let words: string[] = [];
let hashes = new Int32Array(4096);
let hashes2 = new Int32Array(4096);
let lengths = new Int32Array(4096);
/** 1 where the word has an ASCII digit (signals.ts searches some patterns only near digits). */
let digits = new Uint8Array(4096);
/**
 * Open addressing, kept under three quarters full. Each slot holds [hash, hash2, id + 1 (0: empty)
 * with the word's length in its top bits (see packed)] side by side, so a lookup reads one cache
 * line (or two, for the few slots that straddle one). The rest of an analysis evicts the table
 * from the CPU cache, so a text's first lookup of each word is often a miss: a denser table keeps
 * more of it close (1 MB → 512 KB with four entries a slot made tokenize ~8% faster; 512 → 384 KB
 * with three, ~0.5% off a whole analysis).
 */
let table = new Int32Array(8192 * SLOT);
let mask = 8192 - 1;
let pinned = 0;
const resetListeners: ((keep: number) => void)[] = [];

export function wordOf(id: number): string {
  return words[id]!;
}

/** Does the word with this id have an ASCII digit? (Folding keeps those as they are.) */
export function hasDigit(id: number): boolean {
  return digits[id] === 1;
}

export function lexiconSize(): number {
  return words.length;
}

function hashString(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

function hash2String(word: string): number {
  let h = WORD_HASH2_SEED;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), WORD_HASH2_PRIME);
  return h;
}

/** The third entry of the slot of word `id` of this length. */
function packed(id: number, length: number): number {
  if (id + 1 > ID_MASK) throw new Error('lexicon: more words than a slot can number (see ID_BITS)');
  return (id + 1) | (Math.min(length, LONG) << ID_BITS);
}

/** Is `e` (a slot's third entry) the entry of a word of this length? */
function holdsLength(e: number, length: number): boolean {
  return length < LONG ? e >>> ID_BITS === length : e >>> ID_BITS === LONG && lengths[(e & ID_MASK) - 1] === length;
}

/** Rebuilds the table with `slots` slots from the per-id hashes. */
function rebuild(slots: number): void {
  const next = new Int32Array(slots * SLOT);
  const m = slots - 1;
  for (let id = 0; id < words.length; id++) {
    let slot = hashes[id]! & m;
    while (next[slot * SLOT + 2] !== 0) slot = (slot + 1) & m;
    next[slot * SLOT] = hashes[id]!;
    next[slot * SLOT + 1] = hashes2[id]!;
    next[slot * SLOT + 2] = packed(id, lengths[id]!);
  }
  table = next;
  mask = m;
}

function doubled<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T): T {
  const bigger = new (a.constructor as new (length: number) => T)(a.length * 2);
  bigger.set(a);
  return bigger;
}

function add(word: string, h: number, h2: number, slot: number): number {
  const id = words.length;
  words.push(word);
  if (id >= hashes.length) {
    hashes = doubled(hashes);
    hashes2 = doubled(hashes2);
    lengths = doubled(lengths);
    digits = doubled(digits);
  }
  hashes[id] = h;
  hashes2[id] = h2;
  lengths[id] = word.length;
  digits[id] = /[0-9]/.test(word) ? 1 : 0;
  const at = slot * SLOT;
  table[at] = h;
  table[at + 1] = h2;
  table[at + 2] = packed(id, word.length);
  if (words.length * 4 > (mask + 1) * 3) rebuild((mask + 1) * 2);
  return id;
}

/** The slot holding `word`, or the empty slot where it would go. */
function slotOf(word: string, h: number, h2: number): number {
  let slot = h & mask;
  for (;;) {
    const at = slot * SLOT;
    const e = table[at + 2]!;
    if (e === 0 || (table[at] === h && table[at + 1] === h2 && holdsLength(e, word.length))) return slot;
    slot = (slot + 1) & mask;
  }
}

/** Id of an already folded word, adding it if new. */
export function internWord(word: string): number {
  const h = hashString(word);
  const h2 = hash2String(word);
  const slot = slotOf(word, h, h2);
  const e = table[slot * SLOT + 2]!;
  return e === 0 ? add(word, h, h2, slot) : (e & ID_MASK) - 1;
}

/** Id of an already folded word, or -1 when no text or data has used it. */
export function lookupWord(word: string): number {
  const slot = slotOf(word, hashString(word), hash2String(word));
  return (table[slot * SLOT + 2]! & ID_MASK) - 1;
}

/**
 * Id of the folded form of text[start, end). ASCII words (nearly all of them) are hashed and
 * compared in place; others go through Unicode folding first.
 */
export function internRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  let h2 = WORD_HASH2_SEED;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c > 127) return internWord(foldToken(text.slice(start, end)));
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, WORD_HASH2_PRIME);
  }
  return internAscii(text, start, end, h, h2);
}

/** Id of the ASCII word text[start, end) whose two folded hashes the caller computed. */
export function internAscii(text: string, start: number, end: number, h: number, h2: number): number {
  const len = end - start;
  let slot = h & mask;
  for (;;) {
    const at = slot * SLOT;
    const e = table[at + 2]!;
    if (e === 0) return add(text.slice(start, end).toLowerCase(), h, h2, slot);
    if (table[at] === h && table[at + 1] === h2 && holdsLength(e, len)) return (e & ID_MASK) - 1;
    slot = (slot + 1) & mask;
  }
}

/** `a` itself if it can be indexed by `size` ids, else a copy grown to fit (per-id side tables elsewhere). */
export function fitIds<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, size: number): T {
  if (a.length >= size) return a;
  const bigger = new (a.constructor as new (length: number) => T)(Math.max(size, a.length * 2, 4096));
  bigger.set(a);
  return bigger;
}

/**
 * A small verdict (1–255) per lexicon word, judged once: the words of postings repeat, so a
 * question about a word's text ("does it hold 'http'?") is answered for the word, not per token.
 * Forgets everything when the lexicon recycles its ids.
 */
export class WordVerdicts {
  private table = new Uint8Array(0);

  constructor(private readonly judge: (word: string) => number) {
    onLexiconRecycle(() => this.table.fill(0));
  }

  /** Makes room for every id handed out so far; call before `of` for a new text's ids. */
  fit(): void {
    if (this.table.length < lexiconSize()) this.table = fitIds(this.table, lexiconSize());
  }

  of(id: number): number {
    let v = this.table[id]!;
    if (v === 0) {
      v = this.judge(wordOf(id));
      this.table[id] = v;
    }
    return v;
  }
}

/**
 * Ids handed out so far stay valid through `recycleIfFull()` (compiled data calls this). Words
 * postings brought in before a compile are kept too; compiles are rare (start-up, a changed list
 * of the user's own keywords or phrases) and an MV3 worker restarts often, so that stays small.
 */
export function pinLexicon(): void {
  pinned = words.length;
}

/**
 * Ids of these folded words, added if new and pinned: for fixed word lists read in every posting,
 * looked up once instead of hashed again per posting.
 */
export function pinnedIds(list: readonly string[]): number[] {
  const ids = list.map(internWord);
  pinLexicon();
  return ids;
}

/** Per-id caches elsewhere register here to drop what they hold for recycled ids. */
export function onLexiconRecycle(listener: (keep: number) => void): void {
  resetListeners.push(listener);
}

/**
 * Drops the words only postings used, once there are too many. Call only between analyses:
 * ids of a posting being analysed would become stale.
 */
export function recycleIfFull(limit = MAX_WORDS): void {
  if (words.length - pinned <= limit) return;
  words = words.slice(0, pinned);
  rebuild(mask + 1);
  for (const listener of resetListeners) listener(pinned);
}
