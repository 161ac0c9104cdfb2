// --profile FILE for the CLI. Three shapes are accepted:
// - the options page's export file ({ format: "evalscout-profile", profile, resume }),
// - a stored profile record ({ schemaVersion, ... }, migrated like the extension does),
// - the simple keyword profile of the core contract
//   ({ keywords, resumeText?, customKeywords?, customRedFlags?, hourlyFloor? }).
// All become the extension's own Profile, so the CLI's match and suggestions are the popup's.
import { readFileSync } from 'node:fs';
import type { AnalyzeOptions } from '../core/analyze.ts';
import { extractKeywords } from '../core/keywords.ts';
import { matchPosting } from '../core/profile-match.ts';
import type { Analysis, MatchResult, PostingInput } from '../core/types.ts';
import { taxonomyById } from '../data/taxonomy/index.ts';
import { emptyProfile, emptyResume, EXPORT_FORMAT, parseExport, parseProfileRecord, type Profile, type ResumeRecord } from '../schema/profile.ts';
import { UsageError } from './errors.ts';

export interface CliProfile {
  profile: Profile;
  resume: ResumeRecord;
  analyzeOptions: AnalyzeOptions;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/** The simple keyword list, sorted into the profile's fields by each term's taxonomy category. */
function fromSimple(p: Record<string, unknown>, name: string): { profile: Profile; resume: ResumeRecord } {
  if (!Array.isArray(p.keywords)) throw new UsageError(`${name}: "keywords" must be an array of taxonomy ids or terms`);
  const profile = emptyProfile();
  profile.onboarded = true;
  profile.workFormat = { remote: false, contract: false, partTime: false, asynchronous: false };
  for (const term of strings(p.keywords)) {
    const ids = taxonomyById.has(term) ? [term] : extractKeywords(term).map((k) => k.id);
    if (ids.length === 0) {
      profile.customKeywords.push({ term, synonyms: [] });
      continue;
    }
    for (const id of ids) {
      const category = taxonomyById.get(id)!.category;
      if (category === 'domain') profile.domains.push({ id, years: null });
      else if (category === 'credential') profile.credentials.push(id);
      else if (category === 'tool') profile.tools.push(id);
      else if (category === 'language') profile.languages.push({ name: id, level: null });
      else if (category === 'work-format') {
        if (/remote|home/.test(id)) profile.workFormat.remote = true;
        else if (/contract|freelance/.test(id)) profile.workFormat.contract = true;
        else if (/part-time/.test(id)) profile.workFormat.partTime = true;
        else if (/async/.test(id)) profile.workFormat.asynchronous = true;
        else profile.evaluatorSkills.push(id);
      } else profile.evaluatorSkills.push(id);
    }
  }
  if (Array.isArray(p.customKeywords)) {
    for (const c of p.customKeywords) {
      if (c && typeof c === 'object' && typeof (c as Record<string, unknown>).term === 'string') {
        const r = c as Record<string, unknown>;
        profile.customKeywords.push({ term: r.term as string, synonyms: strings(r.synonyms) });
      }
    }
  }
  profile.redFlagPhrases = strings(p.customRedFlags);
  if (typeof p.hourlyFloor === 'number' && p.hourlyFloor >= 0) profile.hourlyFloor = { amount: p.hourlyFloor, currency: 'USD' };
  const resume = emptyResume();
  if (typeof p.resumeText === 'string') resume.text = p.resumeText;
  return { profile, resume };
}

export function parseCliProfile(text: string, name = 'profile'): CliProfile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${name} is not valid JSON`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`${name}: expected a JSON object`);
  const obj = json as Record<string, unknown>;
  let parsed: { profile: Profile; resume: ResumeRecord };
  if (obj.format === EXPORT_FORMAT) {
    const r = parseExport(text);
    if (!r.ok) throw new UsageError(`${name}: ${r.error}`);
    parsed = r;
  } else if ('schemaVersion' in obj) {
    const r = parseProfileRecord(obj, obj.resume);
    if (!r.ok) throw new UsageError(`${name}: ${r.error}`);
    parsed = { profile: r.profile, resume: r.resume ?? emptyResume() };
  } else {
    parsed = fromSimple(obj, name);
  }
  return {
    ...parsed,
    analyzeOptions: { customKeywords: parsed.profile.customKeywords, customRedFlags: parsed.profile.redFlagPhrases },
  };
}

export function loadCliProfile(file: string): CliProfile {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read profile ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  return parseCliProfile(raw, `profile ${file}`);
}

export function matchForCli(analysis: Analysis, posting: PostingInput, profile: CliProfile): MatchResult {
  return matchPosting(posting.text, analysis, profile.profile, profile.resume);
}
