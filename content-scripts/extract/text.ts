// Description text built from the element's own text nodes, so core offsets map back to DOM Ranges.
// Each text node's data goes into the text verbatim in length (whitespace characters become single
// spaces one for one, inner newlines stay), which keeps `offset - start` a valid offset in that node.

const BLOCK = new Set([
  'P', 'LI', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER',
  'FOOTER', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'DD', 'DT', 'DL', 'FIGURE', 'MAIN', 'ASIDE', 'NAV', 'FORM',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'CODE', 'SELECT', 'TEXTAREA']);
const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B']);

export interface TextMap {
  text: string;
  map: { node: Text; start: number }[];
}

interface Walked extends TextMap {
  /** Per map entry: the text node sits inside a heading-like element (h1-h6, strong, b). */
  headingish: boolean[];
}

// Newlines between words of one text node are real line breaks on boards that render plain text
// with white-space: pre-line (Upwork); newlines at a node's edges are source indentation.
function keepInnerNewlines(data: string): string {
  const lead = data.length - data.trimStart().length;
  const end = data.trimEnd().length;
  return data.replace(/\s/g, (c, i: number) => (c === '\n' && i >= lead && i < end ? '\n' : ' '));
}

function isSkipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

// Ends a block element in walk's stack: the line break after its content.
const BLOCK_END = null;

/**
 * A loop with its own stack, not recursion: a page script can nest elements deeper than the call
 * stack goes (the HTML parser stops at 512 levels; appendChild does not).
 */
function walk(root: Element): Walked {
  let text = '';
  const map: TextMap['map'] = [];
  const headingish: boolean[] = [];
  const newline = (): void => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const stack: ({ node: Node; inHeading: boolean } | typeof BLOCK_END)[] = [];
  const pushChildren = (el: Node, inHeading: boolean): void => {
    const from = stack.length;
    for (let child = el.firstChild; child; child = child.nextSibling) stack.push({ node: child, inHeading });
    // First child on top.
    for (let i = from, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j]!, stack[i]!];
  };
  pushChildren(root, HEADING.has(root.tagName.toUpperCase()));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame === BLOCK_END) {
      newline();
      continue;
    }
    const { node, inHeading } = frame;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Whitespace-only nodes at a line start are indentation; inside a line they separate words.
      if (data.trim() === '' && (text === '' || /\s$/.test(text))) continue;
      map.push({ node: node as Text, start: text.length });
      headingish.push(inHeading);
      text += keepInnerNewlines(data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      // A <br> always ends a line; two in a row leave one blank line, never more.
      if (!text.endsWith('\n\n') && text !== '') text += '\n';
      continue;
    }
    if (isSkipped(el)) continue;
    const block = BLOCK.has(tag);
    if (block) {
      newline();
      stack.push(BLOCK_END);
    }
    pushChildren(el, inHeading || HEADING.has(tag));
  }
  return { text, map, headingish };
}

/** The text of `root` with block breaks, plus where each text node's data starts in it. */
export function textWithMap(root: Element): TextMap {
  const { text, map } = walk(root);
  return { text, map };
}

/** Plain text of an element for short fields (title, company): whitespace collapsed. */
export function fieldText(el: Element): string {
  return walk(el).text.replace(/\s+/g, ' ').trim();
}

/**
 * Split the description at heading lines: lines whose visible text all sits in h1-h6 or in a
 * strong/b element that fills the line. Text before the first heading gets heading ''.
 */
export function sectionsOf(root: Element): { heading: string; text: string }[] {
  const { text, map, headingish } = walk(root);
  const sections: { heading: string; text: string }[] = [];
  let current: { heading: string; lines: string[] } = { heading: '', lines: [] };
  let offset = 0;
  let entry = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    let allHeading = true;
    let any = false;
    // Entries overlapping this line; a node with inner newlines can span several lines.
    while (entry < map.length && map[entry]!.start + map[entry]!.node.data.length <= lineStart) entry++;
    for (let i = entry; i < map.length && map[i]!.start < lineEnd; i++) {
      const e = map[i]!;
      if (text.slice(Math.max(e.start, lineStart), Math.min(e.start + e.node.data.length, lineEnd)).trim() === '') continue;
      any = true;
      if (!headingish[i]) allHeading = false;
    }
    const trimmed = line.trim();
    if (any && allHeading && trimmed.length > 0 && trimmed.length <= 100) {
      if (current.heading !== '' || current.lines.some((l) => l.trim() !== '')) sections.push(finish(current));
      current = { heading: trimmed.replace(/:\s*$/, ''), lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  if (current.heading !== '' || current.lines.some((l) => l.trim() !== '')) sections.push(finish(current));
  return sections;
}

function finish(s: { heading: string; lines: string[] }): { heading: string; text: string } {
  return { heading: s.heading, text: s.lines.map((l) => l.trim()).filter((l) => l !== '').join('\n') };
}
