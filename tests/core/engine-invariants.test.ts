// The shortcuts the engine takes for speed must never change what it finds. Each shortcut rests
// on one invariant; these tests check the invariant itself over all our rule and taxonomy data.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze.ts';
import { findSignals } from '../../src/core/signals.ts';
import { evaluatorTextMatcher } from '../../src/core/evaluator.ts';
import { builtInVocabulary } from '../../src/core/keywords.ts';
import { keysFor, scanTogether } from '../../src/core/matcher.ts';
import { leadingWords } from '../../src/core/pattern-words.ts';
import { registerWordSet, tokenInSet } from '../../src/core/word-sets.ts';
import { hostsIn } from '../../src/core/checks/hosts.ts';
import { inlineHeadings } from '../../src/core/inline-headings.ts';
import { selfDescriptionSentences } from '../../src/core/company-sentences.ts';
import { payStretches } from '../../src/core/pay-stretches.ts';
import { parsePay } from '../../src/core/pay.ts';
import { plainText } from '../../src/core/plain-regex.ts';
import { digitTokens, oddTokens, sourceOf } from '../../src/core/signal-match.ts';
import { docWords } from '../../src/core/word-sets.ts';
import { WordIndex } from '../../src/core/word-index.ts';
import { cueMatcher } from '../../src/core/sections.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';
import { taxonomy } from '../../src/data/taxonomy/index.ts';

