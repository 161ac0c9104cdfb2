// @vitest-environment happy-dom
// Every committed board fixture extracts to its expected posting (or its expected refusal). The
// fixtures are our own HTML modelled on each board's real markup (job-boards.md), one per layout.
import { describe, expect, it } from 'vitest';
import { adapterFor, genericJsonLd } from '../../content-scripts/adapters/index.ts';
import { extractCards, extractPosting, textWithMap } from '../../content-scripts/extract/index.ts';
import { listFixtures, loadDocument, summarise } from './load.ts';

const fixtures = listFixtures();

describe('board fixtures', () => {
  it('finds fixtures with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(24);
    for (const f of fixtures) expect(f.expected.url, `${f.htmlPath} has an expected.json with a url`).toMatch(/^https:\/\//);
  });

  for (const f of fixtures) {
    it(`${f.board}/${f.layout}`, () => {
      const url = new URL(f.expected.url);
      const adapter = f.board === 'generic-jsonld' ? genericJsonLd : adapterFor(url);
      expect(adapter?.id).toBe(f.board);
      const doc = loadDocument(f.htmlPath);
      const result = extractPosting(doc, url, adapter!);
      const summary = summarise(result, extractCards(doc, adapter!));
      summary.url = url.href;
      expect(summary).toEqual(f.expected);
      if (result.status !== 'ok') return;
      // The text the core gets is exactly the description element's mapped text, so offsets map back.
      const mapped = textWithMap(result.descriptionElement);
      expect(result.posting.description).toBe(mapped.text);
      for (const { node, start } of mapped.map) {
        expect(result.descriptionElement.contains(node)).toBe(true);
        expect(mapped.text.slice(start, start + node.data.length).replace(/\s/g, ' ')).toBe(node.data.replace(/\s/g, ' '));
      }
    });
  }
});
