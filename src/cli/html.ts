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

/** Visible text with block elements on their own lines. */
export function visibleText(root: MinimalNode): string {
  const parts: string[] = [];
  const visit = (node: MinimalNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (SKIP.has(node.nodeName.toUpperCase())) return;
    if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) return;
    if (node.getAttribute?.('aria-hidden') === 'true') return;
    const block = BLOCK.has(node.nodeName.toUpperCase());
    if (block) parts.push('\n');
    if (node.nodeName.toUpperCase() === 'LI') parts.push('• ');
    for (let i = 0; i < node.childNodes.length; i++) visit(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l || (i > 0 && all[i - 1]))
    .join('\n')
    .trim();
}

export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return visibleText(document.body as unknown as MinimalNode);
}

export function looksLikeHtml(input: string): boolean {
  return /^\s*(<!doctype html|<html|<body|<div|<main|<article|<section|<p[\s>]|<script|<head)/i.test(input) || /<\/(div|p|li|body|html)>/i.test(input.slice(0, 5000));
}

export function postingFromHtml(html: string, base: Partial<PostingInput> = {}): PostingInput {
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
