// The 'analyze-cards' message: a card may carry the employer it shows (optional, a short non-empty
// name); cards without one still pass, so older content scripts and boards without employers work.
import { describe, expect, it } from 'vitest';
import { analyzeCardsRequest, CARD_COMPANY_MAX } from '../../src/schema/messages.ts';

const request = (card: Record<string, unknown>) => ({ type: 'analyze-cards', cards: [{ key: '1', title: 'Tax Expert', text: 'Remote · $90/hr', ...card }] });

describe('analyzeCardsRequest', () => {
  it('accepts a card with a company and keeps it', () => {
    const parsed = analyzeCardsRequest.parse(request({ company: 'Mercor' }));
    expect(parsed.cards[0]).toEqual({ key: '1', title: 'Tax Expert', company: 'Mercor', text: 'Remote · $90/hr' });
  });

  it('accepts a card without a company', () => {
    expect(analyzeCardsRequest.parse(request({})).cards[0]!.company).toBeUndefined();
  });

  it('accepts a company of exactly the bound, and rejects a longer, empty or non-string one', () => {
    expect(analyzeCardsRequest.safeParse(request({ company: 'x'.repeat(CARD_COMPANY_MAX) })).success).toBe(true);
    expect(analyzeCardsRequest.safeParse(request({ company: 'x'.repeat(CARD_COMPANY_MAX + 1) })).success).toBe(false);
    expect(analyzeCardsRequest.safeParse(request({ company: '' })).success).toBe(false);
    expect(analyzeCardsRequest.safeParse(request({ company: 42 })).success).toBe(false);
    expect(analyzeCardsRequest.safeParse(request({ company: null })).success).toBe(false);
  });
});
