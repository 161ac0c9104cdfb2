// Inline marks through the CSS Custom Highlight API: core offsets into posting.description become
// DOM Ranges over the page's own text nodes (via textWithMap), registered in CSS.highlights. The
// page's nodes are never wrapped, split or restyled. Where the API is missing (Firefox < 140) we
// draw no marks and the panel still lists everything.
import type { Severity, SignalHit } from '../../src/core/types.ts';
import { textWithMap, type TextMap } from '../extract/text.ts';
import { sheet } from './dom.ts';
import { FLASH, highlightName, PAGE_CSS, SEVERITIES } from './styles.ts';

export interface Mark {
  flag: SignalHit;
  evidence: number;
  range: Range;
}

export const highlightsSupported = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

let pageSheet: CSSStyleSheet | null = null;

/** Append (never replace) our ::highlight() sheet to the document's adopted sheets. */
function ensurePageSheet(): void {
  pageSheet ??= sheet(PAGE_CSS);
  const adopted = document.adoptedStyleSheets;
  if (adopted.includes(pageSheet)) return;
  try {
    document.adoptedStyleSheets = [...adopted, pageSheet];
  } catch {
    // Firefox content scripts see the array through an Xray wrapper; pushing works there.
    document.adoptedStyleSheets.push(pageSheet);
  }
}

export function removePageSheet(): void {
  if (!pageSheet) return;
  const sheetToDrop = pageSheet;
  if (document.adoptedStyleSheets.includes(sheetToDrop)) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheetToDrop);
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Where the evidence sits in the element's mapped text, or null. The offsets are trusted only when
 * the text there reads as the evidence; otherwise (a description post-processed after the core ran)
 * the nearest occurrence of the evidence text is used.
 */
function locate(map: TextMap, description: string, start: number, end: number, expected: string): [number, number] | null {
  const base = map.text === description ? 0 : map.text.indexOf(description);
  if (base >= 0 && normalise(map.text.slice(base + start, base + end)) === normalise(expected)) return [base + start, base + end];
  let best = -1;
  for (let at = map.text.indexOf(expected); at >= 0; at = map.text.indexOf(expected, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best >= 0 ? [best, best + expected.length] : null;
}

/** The text node and offset for a position in the mapped text. */
function position(map: TextMap, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = map.map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const entry = map.map[mid]!;
    if (isEnd ? entry.start < offset : entry.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const entry = map.map[found];
  if (!entry) return null;
  return { node: entry.node, offset: Math.min(offset - entry.start, entry.node.data.length) };
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const from = position(map, start, false);
  const to = position(map, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/** Ranges for every red-flag evidence span whose page text really is the evidence text. */
export function buildMarks(root: Element, description: string, flags: SignalHit[]): Mark[] {
  const map = textWithMap(root);
  const marks: Mark[] = [];
  flags.forEach((flag) => {
    flag.evidence.forEach((evidence, index) => {
      const expected = evidence.text || description.slice(evidence.start, evidence.end);
      if (!expected.trim()) return;
      const at = locate(map, description, evidence.start, evidence.end, expected);
      const range = at && rangeFor(map, at[0], at[1]);
      // Never mark the wrong words: the range must read as the evidence.
      if (range && normalise(range.toString()) === normalise(expected)) marks.push({ flag, evidence: index, range });
    });
  });
  return marks;
}

/** Register marks under one highlight per severity. Returns how many ranges are live. */
export function paintMarks(marks: Mark[]): number {
  clearMarks();
  if (!highlightsSupported() || marks.length === 0) return 0;
  ensurePageSheet();
  for (const severity of SEVERITIES) {
    const ranges = marks.filter((mark) => mark.flag.severity === (severity as Severity)).map((mark) => mark.range);
    if (ranges.length) CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
  }
  return marks.length;
}

export function clearMarks(): void {
  if (!highlightsSupported()) return;
  for (const severity of SEVERITIES) CSS.highlights.delete(highlightName(severity));
  CSS.highlights.delete(FLASH);
}

let flashTimer = 0;
export function flash(range: Range): void {
  if (!highlightsSupported()) return;
  ensurePageSheet();
  const highlight = new Highlight(range);
  CSS.highlights.set(FLASH, highlight);
  clearTimeout(flashTimer);
  flashTimer = window.setTimeout(() => {
    if (CSS.highlights.get(FLASH) === highlight) CSS.highlights.delete(FLASH);
  }, 1400);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const caret = doc.caretPositionFromPoint(x, y);
    return caret ? { node: caret.offsetNode, offset: caret.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The mark under the pointer: the caret position must fall inside its range, and the pointer on its text. */
export function markAt(marks: readonly Mark[], x: number, y: number): Mark | null {
  if (marks.length === 0) return null;
  const caret = caretAt(x, y);
  for (const mark of marks) {
    let inside = true;
    if (caret) {
      try {
        inside = mark.range.isPointInRange(caret.node, caret.offset);
      } catch {
        inside = false;
      }
    }
    if (inside && rectsContain(mark.range, x, y)) return mark;
  }
  return null;
}

/** Texts of the ranges currently registered under our names (for tests and the debug hook). */
export function registeredTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!highlightsSupported()) return out;
  for (const severity of SEVERITIES) {
    const highlight = CSS.highlights.get(highlightName(severity));
    if (highlight) out[severity] = Array.from(highlight as Iterable<AbstractRange>, (range) => (range as Range).toString());
  }
  return out;
}
