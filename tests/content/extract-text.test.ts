import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fieldText, sectionsOf, textWithMap } from '../../content-scripts/extract/text.ts';

describe('description text from the page DOM', () => {
  it('keeps block breaks, skips hidden and script content, and maps offsets back to text nodes', () => {
    const { document } = parseHTML('<html><body><div id="d"><h2>Requirements</h2><p>Rate <b>AI</b> answers.</p><script>x</script><p hidden>secret</p><ul><li>Spanish</li><li>English</li></ul></div></body></html>');
    const root = document.getElementById('d')!;
    const { text, map } = textWithMap(root as unknown as Element);
    expect(text).toBe('Requirements\nRate AI answers.\nSpanish\nEnglish\n');
    for (const { node, start } of map) expect(text.slice(start, start + node.data.length)).toBe(node.data);
    expect(sectionsOf(root as unknown as Element).map((s) => s.heading)).toEqual(['Requirements']);
  });

  it('reads an element nested deeper than the call stack goes (a page script can build one)', () => {
    const { document } = parseHTML('<html><body><div id="top"></div></body></html>');
    let parent = document.getElementById('top')!;
    for (let i = 0; i < 60_000; i++) {
      const child = document.createElement(i % 2 ? 'div' : 'span');
      parent.appendChild(child);
      parent = child;
    }
    parent.appendChild(document.createTextNode('Deepest line'));
    expect(fieldText(document.getElementById('top') as unknown as Element)).toBe('Deepest line');
  });
});
