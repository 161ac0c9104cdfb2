// Every distinct folded word gets a small integer id, shared by the whole process. The tokenizer
// looks words up straight from the text's characters (no substring, no lowercase copy), so the
// matchers, rule filters and word indexes work on integers instead of hashing strings again and
// again. Words the compiled data uses are pinned; words only seen in postings are dropped when
// the table grows past a bound, so a long-lived service worker does not grow without end.
import { foldToken } from './fold.ts';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Unpinned words beyond this are dropped at the next `recycleIfFull()`. */
const MAX_WORDS = 300_000;

let words: string[] = [];
let hashes = new Int32Array(4096);
/** Open addressing: id + 1 per slot, 0 for empty. Kept under half full. */
let table = new Int32Array(8192);
let mask = table.length - 1;
let pinned = 0;
const resetListeners: ((keep: number) => void)[] = [];

export function wordOf(id: number): string {
  return words[id]!;
}

export function lexiconSize(): number {
  return words.length;
}

function hashString(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

function grow(): void {
  const next = new Int32Array(table.length * 2);
  const m = next.length - 1;
  for (let id = 0; id < words.length; id++) {
    let slot = hashes[id]! & m;
    while (next[slot] !== 0) slot = (slot + 1) & m;
    next[slot] = id + 1;
  }
  table = next;
  mask = m;
}

function add(word: string, h: number, slot: number): number {
  const id = words.length;
  words.push(word);
  if (id >= hashes.length) {
    const bigger = new Int32Array(hashes.length * 2);
    bigger.set(hashes);
    hashes = bigger;
  }
  hashes[id] = h;
  table[slot] = id + 1;
  if (words.length * 2 > table.length) grow();
  return id;
}

/** Id of an already folded word, adding it if new. */
export function internWord(word: string): number {
  const h = hashString(word);
  let slot = h & mask;
  for (;;) {
    const e = table[slot]!;
    if (e === 0) return add(word, h, slot);
    if (hashes[e - 1] === h && words[e - 1] === word) return e - 1;
    slot = (slot + 1) & mask;
  }
}

/** Id of an already folded word, or -1 when no text or data has used it. */
export function lookupWord(word: string): number {
  const h = hashString(word);
  let slot = h & mask;
  for (;;) {
    const e = table[slot]!;
    if (e === 0) return -1;
    if (hashes[e - 1] === h && words[e - 1] === word) return e - 1;
    slot = (slot + 1) & mask;
  }
}

/**
 * Id of the folded form of text[start, end). ASCII words (nearly all of them) are hashed and
 * compared in place; others go through Unicode folding first.
 */
export function internRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (c > 127) return internWord(foldToken(text.slice(start, end)));
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  const len = end - start;
  let slot = h & mask;
  for (;;) {
    const e = table[slot]!;
    if (e === 0) {
      let word = text.slice(start, end);
      for (let k = 0; k < len; k++) {
        const c = word.charCodeAt(k);
        if (c >= 65 && c <= 90) {
          word = word.toLowerCase();
          break;
        }
      }
      return add(word, h, slot);
    }
    if (hashes[e - 1] === h) {
      const w = words[e - 1]!;
      if (w.length === len) {
        let same = true;
        for (let k = 0; k < len; k++) {
          let c = text.charCodeAt(start + k);
          if (c >= 65 && c <= 90) c |= 32;
          if (c !== w.charCodeAt(k)) {
            same = false;
            break;
          }
        }
        if (same) return e - 1;
      }
    }
    slot = (slot + 1) & mask;
  }
}

/** Ids handed out so far stay valid through `recycleIfFull()` (compiled data calls this). */
export function pinLexicon(): void {
  pinned = words.length;
}

/** Per-id caches elsewhere register here to drop what they hold for recycled ids. */
export function onLexiconRecycle(listener: (keep: number) => void): void {
  resetListeners.push(listener);
}

/**
 * Drops the words only postings used, once there are too many. Call only between analyses:
 * ids of a posting being analysed would become stale.
 */
export function recycleIfFull(): void {
  if (words.length - pinned <= MAX_WORDS) return;
  words = words.slice(0, pinned);
  table.fill(0);
  for (let id = 0; id < words.length; id++) {
    let slot = hashes[id]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = id + 1;
  }
  for (const listener of resetListeners) listener(pinned);
}
