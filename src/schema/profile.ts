// The user's saved profile: versioned, validated on every read, migrated forward from every
// shape we ever shipped. Full zod is fine here: only the background and the options page load it.
//
// Storage layout (v2): the profile record and the resume live under separate storage.local keys,
// so editing a skill never rewrites a resume of many kilobytes. v1 kept the resume inline.
import { z } from 'zod';
import type { MatchProfile } from '../core/types.ts';

export const CURRENT_PROFILE_VERSION = 2;

const term = z.string().trim().min(1).max(200);
const shortList = z.array(term).max(500);

// ── v1: the first shipped shape ─────────────────────────────────────────────────────────────
export const profileV1Schema = z.object({
  schemaVersion: z.literal(1),
  domains: shortList,
  tools: shortList,
  skills: shortList,
  /** Free text such as "Spanish (fluent)". */
  languages: shortList,
  remoteOnly: z.boolean(),
  hoursPerWeek: z.number().min(0).max(168).nullable(),
  /** US dollars per hour. */
  minHourly: z.number().min(0).nullable(),
  resume: z.string(),
  /** Synonyms as one comma-separated string. */
  keywords: z.array(z.object({ term, synonyms: z.string() })),
  redFlags: shortList,
  sites: shortList,
});
export type ProfileV1 = z.infer<typeof profileV1Schema>;

// ── v2: current ─────────────────────────────────────────────────────────────────────────────
export const languageLevels = ['native', 'fluent', 'professional', 'conversational', 'basic'] as const;
export const languageLevel = z.enum(languageLevels);

export const domainEntrySchema = z.object({
  /** Taxonomy id (or free text the user typed). */
  id: term,
  years: z.number().min(0).max(70).nullable(),
});

export const customKeywordSchema = z.object({ term, synonyms: z.array(term).max(50) });

export const workFormatSchema = z.object({
  remote: z.boolean(),
  contract: z.boolean(),
  partTime: z.boolean(),
  asynchronous: z.boolean(),
});

/** An origin the user added as an extra job board: "https://jobs.example.com". */
export const siteOrigin = z
  .string()
  .regex(/^https:\/\/[a-z0-9.-]+(?::\d+)?$/i, 'an https origin such as https://jobs.example.com');

/** The most an hourly floor may be, in any currency. */
export const HOURLY_FLOOR_MAX = 10_000_000;
/** Currencies the pay floor can be set in: those the analyser reads pay in (src/core/pay.ts). */
export const FLOOR_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'PHP', 'IDR', 'MYR', 'SGD', 'VND', 'THB', 'KRW', 'JPY', 'CNY', 'TWD', 'HKD', 'CHF', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'RUB', 'UAH', 'ILS', 'AED', 'SAR', 'EGP', 'NGN', 'KES', 'ZAR', 'PKR', 'BDT', 'BRL', 'MXN', 'CLP'] as const;

