// Read-only views of the built-in taxonomy for the options page (which has no size target, so it
// imports the data directly instead of asking the background).
import type { KeywordCategory } from '../src/core/types.ts';
import type { TaxonomyEntry } from '../src/data/schema.ts';
import { taxonomy, taxonomyById } from '../src/data/taxonomy/index.ts';
import type { Profile } from '../src/schema/profile.ts';

export const CATEGORY_LABEL: Record<KeywordCategory, string> = {
  domain: 'Domains',
  task: 'Evaluation tasks',
  skill: 'Skills',
  tool: 'Tools',
  credential: 'Credentials',
  language: 'Languages',
  'work-format': 'Work format',
};

export function labelOf(id: string): string {
  return taxonomyById.get(id)?.label ?? id;
}

export function entriesOf(category: KeywordCategory): TaxonomyEntry[] {
  return taxonomy.filter((e) => e.category === category).sort((a, b) => a.label.localeCompare(b.label));
}

export function searchTaxonomy(query: string, category: KeywordCategory | 'all', limit = 60): TaxonomyEntry[] {
  const q = query.trim().toLowerCase();
  const pool = category === 'all' ? taxonomy : taxonomy.filter((e) => e.category === category);
  const hits = q
    ? pool.filter((e) => e.label.toLowerCase().includes(q) || e.id.includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q)))
    : pool;
  return [...hits].sort((a, b) => a.label.localeCompare(b.label)).slice(0, limit);
}

/** Which profile list a taxonomy entry goes into when the user adds it. */
export type ProfileList = 'domains' | 'tools' | 'evaluatorSkills' | 'credentials' | 'languages';

export function listFor(entry: { category: string }): ProfileList | null {
  switch (entry.category) {
    case 'domain':
      return 'domains';
    case 'tool':
      return 'tools';
    case 'skill':
    case 'task':
      return 'evaluatorSkills';
    case 'credential':
      return 'credentials';
    case 'language':
      return 'languages';
    default:
      return null;
  }
}

export function profileHas(profile: Profile, id: string): boolean {
  return (
    profile.domains.some((d) => d.id === id) ||
    profile.tools.includes(id) ||
    profile.evaluatorSkills.includes(id) ||
    profile.credentials.includes(id) ||
    profile.languages.some((l) => l.name === id)
  );
}

export function addToProfile(profile: Profile, entry: { id: string; category: string }): Profile {
  if (profileHas(profile, entry.id)) return profile;
  switch (listFor(entry)) {
    case 'domains':
      return { ...profile, domains: [...profile.domains, { id: entry.id, years: null }] };
    case 'tools':
      return { ...profile, tools: [...profile.tools, entry.id] };
    case 'evaluatorSkills':
      return { ...profile, evaluatorSkills: [...profile.evaluatorSkills, entry.id] };
    case 'credentials':
      return { ...profile, credentials: [...profile.credentials, entry.id] };
    case 'languages':
      return { ...profile, languages: [...profile.languages, { name: entry.id, level: null }] };
    default:
      return profile;
  }
}

export function removeFromProfile(profile: Profile, id: string): Profile {
  return {
    ...profile,
    domains: profile.domains.filter((d) => d.id !== id),
    tools: profile.tools.filter((t) => t !== id),
    evaluatorSkills: profile.evaluatorSkills.filter((t) => t !== id),
    credentials: profile.credentials.filter((t) => t !== id),
    languages: profile.languages.filter((l) => l.name !== id),
  };
}

/** Tools, skills and tasks the taxonomy marks as typical for any of these domains. */
export function typicalFor(domainIds: string[]): TaxonomyEntry[] {
  const wanted = new Set(domainIds);
  return taxonomy
    .filter((e) => (e.category === 'tool' || e.category === 'skill' || e.category === 'task') && e.typicalFor.some((d) => wanted.has(d)))
    .sort((a, b) => a.category.localeCompare(b.category) || a.label.localeCompare(b.label));
}