const rules = [...redFlagRules, ...healthySignalRules];
/** Every run of words a heading may be: inline headings are then found at every anchor. */
const anyHeading = (heading: string) => (/^[\p{L}*][\p{L}\s*&/'-]*[:：*]?$/u.test(heading) ? heading : undefined);
const sentences = [
  ...rules.flatMap((r) => [...r.examples.positive, ...r.examples.negative]),
  ...taxonomy.flatMap((e) => [...(e.examples?.positive ?? []), ...(e.examples?.negative ?? [])]),
];

describe('engine shortcuts', () => {
  it('a covered absence rule holds its covering rules\' patterns, reads no more than they do, and follows them', () => {
    for (const rule of redFlagRules.filter((r) => Array.isArray(r.params.coveredBy))) {
      const at = redFlagRules.indexOf(rule);
      for (const id of rule.params.coveredBy as string[]) {
        const by = redFlagRules.find((r) => r.id === id)!;
        expect(by, `${rule.id}: ${id}`).toBeDefined();
        expect(by.kind).toBe('absence');
        expect(redFlagRules.indexOf(by)).toBeLessThan(at);
        expect(by.scope).toBe(rule.scope);
        for (const p of by.patterns) expect(rule.patterns).toContain(p);
        // What the covered path does not read again must be read by the covering rules.
        const own = (rule.params.caseSensitivePatterns as string[] | undefined) ?? [];
        const theirs = new Set((rule.params.coveredBy as string[]).flatMap((c) => (redFlagRules.find((r) => r.id === c)!.params.caseSensitivePatterns as string[] | undefined) ?? []));
        for (const p of own) expect(theirs.has(p), `${rule.id}: case-sensitive pattern not read by ${rule.params.coveredBy}`).toBe(true);
      }
    }
  });

  it('an absence rule covered by others (params.coveredBy) fires in a full pass exactly where it fires alone', () => {
    const covered = redFlagRules.filter((r) => Array.isArray(r.params.coveredBy));
    expect(covered.length).toBeGreaterThan(1);
    // Long texts too, as the covered rules want a page or more: the examples strung together.
    const long = rules.flatMap((r) => [[...r.examples.positive].join(' '), [...r.examples.positive, ...r.examples.negative].join('\n')]);
    let fired = 0;
    for (const text of [...sentences, ...long]) {
      const keys = keysFor(text);
      const doc = { text, tokens: keys.tokens, title: '', pay: parsePay(text, keys.tokens), aiEvaluator: false, english: true, words: docWords(keys.index), askedFor: 0 };
      const inPass = new Set(findSignals(redFlagRules, doc).map((h) => h.id));
      for (const rule of covered) {
        const alone = findSignals([rule], doc).length > 0;
        expect(inPass.has(rule.id), `${rule.id} on "${text.slice(0, 80)}…"`).toBe(alone);
        if (alone) fired++;
      }
    }
    expect(fired).toBeGreaterThan(0);
  }, 60_000);
  it('a pattern with leading words only ever matches where one of those words starts a token', () => {
    let checked = 0;
    // Each sentence's token starts, once: tokenizing them again for every pattern made this test
    // the slowest of the suite (over 5 s on a loaded machine).
    const tokenStarts = sentences.map((text) => {
      const t = tokenize(text);
      const starts = new Map<number, number>();
      for (let i = 0; i < t.count; i++) starts.set(t.start[i]!, t.ids[i]!);
      return { text, starts };
    });
    for (const rule of rules) {
      // A check's cue regexes (implausible pay) are tried at their leading words the same way.
      const cues = Array.isArray(rule.params.cues) ? rule.params.cues.filter((c): c is string => typeof c === 'string') : [];
      for (const source of [...rule.patterns, ...cues]) {
        const lead = leadingWords(source);
        if (!lead) continue;
        registerWordSet(lead);
        const re = new RegExp(source, 'giu');
        for (const { text, starts } of tokenStarts) {
          for (const m of text.matchAll(re)) {
            const id = starts.get(m.index);
            expect(id !== undefined && tokenInSet(lead, id), `${rule.id}: /${source}/ matched "${m[0]}" in "${text}"`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Every pattern against every example sentence: seconds of work, more on a loaded machine.
  }, 60_000);

  it('matchers scanned together find exactly what each finds alone', () => {
    const matchers = [builtInVocabulary().matcher, cueMatcher(), evaluatorTextMatcher()];
    const text = sentences.join('\n');
    const alone = matchers.map((m) => m.scan(keysFor(text)));
    const keys = keysFor(text);
    scanTogether(matchers, keys);
    matchers.forEach((m, k) => expect(m.scan(keys)).toEqual(alone[k]));
    expect(alone[0]!.length).toBeGreaterThan(100);
  });

  it('pay found around digits is the pay a whole-text scan finds, wherever it sits', () => {
    const filler = 'Our team of 25 reviewers works across 3 time zones since 2019; see section 4.2 for details. ';
    for (const line of ['Pay: $25-$40 per hour.', 'Compensation 30 USD/hour', 'up to €3,500 a month', 'Salary ₹45,000 per month']) {
      const alone = parsePay(line)!;
      expect(alone).not.toBeNull();
      for (const before of [0, 1, 7, 30]) {
        const prefix = filler.repeat(before);
        const text = `${prefix}${line} ${filler.repeat(3)}`;
        const found = parsePay(text)!;
        expect({ ...found, evidence: undefined }).toEqual({ ...alone, evidence: undefined });
        expect(found.evidence!.start).toBe(prefix.length + alone.evidence!.start);
      }
    }
  });

  it("the tokenizer's notes are what searches of the text find, and what reads them finds the same", () => {
    // Texts with the characters the notes are about: '.NET', 'C++', 'C#', digits in and out of
    // words, fullwidth digits (a folded digit the text lacks), 'ſ', the Kelvin sign, an emoji, a lone
    // surrogate, hosts and periods, amounts.
    const odd = [
      'Skills: .NET, C++ and C# (or F#); Node.js 18; see www.example.com or dataannotation.tech.',
      'Pay: US$25-$30/hr, ５０ EUR a day, Rs. 400 per task; ſome Kelvin \u212a text 😀 and a lone \ud800 half.',
      'A.B.C. 1.5x, 3.5.2, e.g. x.y, .5, ..., a..b, 2024.',
      'Build tools.**Minimum Qualifications** + Python. RequirementsSQL: yes, a×÷Benefits Weekly pay.About AcmeAcme is ÀpropósÉtudes',
      'No digits, no dots and nothing odd here',
    ].map((t) => JSON.parse(`"${t}"`) as string);
    let checked = 0;
    for (const text of [...sentences, ...odd]) {
      const tokens = tokenize(text);
      const bare = { ...tokens, odd: undefined, digits: undefined, periods: undefined, plain: undefined, humps: undefined };
      const words = docWords(new WordIndex(tokens));
      const noted = sourceOf(text, tokens, words);
      const searched = sourceOf(text, bare, words);
      expect(oddTokens(noted), text).toEqual(oddTokens(searched));
      expect(digitTokens(noted), text).toEqual(digitTokens(searched));
      expect(noted.plain, text).toBe(plainText(text));
      expect(payStretches(text, tokens), text).toEqual(payStretches(text));
      expect(parsePay(text, tokens), text).toEqual(parsePay(text));
      expect(inlineHeadings(text, 0, text.length, anyHeading, [], tokens.humps), text).toEqual(inlineHeadings(text, 0, text.length, anyHeading, [], bare.humps));
      const viaPeriods = hostsIn(text, tokens).map((h) => h.host);
      hostsIn('');
      expect(viaPeriods, text).toEqual(hostsIn(text).map((h) => h.host));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('self-descriptions found with the tokens are those found without them', () => {
    const own = ["We're a global leader in tax software. At Acme, we build tools. Our clients include banks.", 'we’re hiring. Our mission is data. at home we help. Ours is a team. Atlas serves. We are looking for you.'];
    let found = 0;
    for (const text of [...own, sentences.join(' '), sentences.join('\n')]) {
      const t = tokenize(text);
      const withTokens = selfDescriptionSentences(text, t.sentenceStart, t.sentenceStart.length, t);
      expect([...withTokens]).toEqual([...selfDescriptionSentences(text, t.sentenceStart, t.sentenceStart.length)]);
      found += withTokens.size;
    }
    expect(found).toBeGreaterThan(3);
  });

  it('an analysis does not depend on what was analysed before it', () => {
    const posting = { title: 'AI Trainer — Legal (Contract)', text: 'Review and rate AI answers to legal questions. JD and bar admission required. $60/hr. Apply on our Greenhouse page; we never charge fees. Work for OpenAI from home!' };
    const first = analyzePosting(posting);
    for (const text of sentences.slice(0, 300)) analyzePosting({ text, title: text.slice(0, 40) });
    expect(analyzePosting(posting)).toEqual(first);
  });
  it('an analysis reads the same whatever spaces and line breaks the text is written with', () => {
    // Pages copied from the web keep no-break spaces; files saved on Windows have CRLF line ends.
    const dir = new URL('../fixtures/postings/', import.meta.url);
    const texts = readdirSync(dir).map((name) => readFileSync(new URL(name, dir), 'utf8'));
    const gist = (text: string) => {
      const a = analyzePosting({ text });
      return { match: a.aiEvaluator.match, score: a.aiEvaluator.score, risk: a.risk.level, flags: a.redFlags.map((f) => f.id), healthy: a.healthySignals.map((h) => h.id), keywords: a.keywords.map((k) => `${k.id}:${k.importance}`) };
    };
    expect(texts.length).toBeGreaterThan(2);
    for (const text of texts) {
      const plain = gist(text);
      expect(gist(text.replace(/\n/g, '\r\n'))).toEqual(plain);
      expect(gist(text.replace(/ /g, '\u00a0'))).toEqual(plain);
    }
  });
});
