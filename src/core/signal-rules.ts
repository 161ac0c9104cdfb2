// Compiling signal rules (src/data) for the engine in signals.ts: regexes with and without 'u',
// the words each pattern needs and starts with, the trigger words as one set, and per rule list
// which rules a title's words can let match. Done once per rule and per list.
import type { SignalRule } from '../data/schema.ts';
import { digitReach } from './digit-reach.ts';
import { pinLexicon } from './lexicon.ts';
import { leadingWords, requiredWords, type WordFilter, type WordSet } from './pattern-words.ts';
import { plainRegex } from './plain-regex.ts';
import { foldToken } from './tokenize.ts';
import { filterSids, registerFilter, registerWordSet } from './word-sets.ts';

/** A rule's regexes: with 'u' (CompiledRule itself) or without it (CompiledRule.plain, plain-regex.ts). */
export interface RuleRegexes {
  patterns: RegExp[];
  stickies: (RegExp | null)[];
  unless: RegExp[];
  anywhere: RegExp[];
}

export interface CompiledRule {
  rule: SignalRule;
  triggers: string[];
  /** The trigger words as a registered set: whether any is in a posting is one read. */
  triggerSet: WordSet;
  patterns: RegExp[];
  /** Words each pattern needs (pattern-words.ts): spans without them skip the regex. */
  filters: WordFilter[];
  /** The same filters as set ids per branch (filterSids); null where a pattern has none. */
  sids: (Int32Array[] | null)[];
  /**
   * The same filters of all the rule's patterns in one array (sidsPassAt): per pattern at
   * sidsAt[p] (-1: no filter) its branch count, then per branch its length and set ids. The check
   * of every pattern of a triggered rule against the posting reads this one array instead of an
   * array and a typed array per pattern and branch, scattered in memory.
   */
  sidsAt: Int32Array;
  sidsFlat: Int32Array;
  /** Per pattern, the words a match starts with (null: unknown) and a sticky copy to try there. */
  leading: (WordSet | null)[];
  stickies: (RegExp | null)[];
  /** Per pattern: the longest match when every match has a digit (digit-reach.ts), else null. */
  digitReach: (number | null)[];
  /** Pattern indexes, those with a word filter first (absence rules stop at the first match). */
  absenceOrder: number[];
  unless: RegExp[];
  /** Patterns that cancel the rule wherever they occur (params.unlessAnywhere). */
  anywhere: RegExp[];
  /** The same regexes without 'u' where they are u-neutral, for texts where that matches the same. */
  plain: RuleRegexes | null;
  /**
   * params.caseSensitivePatterns of an absence rule: more patterns that count as present, matched in
   * exactly their letter case ("role at Modern Tribe" names an employer, "role at home" does not).
   */
  caseSensitive: RegExp[];
  /**
   * params.onlyIfAnywhere: what the text (or title) must say somewhere for the rule to matter: for an
   * absence rule that the text offers a job at all, for a pattern rule what its match is about (a
   * greeting is a stranger's job offer only where the message offers casual work); empty: no such condition.
   */
  requiredAnywhere: RegExp[];
  /** params.onlyIfTitle of an absence rule: the kind of job it is about, read from the title. */
  onlyIfTitle: RegExp | null;
  /** The words onlyIfTitle needs (filterSids), asked of the title's words before the regex runs; null: none known. */
  onlyIfTitleSids: Int32Array[] | null;
}

/**
 * params.caseSensitivePatterns as one regex: only whether any matches counts, and one scan of the
 * text for all of them costs about two thirds of one scan each (an anonymous posting runs them all).
 */
function caseSensitiveRegexes(patterns: unknown): RegExp[] {
  const sources = (Array.isArray(patterns) ? patterns : []).filter((p): p is string => typeof p === 'string');
  return sources.length === 0 ? [] : [new RegExp(sources.map((p) => `(?:${p})`).join('|'), 'u')];
}

const ruleCache = new WeakMap<SignalRule, CompiledRule | null>();
const indexCache = new WeakMap<readonly SignalRule[], RuleIndex>();

export interface RuleIndex {
  compiled: (CompiledRule | null)[];
  /**
   * For the title: per set id, the rules (indexes) some pattern of which needs a word of that
   * set in one branch of its filter. A title none of whose sets lists a rule cannot match it,
   * which rules most rules out of most titles in a few reads. Rules with a pattern that has no
   * filter are in `titleAlways`.
   */
  titleBySet: (number[] | undefined)[];
  titleAlways: number[];
  /**
   * Per rule, what decides whether it can match outside the title: the id of its trigger set (it
   * can when a trigger word is in the posting), GATE_TITLE_ONLY (never: title scope), or GATE_RUN
   * (always run it: triggerless, or not a pattern rule). One typed array read per rule and posting,
   * so the rules ruled out, most of them, cost no reads of their compiled objects.
   */
  gate: Int32Array;
}

export const GATE_RUN = -1;
export const GATE_TITLE_ONLY = -2;

function gateOf(c: CompiledRule | null): number {
  if (!c || c.rule.kind !== 'pattern') return GATE_RUN;
  if (c.rule.scope === 'title') return GATE_TITLE_ONLY;
  return c.triggers.length > 0 ? c.triggerSet.sid! : GATE_RUN;
}

function toRegex(source: string, global: boolean): RegExp {
  return new RegExp(source, global ? 'giu' : 'iu');
}

