// The per-token columns of tokenize.ts: one buffer per text, and buffers of finished analyses
// handed back and reused by the next texts.
import type { Tokens } from './tokenize.ts';

/** The per-token columns, all views on one buffer: one allocation per text instead of six. */
export interface Columns {
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  sentence: Int32Array<ArrayBuffer>;
  line: Int32Array<ArrayBuffer>;
  ids: Int32Array<ArrayBuffer>;
  joined: Uint8Array<ArrayBuffer>;
}

export function columns(cap: number, from?: Columns, count = 0): Columns {
  const buffer = new ArrayBuffer(cap * 21);
  const c: Columns = {
    start: new Int32Array(buffer, 0, cap),
    end: new Int32Array(buffer, cap * 4, cap),
    sentence: new Int32Array(buffer, cap * 8, cap),
    line: new Int32Array(buffer, cap * 12, cap),
    ids: new Int32Array(buffer, cap * 16, cap),
    joined: new Uint8Array(buffer, cap * 20, cap),
  };
  if (from) {
    c.start.set(from.start.subarray(0, count));
    c.end.set(from.end.subarray(0, count));
    c.sentence.set(from.sentence.subarray(0, count));
    c.line.set(from.line.subarray(0, count));
    c.ids.set(from.ids.subarray(0, count));
    c.joined.set(from.joined.subarray(0, count));
  }
  return c;
}

// Column buffers of analyses that are done with their tokens (releaseTokens), reused by the next
// texts: a fresh buffer per posting and per title was a steady share of the time and the garbage.
// Only modest ones are kept, so one huge page does not stay in memory.
const spareColumns: Columns[] = [];
const MAX_SPARE = 4;
const MAX_SPARE_CAP = 1 << 16;

export function freshColumns(cap: number): Columns {
  for (let k = spareColumns.length - 1; k >= 0; k--) {
    const c = spareColumns[k]!;
    if (c.start.length >= cap) {
      spareColumns.splice(k, 1);
      return c;
    }
  }
  return columns(cap);
}

/**
 * Hands the columns of `tokens` back for reuse. Only for the caller that made the tokens and keeps
 * nothing that reads them; they read as empty afterwards.
 */
export function releaseTokens(tokens: Tokens): void {
  const cap = tokens.start.length;
  if (cap > MAX_SPARE_CAP || spareColumns.length >= MAX_SPARE || spareColumns.some((c) => c.start === tokens.start)) return;
  spareColumns.push({ start: tokens.start, end: tokens.end, sentence: tokens.sentence, line: tokens.line, ids: tokens.ids, joined: tokens.joined } as Columns);
  tokens.count = 0;
}
