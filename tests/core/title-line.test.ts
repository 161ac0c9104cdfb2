import { describe, expect, it } from 'vitest';
import { openingLine, titleLineEnd } from '../../src/core/title-line.ts';

describe('titleLineEnd', () => {
  it('takes a short first line that ends as no sentence for the title', () => {
    const text = 'Senior Linguist – Model Evaluation\nRate the answers of a chat model.';
    expect(text.slice(0, titleLineEnd(text))).toBe('Senior Linguist – Model Evaluation');
  });
  it('does not take a heading, a sentence, a paragraph or a lone line', () => {
    expect(titleLineEnd('Description:\nAnswer phones.')).toBe(-1);
    expect(titleLineEnd('We need raters for a project.\nApply below.')).toBe(-1);
    expect(titleLineEnd(`${'word '.repeat(30)}\nmore`)).toBe(-1);
    expect(titleLineEnd('Data Entry Clerk')).toBe(-1);
    expect(titleLineEnd('Data Entry Clerk\n   ')).toBe(-1);
  });
});

describe('openingLine', () => {
  it('reads the opening past a heading line, as one line', () => {
    expect(openingLine('Description:\nAs a receptionist\nyou will answer calls.')).toBe('As a receptionist you will answer calls.');
  });
  it('stops at 300 characters', () => {
    expect(openingLine('x'.repeat(1000))).toHaveLength(300);
  });
});
