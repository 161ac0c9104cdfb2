// The keyword taxonomy: every category file parsed once through the schema, so a malformed
// entry fails loudly at load time (naming the entry) instead of silently never matching.
import { taxonomyEntrySchema, type TaxonomyEntry, type TaxonomyEntryInput } from '../schema.ts';
import { credentials } from './credentials.ts';
import { domains } from './domains.ts';
import { languages } from './languages.ts';
import { skills } from './skills.ts';
import { tasks } from './tasks.ts';
import { tools } from './tools.ts';
import { workFormats } from './work-formats.ts';

export const taxonomyInput: readonly TaxonomyEntryInput[] = [
  ...domains,
  ...tasks,
  ...skills,
  ...tools,
  ...credentials,
  ...languages,
  ...workFormats,
];

function parseEntry(input: TaxonomyEntryInput, index: number): TaxonomyEntry {
  const result = taxonomyEntrySchema.safeParse(input);
  if (!result.success) {
    const id = typeof input?.id === 'string' ? input.id : `#${index}`;
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
    throw new Error(`Invalid taxonomy entry "${id}": ${issues}`);
  }
  return result.data;
}

export const taxonomy: TaxonomyEntry[] = taxonomyInput.map(parseEntry);

export const taxonomyById: Map<string, TaxonomyEntry> = new Map();
for (const entry of taxonomy) {
  if (taxonomyById.has(entry.id)) throw new Error(`Duplicate taxonomy id "${entry.id}"`);
  taxonomyById.set(entry.id, entry);
}