export const profileV2Schema = z.object({
  schemaVersion: z.literal(2),
  domains: z.array(domainEntrySchema).max(50),
  credentials: shortList,
  tools: shortList,
  evaluatorSkills: shortList,
  languages: z.array(z.object({ name: term, level: languageLevel.nullable() })).max(50),
  workFormat: workFormatSchema,
  hoursPerWeek: z.number().min(0).max(168).nullable(),
  // Up to ten million: an hourly floor in rupiah, dong or won runs to five or six figures.
  hourlyFloor: z.object({ amount: z.number().min(0).max(HOURLY_FLOOR_MAX), currency: z.string().length(3) }).nullable(),
  customKeywords: z.array(customKeywordSchema).max(500),
  redFlagPhrases: shortList,
  extraSites: z.array(siteOrigin).max(100),
  /** Set once the first-run setup was completed. */
  onboarded: z.boolean(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof profileV2Schema>;

export const resumeRecordSchema = z.object({
  schemaVersion: z.literal(1),
  text: z.string().max(200_000),
  /** File name the text was imported from, if any. */
  fileName: z.string().nullable(),
  updatedAt: z.string(),
});
export type ResumeRecord = z.infer<typeof resumeRecordSchema>;

export function emptyProfile(now = new Date().toISOString()): Profile {
  return {
    schemaVersion: 2,
    domains: [],
    credentials: [],
    tools: [],
    evaluatorSkills: [],
    languages: [],
    workFormat: { remote: true, contract: false, partTime: false, asynchronous: false },
    hoursPerWeek: null,
    hourlyFloor: null,
    customKeywords: [],
    redFlagPhrases: [],
    extraSites: [],
    onboarded: false,
    updatedAt: now,
  };
}

export function emptyResume(now = new Date().toISOString()): ResumeRecord {
  return { schemaVersion: 1, text: '', fileName: null, updatedAt: now };
}

// ── migrations ──────────────────────────────────────────────────────────────────────────────

const LEVEL_IN_PARENS = /^(.*?)\s*[(,–-]\s*(native|fluent|professional|conversational|basic)\s*\)?\s*$/i;

function migrateLanguage(raw: string): Profile['languages'][number] {
  const m = LEVEL_IN_PARENS.exec(raw);
  if (m && m[1]) return { name: m[1].trim(), level: m[2]!.toLowerCase() as Profile['languages'][number]['level'] };
  // v1 had no level field; we don't guess one.
  return { name: raw.trim(), level: null };
}

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

export function migrateV1toV2(v1: ProfileV1, now = new Date().toISOString()): { profile: Profile; resume: ResumeRecord } {
  const sites = v1.sites.map((s) => s.trim().replace(/\/+$/, '')).filter((s) => siteOrigin.safeParse(s).success);
  return {
    profile: {
      schemaVersion: 2,
      domains: uniq(v1.domains).map((id) => ({ id, years: null })),
      credentials: [],
      tools: uniq(v1.tools),
      evaluatorSkills: uniq(v1.skills),
      languages: v1.languages.map(migrateLanguage),
      workFormat: { remote: v1.remoteOnly, contract: false, partTime: false, asynchronous: false },
      hoursPerWeek: v1.hoursPerWeek,
      hourlyFloor: v1.minHourly === null ? null : { amount: v1.minHourly, currency: 'USD' },
      customKeywords: v1.keywords.map((k) => ({
        term: k.term,
        synonyms: uniq(k.synonyms.split(',').map((s) => s.trim()).filter(Boolean)),
      })),
      redFlagPhrases: uniq(v1.redFlags),
      extraSites: uniq(sites),
      // A v1 user already went through setup.
      onboarded: true,
      updatedAt: now,
    },
    resume: { schemaVersion: 1, text: v1.resume, fileName: null, updatedAt: now },
  };
}

export type ParsedProfile =
  | { ok: true; profile: Profile; resume: ResumeRecord | null; migratedFrom: number | null }
  | { ok: false; error: string };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'record'}: ${i.message}`)
    .join('; ');
}

/**
 * Any stored or imported profile record → the current shape. `resume` is the separately stored
 * resume record (v2 layout); a v1 record carries its resume inline and the migration splits it out.
 */
export function parseProfileRecord(raw: unknown, resumeRaw?: unknown): ParsedProfile {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const v1 = profileV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, error: `Profile (version 1) is damaged — ${describeIssues(v1.error)}` };
    const { profile, resume } = migrateV1toV2(v1.data);
    return { ok: true, profile, resume, migratedFrom: 1 };
  }
  if (version === 2) {
    const v2 = profileV2Schema.safeParse(raw);
    if (!v2.success) return { ok: false, error: `Profile is damaged — ${describeIssues(v2.error)}` };
    let resume: ResumeRecord | null = null;
    if (resumeRaw !== undefined && resumeRaw !== null) {
      const r = resumeRecordSchema.safeParse(resumeRaw);
      if (!r.success) return { ok: false, error: `Resume is damaged — ${describeIssues(r.error)}` };
      resume = r.data;
    }
    return { ok: true, profile: v2.data, resume, migratedFrom: null };
  }
  if (typeof version === 'number' && version > CURRENT_PROFILE_VERSION) {
    return { ok: false, error: `Profile was saved by a newer Evalscout (format ${version}); update the extension to read it.` };
  }
  return { ok: false, error: 'Not an Evalscout profile: no known schemaVersion.' };
}

// ── export / import file ────────────────────────────────────────────────────────────────────

export const EXPORT_FORMAT = 'evalscout-profile';

export interface ProfileExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  profile: Profile;
  resume: ResumeRecord;
}

export function toExport(profile: Profile, resume: ResumeRecord, now = new Date().toISOString()): ProfileExport {
  return { format: EXPORT_FORMAT, exportedAt: now, profile, resume };
}

/** Parse an export file's text. Never throws; a bad file yields a message and no data. */
export function parseExport(text: string): { ok: true; profile: Profile; resume: ResumeRecord } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not an Evalscout profile export, so nothing was imported.' };
  }
  const file = json as { profile?: unknown; resume?: unknown };
  const parsed = parseProfileRecord(file.profile, file.resume);
  if (!parsed.ok) return { ok: false, error: `${parsed.error}. Nothing was imported.` };
  return { ok: true, profile: parsed.profile, resume: parsed.resume ?? emptyResume() };
}

// ── projection the core matches against ────────────────────────────────────────────────────

export function toMatchProfile(profile: Profile, resume: ResumeRecord | null): MatchProfile {
  const keywords = uniq([
    ...profile.domains.map((d) => d.id),
    ...profile.credentials,
    ...profile.tools,
    ...profile.evaluatorSkills,
    ...profile.languages.map((l) => l.name),
    ...languageLevelTerms(profile.languages),
    ...workFormatTerms(profile.workFormat),
  ]);
  const out: MatchProfile = { keywords, customKeywords: profile.customKeywords };
  if (resume && resume.text.trim()) out.resumeText = resume.text;
  if (profile.hourlyFloor) out.hourlyFloor = profile.hourlyFloor.amount;
  return out;
}

/**
 * What the user's stated language levels say in postings' words: a native or fluent language is
 * "fluency", a native one "native speaker", two at fluent or better "bilingual". Derived from the
 * levels the user set, never guessed from the language names.
 */
export function languageLevelTerms(languages: Profile['languages']): string[] {
  const native = languages.filter((l) => l.level === 'native').length;
  const fluentOrBetter = languages.filter((l) => l.level === 'native' || l.level === 'fluent').length;
  const out: string[] = [];
  if (fluentOrBetter > 0) out.push('fluency');
  if (native > 0) out.push('native-speaker');
  if (fluentOrBetter >= 2) out.push('bilingual');
  return out;
}

/** The work formats the user accepts, in the words postings use. */
export function workFormatTerms(wf: Profile['workFormat']): string[] {
  const out: string[] = [];
  if (wf.remote) out.push('remote');
  if (wf.contract) out.push('contract');
  if (wf.partTime) out.push('part-time');
  if (wf.asynchronous) out.push('asynchronous');
  return out;
}
