// Structural checks on the keyword taxonomy: valid, unique, internally consistent, and covering
// the ambiguous terms the matcher must tell apart.
import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { keywordCategory, taxonomyEntrySchema } from '../../src/data/schema.ts';
import { taxonomy, taxonomyById, taxonomyInput } from '../../src/data/taxonomy/index.ts';
import { foldToken, tokenize } from '../../src/core/tokenize.ts';

/** Token keys of an alias as the matcher sees it (folded, and stemmed when the entry stems). */
function keysOf(alias: string, stem: boolean): string {
  const t = tokenize(alias);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const f = foldToken(alias.slice(t.start[i], t.end[i]));
    out.push(stem && f.length > 3 && !/\d/.test(f) ? stemmer(f) : f);
  }
  return out.join(' ');
}

const matchedAliases = (e: (typeof taxonomy)[number]) =>
  e.caseSensitive.includes(e.label) ? e.aliases : [e.label, ...e.aliases];

describe('taxonomy', () => {
  it('parses every entry through the schema', () => {
    for (const input of taxonomyInput) {
      const r = taxonomyEntrySchema.safeParse(input);
      expect(r.success, `entry ${input.id}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
  });

  it('has at least 400 entries and every category', () => {
    expect(taxonomy.length).toBeGreaterThanOrEqual(400);
    for (const c of keywordCategory.options) {
      expect(taxonomy.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(20);
    }
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    for (const e of taxonomy) {
      expect(seen.has(e.id), e.id).toBe(false);
      seen.add(e.id);
    }
    expect(taxonomyById.size).toBe(taxonomy.length);
  });

  it('gives no alias to two entries, counting what stemming merges', () => {
    // Folded key → owner, and stemmed key → owner (for stemming entries, plus what a non-stemming
    // alias's exact text would stem to, since a stemming entry would match that text too).
    const folded = new Map<string, string>();
    const stemmed = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of taxonomy) {
      for (const alias of matchedAliases(e)) {
        const f = keysOf(alias, false);
        const owner = folded.get(f);
        if (owner && owner !== e.id) clashes.push(`"${alias}" in ${owner} and ${e.id}`);
        folded.set(f, e.id);
      }
    }
    for (const e of taxonomy.filter((x) => x.stem)) {
      for (const alias of matchedAliases(e)) {
        const s = keysOf(alias, true);
        const owner = stemmed.get(s);
        if (owner && owner !== e.id) clashes.push(`"${alias}" (stem ${s}) in ${owner} and ${e.id}`);
        stemmed.set(s, e.id);
      }
    }
    for (const e of taxonomy.filter((x) => !x.stem)) {
      for (const alias of matchedAliases(e)) {
        const owner = stemmed.get(keysOf(alias, true));
        if (owner && owner !== e.id) clashes.push(`"${alias}" (text stems like an alias of ${owner}) in ${e.id}`);
      }
    }
    const exact = new Map<string, string>();
    for (const e of taxonomy) {
      for (const alias of e.caseSensitive) {
        const owner = exact.get(alias);
        if (owner && owner !== e.id) clashes.push(`case-sensitive "${alias}" in ${owner} and ${e.id}`);
        exact.set(alias, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('does not list a case-sensitive alias among the ordinary ones', () => {
    for (const e of taxonomy) {
      for (const cs of e.caseSensitive) expect(e.aliases, `${e.id}: ${cs}`).not.toContain(cs);
    }
  });

  it('names only aliases of its own entry in guards.appliesTo, each in one guard group at most', () => {
    for (const e of taxonomy) {
      const own = new Set([e.label, ...e.aliases, ...e.caseSensitive]);
      const groups = e.guards === undefined ? [] : Array.isArray(e.guards) ? e.guards : [e.guards];
      const seen = new Set<string>();
      for (const g of groups) {
        for (const a of g.appliesTo ?? []) {
          expect(own.has(a), `${e.id}: appliesTo ${a}`).toBe(true);
          expect(seen.has(a), `${e.id}: ${a} in two guard groups`).toBe(false);
          seen.add(a);
        }
      }
      // Only the last group may leave appliesTo out (it guards the rest): an earlier one would hide those after it.
      groups.slice(0, -1).forEach((g, k) => expect(g.appliesTo, `${e.id}: guard group ${k} without appliesTo`).toBeDefined());
    }
  });

  it('refers only to existing ids in implies and typicalFor', () => {
    for (const e of taxonomy) {
      for (const id of e.implies) expect(taxonomyById.has(id), `${e.id} implies ${id}`).toBe(true);
      for (const id of e.typicalFor) {
        expect(taxonomyById.get(id)?.category, `${e.id} typicalFor ${id}`).toBe('domain');
      }
      expect(e.implies, e.id).not.toContain(e.id);
    }
  });

  it('keeps stemming off for every tool and language', () => {
    for (const e of taxonomy.filter((x) => x.category === 'tool' || x.category === 'language')) {
      expect(e.stem, e.id).toBe(false);
    }
  });

  it('fills typicalFor for tools and skills so onboarding can offer them', () => {
    for (const e of taxonomy.filter((x) => x.category === 'tool' || x.category === 'skill')) {
      expect(e.typicalFor.length, e.id).toBeGreaterThan(0);
    }
    const forFinance = taxonomy.filter((e) => e.typicalFor.includes('finance')).map((e) => e.id);
    expect(forFinance).toEqual(expect.arrayContaining(['excel', 'sql', 'financial-modeling']));
  });

  it('covers the ambiguous terms, guarded where they collide with plain words', () => {
    const caseOnly: [string, string][] = [
      ['r-language', 'R'], ['go-language', 'Go'], ['c-language', 'C'], ['swift', 'Swift'], ['rust', 'Rust'],
      ['ruby', 'Ruby'], ['sas', 'SAS'], ['epic-ehr', 'Epic'], ['microsoft-word', 'Word'], ['notion', 'Notion'],
      ['slack', 'Slack'], ['sap', 'SAP'], ['rn', 'RN'], ['jd', 'JD'], ['pa', 'PA'], ['do', 'DO'], ['md', 'MD'],
      ['np', 'NP'], ['cpa', 'CPA'], ['polish', 'Polish'], ['latin', 'Latin'],
    ];
    for (const [id, alias] of caseOnly) {
      const e = taxonomyById.get(id);
      expect(e, id).toBeDefined();
      expect(e!.caseSensitive, id).toContain(alias);
      expect(e!.aliases.map((a) => a.toLowerCase()), id).not.toContain(alias.toLowerCase());
      expect(e!.label.toLowerCase(), `${id} label must not be the bare word`).not.toBe(alias.toLowerCase());
    }
    for (const id of ['r-language', 'go-language', 'c-language', 'swift', 'rust', 'ruby', 'epic-ehr', 'microsoft-word', 'notion', 'slack', 'jd', 'pa', 'do', 'md', 'np']) {
      expect(taxonomyById.get(id)!.guards, id).toBeDefined();
    }
    for (const id of ['cpp', 'csharp', 'dotnet', 'excel', 'git', 'java', 'javascript', 'scala', 'stata', 'llm-law', 'generative-ai', 'spanish']) {
      expect(taxonomyById.has(id), id).toBe(true);
    }
    // "LLM" means a language model; the law degree needs its dotted or spelled-out form.
    const llmLaw = taxonomyById.get('llm-law')!;
    expect([...llmLaw.aliases, ...llmLaw.caseSensitive].map((a) => a.toLowerCase())).not.toContain('llm');
    expect(taxonomyById.get('generative-ai')!.caseSensitive).toContain('LLM');
    expect(taxonomyById.get('rn')!.implies).toContain('nursing');
  });
});
