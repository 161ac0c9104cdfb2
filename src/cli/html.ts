// HTML → posting for the CLI: the JSON-LD JobPosting when the page has one, else the page's main
// visible text. linkedom gives a real DOM tree in Node without a browser.
import { parseHTML } from 'linkedom';
import { findJobPosting, parseJsonLdBlocks } from '../core/jsonld.ts';
import type { PostingInput } from '../core/types.ts';

const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'TR', 'TABLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'DT', 'DD']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
  getAttribute?(name: string): string | null;
}

/** Tidies collected text: lines trimmed, runs of blank lines down to one. */
function joinLines(parts: readonly string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l || (i > 0 && all[i - 1]))
    .join('\n')
    .trim();
}

const CLOSE = Symbol('close');

/**
 * Visible text with block elements on their own lines. A loop with its own stack, not recursion:
 * a hostile page nests elements deeper than the call stack goes.
 */
export function visibleText(root: MinimalNode): string {
  const parts: string[] = [];
  const stack: (MinimalNode | typeof CLOSE)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === CLOSE) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) continue;
    if (node.getAttribute?.('aria-hidden') === 'true') continue;
    const block = BLOCK.has(name);
    if (block) {
      parts.push('\n');
      stack.push(CLOSE);
    }
    if (name === 'LI') parts.push('• ');
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return joinLines(parts);
}

/** Deeper than any real page nests; linkedom's parse time grows faster than linearly past it. */
export const MAX_NESTING = 1500;
const VOID_OR_SELF_CLOSING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})\b[^>]{0,2000}?(\/?)>/g;

/**
 * How deep the page's elements nest, counted from its tags (elements that close themselves or that
 * browsers close implicitly, as an unclosed <p> or <li>, are left out). Stops counting past `limit`.
 */
export function nestingDepth(html: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[3] || VOID_OR_SELF_CLOSING.has(m[2]!.toLowerCase())) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > deepest && (deepest = depth) > limit) return deepest;
  }
  return deepest;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Text of a page too deeply nested to parse in bounded time: scripts and styles dropped, block
 * tags as line breaks, the other tags removed, common entities decoded. Cruder than the DOM path,
 * but the posting's words survive.
 */
export function strippedText(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template|svg|head)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|li|ul|ol|br|h[1-6]|section|article|tr|table|header|footer|blockquote|pre|dt|dd)\b[^>]{0,2000}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : ' ';
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
  return joinLines(text.split('\n').map((l) => l.replace(/\s+/g, ' ') + '\n'));
}

export function htmlFragmentToText(html: string): string {
  if (nestingDepth(html) > MAX_NESTING) return strippedText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return visibleText(document.body as unknown as MinimalNode);
}

export function looksLikeHtml(input: string): boolean {
  return /^\s*(<!doctype html|<html|<body|<div|<main|<article|<section|<p[\s>]|<script|<head)/i.test(input) || /<\/(div|p|li|body|html)>/i.test(input.slice(0, 5000));
}

export function postingFromHtml(html: string, base: Partial<PostingInput> = {}): PostingInput {
  if (nestingDepth(html) > MAX_NESTING) return { ...base, text: strippedText(html) };
  // linkedom needs a whole document; a fragment ("<p>…</p>") gets one around it.
  const { document } = parseHTML(/<html[\s>]|<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const blocks = parseJsonLdBlocks([...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const job = findJobPosting(blocks);
  if (job && job.descriptionHtml) {
    // Descriptions arrive as HTML, sometimes entity-escaped a second time.
    const decoded = /&lt;\/?[a-z]/i.test(job.descriptionHtml) ? htmlFragmentToText(job.descriptionHtml) : job.descriptionHtml;
    const text = looksLikeHtml(decoded) || /<[a-z][^>]*>/i.test(decoded) ? htmlFragmentToText(decoded) : decoded;
    return {
      ...base,
      text,
      title: base.title ?? job.title ?? undefined,
      company: base.company ?? job.company ?? undefined,
      url: base.url ?? job.url ?? undefined,
      payText: job.payText ?? undefined,
    };
  }
  const main = document.querySelector('main, [role="main"], article') ?? document.body;
  const title = base.title ?? document.querySelector('h1')?.textContent?.trim() ?? document.title?.trim() ?? undefined;
  return { ...base, text: visibleText((main ?? document) as unknown as MinimalNode), title: title || undefined };
}
