import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_PROFILE_VERSION,
  emptyProfile,
  emptyResume,
  FLOOR_CURRENCIES,
  parseExport,
  parseProfileRecord,
  profileV2Schema,
  toExport,
  toMatchProfile,
} from '../../src/schema/profile.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/profile/${name}`, 'utf8'));

describe('profile v1 → v2 migration', () => {
  const parsed = parseProfileRecord(fixture('v1-finance.json'));
  if (!parsed.ok) throw new Error(parsed.error);
  const { profile, resume, migratedFrom } = parsed;

  it('reports the version it migrated from and yields a valid current record', () => {
    expect(migratedFrom).toBe(1);
    expect(profile.schemaVersion).toBe(CURRENT_PROFILE_VERSION);
    expect(profileV2Schema.safeParse(profile).success).toBe(true);
  });

  it('keeps every domain, tool and skill', () => {
    expect(profile.domains).toEqual([
      { id: 'finance', years: null },
      { id: 'accounting', years: null },
    ]);
    expect(profile.tools).toEqual(['excel', 'sql', 'Google Sheets']);
    expect(profile.evaluatorSkills).toEqual(['fact-checking', 'rubric-scoring']);
  });

  it('splits language levels out of the v1 free text without guessing missing ones', () => {
    expect(profile.languages).toEqual([
      { name: 'English', level: 'native' },
      { name: 'Spanish', level: 'fluent' },
      { name: 'Portuguese', level: null },
    ]);
  });

  it('moves the inline resume into its own record, byte for byte', () => {
    const v1 = fixture('v1-finance.json') as { resume: string };
    expect(resume?.text).toBe(v1.resume);
  });

  it('turns comma-separated synonyms into a list and keeps pay floor and work format', () => {
    expect(profile.customKeywords).toEqual([{ term: 'FP&A', synonyms: ['financial planning and analysis', 'financial planning'] }]);
    expect(profile.hourlyFloor).toEqual({ amount: 45, currency: 'USD' });
    expect(profile.workFormat.remote).toBe(true);
    expect(profile.hoursPerWeek).toBe(10);
    expect(profile.onboarded).toBe(true);
  });

  it('keeps valid sites as origins and drops only what is not an https origin', () => {
    expect(profile.extraSites).toEqual(['https://jobs.example.com']);
  });
});

describe('reading records', () => {
  it('accepts the current version unchanged', () => {
    const parsed = parseProfileRecord(fixture('v2-finance.json'), emptyResume());
    expect(parsed.ok && parsed.migratedFrom).toBe(null);
    expect(parsed.ok && parsed.profile.domains[0]).toEqual({ id: 'finance', years: 8 });
  });

  it('names the damaged field of a broken record', () => {
    const broken = { ...(fixture('v2-finance.json') as object), hoursPerWeek: 'ten' };
    const parsed = parseProfileRecord(broken);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/hoursPerWeek/);
  });

  it('refuses a record from a newer version with an explanation', () => {
    const parsed = parseProfileRecord({ schemaVersion: 99 });
    expect(!parsed.ok && parsed.error).toMatch(/newer Evalscout/);
  });

  it('refuses a record with no version', () => {
    expect(parseProfileRecord({ domains: [] }).ok).toBe(false);
    expect(parseProfileRecord(null).ok).toBe(false);
  });

  it('keeps an hourly floor in a currency counted in thousands (rupiah, won)', () => {
    const record = { ...(fixture('v2-finance.json') as object), hourlyFloor: { amount: 75_000, currency: 'IDR' } };
    const parsed = parseProfileRecord(record);
    expect(parsed.ok && parsed.profile.hourlyFloor).toEqual({ amount: 75_000, currency: 'IDR' });
    expect(FLOOR_CURRENCIES).toContain('IDR');
    expect(profileV2Schema.safeParse({ ...(fixture('v2-finance.json') as object), hourlyFloor: { amount: 20_000_000, currency: 'VND' } }).success).toBe(false);
  });

  it('rejects a damaged resume record next to a good profile', () => {
    const parsed = parseProfileRecord(fixture('v2-finance.json'), { schemaVersion: 1, text: 42 });
    expect(!parsed.ok && parsed.error).toMatch(/Resume is damaged/);
  });
});

describe('export files', () => {
  const profile = profileV2Schema.parse(fixture('v2-finance.json'));
  const resume = { ...emptyResume(), text: 'My resume' };

  it('round-trips a profile and its resume', () => {
    const parsed = parseExport(JSON.stringify(toExport(profile, resume)));
    expect(parsed).toEqual({ ok: true, profile, resume });
  });

  it('imports an export that holds a v1 profile by migrating it', () => {
    const parsed = parseExport(JSON.stringify({ format: 'evalscout-profile', profile: fixture('v1-finance.json') }));
    expect(parsed.ok && parsed.profile.schemaVersion).toBe(2);
    expect(parsed.ok && parsed.resume.text).toMatch(/Senior Financial Analyst/);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['some other JSON', '{"hello":1}', /not an Evalscout profile export/],
    ['a damaged profile', JSON.stringify({ format: 'evalscout-profile', profile: { schemaVersion: 2, domains: 'x' } }), /damaged.*Nothing was imported/],
  ])('explains why %s is refused', (_name, text, message) => {
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
});

describe('toMatchProfile', () => {
  it('lists every claimed term, work formats in posting words, resume and floor', () => {
    const profile = profileV2Schema.parse(fixture('v2-finance.json'));
    const mp = toMatchProfile(profile, { ...emptyResume(), text: 'Resume text' });
    expect(mp.keywords).toEqual(
      expect.arrayContaining(['finance', 'accounting', 'cpa', 'excel', 'fact-checking', 'English', 'remote', 'part-time', 'asynchronous', 'contract']),
    );
    expect(mp.resumeText).toBe('Resume text');
    expect(mp.hourlyFloor).toBe(45);
    expect(mp.customKeywords).toHaveLength(1);
  });

  it('says the stated language levels in postings\' words, and only those', () => {
    const profile = profileV2Schema.parse(fixture('v2-finance.json'));
    const withLevels = { ...profile, languages: [{ name: 'English', level: 'native' as const }, { name: 'Spanish', level: 'fluent' as const }] };
    expect(toMatchProfile(withLevels, null).keywords).toEqual(expect.arrayContaining(['fluency', 'native-speaker', 'bilingual']));
    const oneFluent = { ...profile, languages: [{ name: 'German', level: 'fluent' as const }, { name: 'French', level: 'basic' as const }] };
    const terms = toMatchProfile(oneFluent, null).keywords;
    expect(terms).toContain('fluency');
    expect(terms).not.toContain('native-speaker');
    expect(terms).not.toContain('bilingual');
    const noLevels = { ...profile, languages: [{ name: 'Italian', level: null }] };
    expect(toMatchProfile(noLevels, null).keywords).not.toContain('fluency');
  });

  it('leaves out an empty resume and an unset floor', () => {
    const mp = toMatchProfile(emptyProfile(), emptyResume());
    expect(mp.resumeText).toBeUndefined();
    expect(mp.hourlyFloor).toBeUndefined();
  });
});
