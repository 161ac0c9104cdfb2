// --profile FILE for the CLI: the simple keyword profile of the core contract
// ({ keywords, resumeText?, customKeywords?, customRedFlags?, hourlyFloor? }).
import { readFileSync } from 'node:fs';
import type { AnalyzeOptions } from '../core/analyze.ts';
import { extractKeywords } from '../core/keywords.ts';
import { matchProfile } from '../core/match.ts';
import { taxonomyById } from '../data/taxonomy/index.ts';
import type { Analysis, MatchProfile, MatchResult, PostingInput } from '../core/types.ts';
import { UsageError } from './errors.ts';

export interface CliProfile {
  match: MatchProfile;
  analyzeOptions: AnalyzeOptions;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function parseCliProfile(json: unknown, name = 'profile'): CliProfile {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`${name}: expected a JSON object with a "keywords" array`);
  const p = json as Record<string, unknown>;
  if (!Array.isArray(p.keywords)) throw new UsageError(`${name}: "keywords" must be an array of taxonomy ids or terms`);
  const customKeywords = Array.isArray(p.customKeywords)
    ? p.customKeywords
        .filter((c): c is Record<string, unknown> => !!c && typeof c === 'object' && typeof (c as Record<string, unknown>).term === 'string')
        .map((c) => ({ term: c.term as string, synonyms: strings(c.synonyms) }))
    : [];
  const match: MatchProfile = {
    keywords: strings(p.keywords),
    resumeText: typeof p.resumeText === 'string' ? p.resumeText : undefined,
    customKeywords,
    hourlyFloor: typeof p.hourlyFloor === 'number' ? p.hourlyFloor : undefined,
  };
  return { match, analyzeOptions: { customKeywords, customRedFlags: strings(p.customRedFlags) } };
}

export function loadCliProfile(file: string): CliProfile {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read profile ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`profile ${file} is not valid JSON`);
  }
  return parseCliProfile(json, `profile ${file}`);
}

export function matchForCli(analysis: Analysis, posting: PostingInput, profile: CliProfile): MatchResult {
  const resumeKeywords = profile.match.resumeText ? extractKeywords(profile.match.resumeText, { custom: profile.match.customKeywords }) : [];
  return matchProfile(analysis, profile.match, resumeKeywords, {
    resolve: (term) => extractKeywords(term).map((k) => k.id),
    implies: (id) => taxonomyById.get(id)?.implies ?? [],
    postingText: posting.text,
  });
}
