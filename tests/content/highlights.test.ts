// @vitest-environment happy-dom
// Core offsets (into the description text built by textWithMap) become Ranges over the page's own
// text nodes, across <br>, nested inline elements and collapsed whitespace; a span that does not
// read as the evidence is never marked.
import { describe, expect, it } from 'vitest';
import { textWithMap } from '../../content-scripts/extract/text.ts';
import { buildMarks } from '../../content-scripts/ui/highlights.ts';
import type { SignalHit } from '../../src/core/types.ts';

function flag(text: string | RegExp, description: string, id = 'f'): SignalHit {
  const hit = typeof text === 'string' ? { index: description.indexOf(text), 0: text } : text.exec(description)!;
  const start = hit.index;
  text = hit[0];
  return { id, severity: 'high', title: id, explanation: '', evidence: [{ start, end: start + text.length, text }] };
}

describe('buildMarks', () => {
  it('maps offsets across br, strong and indentation onto the right text', () => {
    document.body.append(document.createElement('div'));
    const root = document.body.lastElementChild!;
    const li = (text: string) => {
      const item = document.createElement('li');
      item.append(text);
      return item;
    };
    const strong = document.createElement('strong');
    strong.append('How to start');
    const list = document.createElement('ul');
    list.append('\n    ', li('Message our recruiter on\n   Telegram today.'), '\n    ', li('A registration fee of $49 applies.'));
    root.append('Intro line.', document.createElement('br'), strong, list);
    const description = textWithMap(root).text;
    const flags = [flag('Telegram', description, 'a'), flag('registration fee', description, 'b'), flag(/recruiter on\s+Telegram/, description, 'c')];
    const marks = buildMarks(root, description, flags);
    expect(marks.map((m) => [m.flag.id, m.range.toString()])).toEqual([
      ['a', 'Telegram'],
      ['b', 'registration fee'],
      ['c', 'recruiter on\n   Telegram'],
    ]);
  });

  it('skips evidence whose offsets do not read as its text', () => {
    const root = document.createElement('div');
    root.append('Pay is fine and the team is real.');
    document.body.append(root);
    const description = textWithMap(root).text;
    const wrong: SignalHit = { id: 'x', severity: 'low', title: '', explanation: '', evidence: [{ start: 0, end: 3, text: 'Guaranteed' }] };
    // "Pay" is at 0..3 but the evidence claims another word that is nowhere in the text.
    expect(buildMarks(root, description, [wrong])).toEqual([]);
  });
});
