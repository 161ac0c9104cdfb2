// Profile × posting → match result with resume suggestions. No browser API here: the background
// handler and the CLI (`--profile`) both call `matchPosting`.
import { extractKeywords } from './keywords.ts';
import { matchProfile, type MatchContext } from './match.ts';
import { suggestResumeEdits, type SuggestionProfile } from './suggestions.ts';
import type { Analysis, KeywordHit, MatchResult } from './types.ts';
import { taxonomyById } from '../data/taxonomy/index.ts';
import type { TaxonomyEntry } from '../data/schema.ts';
import { toMatchProfile, workFormatTerms, type Profile, type ResumeRecord } from '../schema/profile.ts';


function entry(id: string): TaxonomyEntry | undefined {
  return taxonomyById.get(id);
}

/** Display label of a taxonomy id, or the user's own text when it is not one. */
export function labelOf(idOrText: string): string {
  return entry(idOrText)?.label ?? idOrText;
}

const resolveCache = new Map<string, string[]>();

/** The taxonomy ids a free-text term stands for: the ids found in it, or the id itself. */
function resolve(term: string): string[] {
  if (entry(term)) return [term];
  let ids = resolveCache.get(term);
  if (!ids) {
    ids = extractKeywords(term).map((k) => k.id);
    if (resolveCache.size > 2000) resolveCache.clear();
    resolveCache.set(term, ids);
  }
  return ids;
}

export const taxonomyContext: Pick<MatchContext, 'resolve' | 'implies'> = {
  resolve,
  implies: (id) => entry(id)?.implies ?? [],
};

let resumeMemo: { text: string; custom: string; hits: KeywordHit[] } | null = null;

/** Keywords on the resume, the user's own keywords included (memoised: the resume rarely changes). */
export function resumeKeywords(text: string, custom: Profile['customKeywords']): KeywordHit[] {
  const key = JSON.stringify(custom);
  if (resumeMemo && resumeMemo.text === text && resumeMemo.custom === key) return resumeMemo.hits;
  const hits = text.trim() ? extractKeywords(text, { custom }) : [];
  resumeMemo = { text, custom: key, hits };
  return hits;
}

export function suggestionProfile(profile: Profile): SuggestionProfile {
  return {
    domains: profile.domains.map((d) => ({ label: labelOf(d.id), years: d.years })),
    credentials: profile.credentials.map(labelOf),
    tools: profile.tools.map(labelOf),
    evaluatorSkills: profile.evaluatorSkills.map(labelOf),
    languages: profile.languages.map((l) => ({ name: labelOf(l.name), level: l.level })),
    workFormat: workFormatTerms(profile.workFormat),
    hoursPerWeek: profile.hoursPerWeek,
  };
}

export function matchPosting(postingText: string, analysis: Analysis, profile: Profile, resume: ResumeRecord | null): MatchResult {
  const resumeText = resume?.text ?? '';
  const custom = profile.customKeywords;
  const postingCustomHits = custom.length ? extractKeywords(postingText, { custom }).filter((k) => k.category === 'custom') : [];
  const result = matchProfile(analysis, toMatchProfile(profile, resume), resumeKeywords(resumeText, custom), {
    ...taxonomyContext,
    postingText,
    postingCustomHits,
  });
  result.suggestions = suggestResumeEdits({
    profile: suggestionProfile(profile),
    resumeText,
    matched: result.matched,
    missing: result.missing,
  });
  return result;
}
