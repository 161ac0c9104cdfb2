import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingDepth, postingFromHtml, strippedText, visibleText } from '../../src/cli/html.ts';

describe('HTML to posting text (CLI)', () => {
  it('counts how deep elements nest, leaving out void and implicitly closed elements', () => {
    expect(nestingDepth('<div><p>One<p>Two<br><img src=x><ul><li>a<li>b</ul></div>')).toBe(2);
    expect(nestingDepth('<div>'.repeat(40) + 'x' + '</div>'.repeat(40))).toBe(40);
    expect(nestingDepth('<section/><span>a</span>')).toBe(1);
  });

  it('reads a page nested far deeper than the call stack goes, in bounded time, without losing its words', () => {
    const depth = 200_000;
    const html = '<html><body>' + '<div>'.repeat(depth) + 'Rate AI responses in Spanish &amp; English. Pay: $22/hour.' + '</div>'.repeat(depth) + '</body></html>';
    expect(nestingDepth(html)).toBeGreaterThan(MAX_NESTING);
    const posting = postingFromHtml(html, { id: 'deep' } as never);
    expect(posting.text).toBe('Rate AI responses in Spanish & English. Pay: $22/hour.');
  });

  it('walks a deep DOM tree with its own stack', () => {
    type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: Node[] };
    let node: Node = { nodeType: 3, nodeName: '#text', textContent: 'deepest words', childNodes: [] };
    for (let i = 0; i < 100_000; i++) node = { nodeType: 1, nodeName: i % 2 ? 'DIV' : 'SPAN', textContent: null, childNodes: [node] };
    expect(visibleText(node)).toBe('deepest words');
  });

  it('strips a page to lines of text: scripts and styles gone, blocks on their own lines, entities decoded', () => {
    const text = strippedText('<head><title>T</title></head><script>var telegram = 1;</script><style>p{}</style><h1>AI Rater</h1><p>Rate &lt;b&gt; answers &#8212; remote&nbsp;work</p><ul><li>Spanish</li><li>English</li></ul>');
    expect(text).toBe('AI Rater\n\nRate <b> answers — remote work\n\nSpanish\n\nEnglish');
  });
});
