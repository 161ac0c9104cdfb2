// The word filter may only ever let too much through: every string a pattern matches must pass.
import { describe, expect, it } from 'vitest';
import { keysFor } from '../../src/core/matcher.ts';
import { requiredWords } from '../../src/core/pattern-words.ts';
import { docPasses, docWords, filterSids, leadingTokens, rangePasses, registerFilter, registerWordSet, sidsPassInRange } from '../../src/core/word-sets.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';

function passes(source: string, text: string): boolean {
  const filter = requiredWords(source);
  if (!filter) return true;
  registerFilter(filter);
  const k = keysFor(text);
  const words = docWords(k.index);
  return rangePasses(filter, words, 0, k.tokens.count - 1) && docPasses(filter, words);
}

describe('requiredWords', () => {
  it('reads each Chinese or Japanese character as a token of its own, as the tokenizer makes them', () => {
    const words = (source: string) => requiredWords(source)![0]!.map((s) => [...s.exact, ...s.prefixes].sort());
    expect(words('网络兼职日结')).toEqual([['网'], ['络'], ['兼'], ['职'], ['日'], ['结']]);
    // After a gap that may end in a letter, a character is not known to start a token: left out, never wrongly required.
    const source = '网络兼职[^。]{0,30}日结';
    expect(words(source)).toEqual([['网'], ['络'], ['兼'], ['职'], ['结']]);
    expect(passes(source, '诚聘网络兼职，工资日结。')).toBe(true);
    expect(passes(source, '诚聘网店兼职，工资日结。')).toBe(false);
  });

  it('reads alternations, optional parts, prefixes and word edges', () => {
    const f = requiredWords(String.raw`\b(?:no|little)\s(?:prior\s)?(?:experience|skills?)\s(?:is\s)?needed\b`)!;
    expect(f).toHaveLength(1);
    const sets = f[0]!.map((s) => [...s.exact, ...s.prefixes.map((p) => p + '*')].sort());
    // "skills?" before "\s" is one of two words; at the pattern's end it may run on ("skillset").
    expect(sets).toEqual([['little', 'no'], ['experience', 'skill', 'skills'], ['needed']]);
    const words = (source: string) => requiredWords(source)![0]!.map((s) => [...s.exact, ...s.prefixes.map((p) => p + '*')].sort());
    expect(words(String.raw`\bskills?\s(?:test|check)\b`)).toEqual([['skill', 'skills'], ['check', 'test']]);
    expect(words(String.raw`\bno\sskills?`)).toEqual([['no'], ['skill*']]);
    expect(words(String.raw`\b(?:your|an?)\sresume\b`)).toEqual([['a', 'an', 'your'], ['resume']]);
    expect(words(String.raw`\b(?:your|an?)`)).toEqual([['a*', 'your*']]);
    for (const text of ['Skills test', 'skill check', 'Send an resume', 'a resume', 'no skillset']) {
      for (const source of [String.raw`\bskills?\s(?:test|check)`, String.raw`\b(?:your|an?)\sresume`, String.raw`\bno\sskills?`]) {
        if (new RegExp(source, 'iu').test(text)) expect(passes(source, text), `${source} ${text}`).toBe(true);
      }
    }
  });
  it('gives up (null) where a branch needs no word', () => {
    expect(requiredWords(String.raw`\$\s?\d+|\bpay\b`)).toBeNull();
  });
  it('keeps words that run on as prefixes ("ph.d", "evaluat\\w*")', () => {
    expect(passes(String.raw`\b(?:ph\.?d|doctorate)\b`, 'A PhD is required')).toBe(true);
    expect(passes(String.raw`\bevaluat\w*\s(?:ai|model)`, 'Evaluating AI answers')).toBe(true);
    // "\S" and "\D" take letters too, even when they must be there.
    expect(passes(String.raw`\bunos\sminut\S{1,3}\s`, 'en unos minutos usando')).toBe(true);
    expect(passes(String.raw`\bversament\S\b`, 'un versamento iniziale')).toBe(true);
    expect(passes(String.raw`\bcod\D+\b`, 'the codes')).toBe(true);
  });
  it('keeps a word that ends the pattern as a prefix: the match may stop inside a longer word', () => {
    expect(passes(String.raw`\bbookkeep`, 'Bookkeeper wanted')).toBe(true);
    expect(passes(String.raw`\b(?:inc\b|llc|ltd)`, 'Acme LLCSuite 5')).toBe(true);
    expect(passes(String.raw`\bour\s(?:clients|team)`, 'our clientsProcess')).toBe(true);
    // A word edge or "$" still closes it.
    expect(requiredWords(String.raw`\bbookkeep\b`)![0]![0]!.exact.has('bookkeep')).toBe(true);
  });
  it('folds accents like the tokenizer', () => {
    expect(passes(String.raw`\brésumé\s(?:review|check)`, 'Resume review')).toBe(true);
  });
  it('reads a class of letters that fold to one letter as that letter, and any other class as unknown', () => {
    const words = (source: string) => requiredWords(source)![0]!.map((s) => [...s.exact, ...s.prefixes.map((p) => p + '*')].sort());
    expect(words(String.raw`d[ée]p[oô]t`)).toEqual([['depot']]);
    expect(words(String.raw`n[aã]o\scobra`)).toEqual([['nao'], ['cobra*']]);
    // Letters that fold apart, a range or a negation say nothing past the literal before them.
    expect(words(String.raw`d[ao]t`)).toEqual([['d*']]);
    expect(words(String.raw`d[a-e]t`)).toEqual([['d*']]);
    expect(words(String.raw`d[^e]t`)).toEqual([['d*']]);
    for (const text of ['Un dépôt de 50 €', 'UN DÉPÔT', 'un depot', 'Não cobramos', 'NAO COBRAMOS nada']) {
      expect(passes(String.raw`(?:d[ée]p[oô]t|n[aã]o\scobra)`, text), text).toBe(true);
    }
  });
  it('never rejects what a rule pattern matches, across every example sentence in the rule data', () => {
    for (const rule of [...redFlagRules, ...healthySignalRules]) {
      for (const example of [...rule.examples.positive, ...rule.examples.negative]) {
        for (const source of rule.patterns) {
          const re = new RegExp(source, 'iu');
          if (re.test(example)) expect(passes(source, example), `${rule.id}: ${source} on "${example}"`).toBe(true);
        }
      }
    }
  });
  it('judges a token range only by the words inside it', () => {
    const filter = requiredWords(String.raw`\bno\s(?:experience|skills?)\sneeded\b`)!;
    registerFilter(filter);
    // tokens: 0 no | 1 experience | 2 needed | 3 here | 4 no | 5 skills | 6 wanted | 7 needed
    const k = keysFor('No experience needed here. No skills wanted, needed.');
    const words = docWords(k.index);
    expect(rangePasses(filter, words, 0, 2)).toBe(true);
    expect(rangePasses(filter, words, 1, 3)).toBe(false);
    expect(rangePasses(filter, words, 4, 6)).toBe(false);
    expect(rangePasses(filter, words, 4, 7)).toBe(true);
    expect(rangePasses(filter, words, 3, 3)).toBe(false);
    // The same filter as set ids (what the engine runs) judges every range alike.
    const sids = filterSids(filter);
    for (let from = 0; from < k.tokens.count; from++) {
      for (let to = from; to < k.tokens.count; to++) expect(sidsPassInRange(sids, words, from, to), `${from}..${to}`).toBe(rangePasses(filter, words, from, to));
    }
  });
  it("lists a set's tokens in text order, however many words and tokens it has", () => {
    const set = { exact: new Set(['alpha', 'beta', 'gamma']), prefixes: ['delt'] };
    registerWordSet(set);
    const inSet = (w: string) => set.exact.has(w) || w.startsWith('delt');
    for (const repeat of [1, 3, 40]) {
      const text = 'Gamma beta x alpha, delta deltas beta. Alpha y gamma! '.repeat(repeat);
      const k = keysFor(text);
      const expected = [];
      for (let t = 0; t < k.tokens.count; t++) if (inSet(k.foldAt(t))) expected.push(t);
      expect(leadingTokens(set, docWords(k.index))).toEqual(expected);
    }
  });
});
