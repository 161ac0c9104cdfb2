import { describe, expect, it } from 'vitest';
import { keysFor } from '../../src/core/matcher.ts';
import { englishShare, readsEnglish } from '../../src/core/english-share.ts';

const reads = (text: string) => {
  const k = keysFor(text);
  return readsEnglish(k.index, k.tokens.count);
};

describe('readsEnglish', () => {
  it('reads English prose and a bare English list of skills as English', () => {
    expect(reads('You will rate the answers of a chatbot and write short notes on what it got wrong.')).toBe(true);
    expect(reads('Requirements: Python, SQL and Excel. Experience with Westlaw or PubMed. Fluent in English.')).toBe(true);
  });
  it('keeps English postings in Chicago, IL or Los Angeles, EST hours, English', () => {
    expect(reads('Location: Chicago, IL or Los Angeles, LA. Hours are 9 to 5 EST and you work with the team at MIT.')).toBe(true);
  });
  it('does not read German, Spanish or Tagalog as English, even with English terms in them', () => {
    expect(reads('Du erstellst Inhalte für Anzeigen und arbeitest eng mit dem Team zusammen. Wir bieten flexible Arbeitszeiten.')).toBe(false);
    expect(reads('Buscamos un analista de datos con experiencia en Python y SQL para el equipo de producto en Madrid.')).toBe(false);
    // Tagalog that quotes English document names: more Tagalog function words than English ones.
    expect(reads('Ayon kay Bermejo, ang mga interesado ay dapat mag-register muna sa online form. Kailangan ng photocopy of Birth Certificate and the latest Income Tax Return ng mga magulang.')).toBe(false);
  });
  it('gives a share of 0 for no tokens', () => {
    const k = keysFor('');
    expect(englishShare(k.index, k.tokens.count)).toBe(0);
    expect(readsEnglish(k.index, k.tokens.count)).toBe(false);
  });
});
