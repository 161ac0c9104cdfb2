// A title that strings unrelated office jobs together ("CSR/Data Entry/Payroll/Bookkeeping").
import type { SignalRule } from '../../data/schema.ts';
import { plainText, regexFor } from '../plain-regex.ts';
import { MAX_TITLE, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { num, perRule, strings } from './params.ts';

interface Medley {
  families: RegExp[];
  min: number;
}

const medleyOf = perRule((rule): Medley | null => {
  const families = rule.params.families;
  if (!families || typeof families !== 'object' || Array.isArray(families)) return null;
  return { families: Object.values(families as Record<string, unknown>).map((f) => new RegExp(strings(f).join('|'), 'iu')), min: num(rule.params.minFamilies, 3) };
});

/**
 * The title names jobs from at least `params.minFamilies` of `params.families` (each a list of
 * regex sources for one kind of office job). The evidence is the title, which has no offset in the text.
 */
export function roleMedley(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const medley = medleyOf(rule);
  const title = doc.title.slice(0, MAX_TITLE).trim();
  if (!medley || title.length === 0) return null;
  const plain = plainText(title);
  const { families, min } = medley;
  let found = 0;
  for (let k = 0; k < families.length; k++) {
    if (regexFor(families[k]!, title, plain).test(title) && ++found >= min) return [{ start: -1, end: -1, text: title }];
    // Most titles name none of these jobs: stop once the kinds left cannot make up the number.
    if (found + families.length - k - 1 < min) return null;
  }
  return null;
}