/** Compiles one rule; null when a pattern does not compile (the data tests catch that first). */
export function compileRule(rule: SignalRule): CompiledRule | null {
  const cached = ruleCache.get(rule);
  if (cached !== undefined) return cached;
  let compiled: CompiledRule | null;
  try {
    compiled = {
      rule,
      triggers: rule.triggers.map((t) => foldToken(t.trim())),
      triggerSet: { exact: new Set(rule.triggers.map((t) => foldToken(t.trim()))), prefixes: [] },
      patterns: rule.patterns.map((p) => toRegex(p, true)),
      filters: rule.patterns.map((p) => {
        const f = requiredWords(p);
        registerFilter(f);
        return f;
      }),
      leading: rule.patterns.map((p) => {
        const set = leadingWords(p);
        if (set) registerWordSet(set);
        return set;
      }),
      stickies: rule.patterns.map((p) => (leadingWords(p) ? new RegExp(p, 'iuy') : null)),
      digitReach: rule.patterns.map(digitReach),
      sids: [],
      sidsAt: new Int32Array(0),
      sidsFlat: new Int32Array(0),
      absenceOrder: [],
      unless: rule.unless.map((p) => toRegex(p, false)),
      anywhere: [],
      plain: null,
      caseSensitive: caseSensitiveRegexes(rule.params.caseSensitivePatterns),
      requiredAnywhere: (Array.isArray(rule.params.onlyIfAnywhere) ? rule.params.onlyIfAnywhere : []).filter((p): p is string => typeof p === 'string').map((p) => toRegex(p, false)),
      onlyIfTitle: typeof rule.params.onlyIfTitle === 'string' ? toRegex(rule.params.onlyIfTitle, false) : null,
      onlyIfTitleSids: null,
    };
    if (typeof rule.params.onlyIfTitle === 'string') {
      const f = requiredWords(rule.params.onlyIfTitle);
      compiled.onlyIfTitleSids = f && filterSids(f);
    }
    registerWordSet(compiled.triggerSet);
    compiled.sids = compiled.filters.map((f) => f && filterSids(f));
    const flat: number[] = [];
    compiled.sidsAt = Int32Array.from(compiled.sids, (branches) => {
      if (!branches) return -1;
      const at = flat.length;
      flat.push(branches.length);
      for (const sids of branches) flat.push(sids.length, ...sids);
      return at;
    });
    compiled.sidsFlat = Int32Array.from(flat);
    const filtered = compiled.filters.map((f, p) => (f ? p : -1)).filter((p) => p >= 0);
    compiled.absenceOrder = [...filtered, ...compiled.filters.map((f, p) => (f ? -1 : p)).filter((p) => p >= 0)];
    const ua = rule.params.unlessAnywhere;
    // true: every `unless` pattern cancels document-wide; a list: only those patterns do.
    const anywhereSources = Array.isArray(ua) ? ua.filter((x): x is string => typeof x === 'string') : [];
    if (ua === true) compiled.anywhere = compiled.unless;
    else if (Array.isArray(ua)) compiled.anywhere = anywhereSources.map((p) => toRegex(p, false));
    compiled.plain = plainRegexes(compiled, anywhereSources);
  } catch {
    compiled = null;
  }
  pinLexicon();
  ruleCache.set(rule, compiled);
  return compiled;
}

/** The rule's regexes without 'u' (same flags otherwise), or null when a source is not u-neutral. */
function plainRegexes(c: CompiledRule, anywhereSources: readonly string[]): RuleRegexes | null {
  const { rule } = c;
  // Per regex: a pattern that is not u-neutral (one written in Spanish, say) keeps its 'u' copy,
  // which matches the same on any text; the rule's other regexes still run without 'u'.
  const patterns = rule.patterns.map((p, k) => plainRegex(p, 'gi') ?? c.patterns[k]!);
  const stickies = rule.patterns.map((p, k) => (c.stickies[k] ? (plainRegex(p, 'iy') ?? c.stickies[k]) : null));
  const unless = rule.unless.map((p, k) => plainRegex(p, 'i') ?? c.unless[k]!);
  const anywhere = c.anywhere === c.unless ? unless : anywhereSources.map((p, k) => plainRegex(p, 'i') ?? c.anywhere[k]!);
  return { patterns, stickies, unless, anywhere };
}

export function indexRules(rules: readonly SignalRule[]): RuleIndex {
  const cached = indexCache.get(rules);
  if (cached) return cached;
  const compiled = rules.map(compileRule);
  const index: RuleIndex = { compiled, titleBySet: [], titleAlways: [], gate: Int32Array.from(compiled, gateOf) };
  compiled.forEach((c, r) => {
    if (!c || c.rule.kind === 'check' || c.rule.scope === 'text') return;
    if (c.filters.some((f) => !f)) {
      index.titleAlways.push(r);
      return;
    }
    for (const filter of c.filters) {
      for (const branch of filter!) {
        // Any set of the branch would do; the one with the fewest words is in the fewest titles.
        let best = branch[0]!;
        for (const set of branch) if (set.exact.size + set.prefixes.length < best.exact.size + best.prefixes.length) best = set;
        const list = (index.titleBySet[best.sid!] ??= []);
        if (!list.includes(r)) list.push(r);
      }
    }
  });
  indexCache.set(rules, index);
  return index;
}
