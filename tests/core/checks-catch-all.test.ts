// The catch-all vacancy check: many unrelated trades in one posting, counted by distinct job
// title and distinct trade. Our own texts.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/core/checks/index.ts';
import { keysFor } from '../../src/core/matcher.ts';
import { findSignals, type SignalDocument } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { docWords } from '../../src/core/word-sets.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';
import { signalRuleSchema, type SignalRule } from '../../src/data/schema.ts';

function doc(text: string, title = ''): SignalDocument {
  return { text, tokens: tokenize(text), title, pay: null, aiEvaluator: false };
}

/** The same document with the word indexes analyze gives it, for the text and the title. */
function indexed(text: string, title = ''): SignalDocument {
  const keys = keysFor(text);
  const titleKeys = keysFor(title);
  return { ...doc(text, title), tokens: keys.tokens, words: docWords(keys.index), titleTokens: titleKeys.tokens, titleWords: docWords(titleKeys.index) };
}

const rule = (params: Record<string, unknown>): SignalRule =>
  signalRuleSchema.parse({
    id: 'catch-all-test',
    kind: 'check',
    check: 'catch-all-vacancies',
    severity: 'medium',
    title: 'T',
    explanation: 'An explanation long enough for the schema.',
    params,
    examples: { positive: ['a'], negative: ['b'] },
  });

const groups = {
  food: ['cook', 'waiter', 'room attendant'],
  care: ['nurse', 'doctor'],
  build: ['electrician', 'plumber'],
  desk: ['cashier', 'clerk'],
};

describe('catch-all-vacancies check', () => {
  it('fires on enough distinct titles across enough trades, with evidence at the first title of each trade', () => {
    const text = 'Openings: cooks, waiters, nurses, doctors, electricians, plumbers and cashiers.';
    const ev = runCheck(rule({ groups, minRoles: 7, minGroups: 4 }), doc(text));
    expect(ev).not.toBeNull();
    expect(ev!.map((e) => e.text)).toEqual(['cooks', 'nurses', 'electricians', 'cashiers']);
    for (const e of ev!) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('counts a plural and its singular as one title', () => {
    const text = 'Cook wanted. Cooks wanted. Nurse and nurses. Electrician, electricians. Cashier.';
    // Four titles, four trades: below a minimum of five titles.
    expect(runCheck(rule({ groups, minRoles: 5, minGroups: 4 }), doc(text))).toBeNull();
    expect(runCheck(rule({ groups, minRoles: 4, minGroups: 4 }), doc(text))).not.toBeNull();
  });

  it('stays quiet when many titles come from too few trades', () => {
    const text = 'Our ward needs nurses and doctors; the kitchen needs cooks, waiters and room attendants.';
    expect(runCheck(rule({ groups, minRoles: 5, minGroups: 3 }), doc(text))).toBeNull();
  });

  it('matches multi-word titles and counts titles in the job title (evidence without offsets)', () => {
    const ev = runCheck(rule({ groups, minRoles: 4, minGroups: 4 }), doc('We also need a room attendant and a clerk.', 'Nurse / Electrician vacancies'));
    expect(ev).not.toBeNull();
    expect(ev!.find((e) => e.text === 'Nurse')).toMatchObject({ start: -1, end: -1 });
    expect(ev!.find((e) => e.text === 'room attendant')).toBeDefined();
  });

  it('does not match a title inside a longer word', () => {
    const text = 'Cookware, nursery, electricity, plumbing and cashiering topics.';
    expect(runCheck(rule({ groups, minRoles: 1, minGroups: 1 }), doc(text))).toBeNull();
  });

  it('needs enough titles from the anchor trades when it is told to', () => {
    const text = 'We hire nurses, doctors, electricians, cashiers and clerks.';
    expect(runCheck(rule({ groups, minRoles: 5, minGroups: 3 }), doc(text))).not.toBeNull();
    expect(runCheck(rule({ groups, minRoles: 5, minGroups: 3, anchorGroups: ['food', 'build'], minAnchorRoles: 2 }), doc(text))).toBeNull();
    expect(runCheck(rule({ groups, minRoles: 5, minGroups: 3, anchorGroups: ['food', 'build'], minAnchorRoles: 1 }), doc(text))).not.toBeNull();
  });

  it('returns null for missing or malformed groups instead of throwing', () => {
    expect(runCheck(rule({}), doc('cooks nurses'))).toBeNull();
    expect(runCheck(rule({ groups: ['cook'] }), doc('cooks nurses'))).toBeNull();
    expect(runCheck(rule({ groups: { food: 'cook' } }), doc('cooks nurses'))).toBeNull();
  });

  it('the shipped rule flags a hire-everyone hotel offer but not an AI-training call for domain experts', () => {
    const scam = [
      'Grand Seaside Hotel urgently needs hard-working staff for its new season.',
      'Available positions: chefs, cooks, waiters, bartenders, room attendants, cleaners, drivers, security guards,',
      'cashiers, accountants, receptionists, nurses, electricians, plumbers and language teachers.',
      'Qualified persons should contact our placement office immediately.',
    ].join('\n');
    const expert = [
      'We are looking for lawyers, nurses, doctors, pharmacists, dentists, accountants, auditors, teachers, translators',
      'and software engineers to review AI answers in their own field. You will rate responses against a rubric.',
      'Pay: $45-$90 per hour.',
    ].join('\n');
    const ids = (text: string) => findSignals(redFlagRules, doc(text)).map((h) => h.id);
    expect(ids(scam)).toContain('catch-all-vacancy-list');
    expect(ids(expert)).not.toContain('catch-all-vacancy-list');
  });

  it('counts the same with word indexes, whether or not the title names a role', () => {
    const r = rule({ groups, minRoles: 4, minGroups: 3 });
    const text = 'We also need a room attendant, cooks and a clerk.';
    for (const title of ['', 'Nurse / Electrician vacancies', 'Nurses wanted', 'Hotel staff wanted', 'Cookware sales']) {
      expect(runCheck(r, indexed(text, title)), title).toEqual(runCheck(r, doc(text, title)));
    }
    expect(runCheck(r, indexed(text, 'Nurse / Electrician vacancies'))).not.toBeNull();
    expect(runCheck(r, indexed(text, 'Hotel staff wanted'))).toBeNull();
  });
});
