// One posting hiring for every kind of job at once.
import type { SignalRule } from '../../data/schema.ts';
import { escapeRegex } from '../ids.ts';
import { regexFor } from '../plain-regex.ts';
import { internWord, pinLexicon, wordOf } from '../lexicon.ts';
import type { WordSet } from '../pattern-words.ts';
import { MAX_EVIDENCE, MAX_TITLE, pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { registerWordSet, slotsOf, type DocWords } from '../word-sets.ts';
import { num, perRule, strings } from './params.ts';

interface RoleIndex {
  re: RegExp;
  minRoles: number;
  minGroups: number;
  anchors: Set<string>;
  minAnchorRoles: number;
  /** Lower-cased role word → its trade. */
  group: Map<string, string>;
  byFirstWord: Map<number, string[]>;
  /** The same first words as a registered word set: a posting's index lists which it has. */
  firstWords: WordSet;
}


/** Each role's first word, with its plural spellings, as lexicon ids → the roles it may start. */
function rolesByFirstWord(roles: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const role of roles) {
    const first = role.split(/\s+/u)[0]!;
    const words = role.includes(' ') ? [first] : [first, `${first}s`, `${first}es`];
    for (const w of words) {
      const id = internWord(w);
      const list = out.get(id);
      if (list) list.push(role);
      else out.set(id, [role]);
    }
  }
  pinLexicon();
  return out;
}

/** At least possibleRoles, without listing them: the roles of each first word the text has, added up. */
function possibleRolesBound(idx: RoleIndex, words: DocWords): number {
  let bound = 0;
  for (const d of slotsOf(idx.firstWords, words)) bound += idx.byFirstWord.get(words.index.ids[d]!)?.length ?? 0;
  return bound;
}

/** How many roles the text could name at most: those whose first word it contains. */
function possibleRoles(idx: RoleIndex, words: DocWords): number {
  const slots = slotsOf(idx.firstWords, words);
  const roles = new Set<string>();
  for (const d of slots) for (const r of idx.byFirstWord.get(words.index.ids[d]!) ?? []) roles.add(r);
  return roles.size;
}

const roleIndex = perRule((rule): RoleIndex | null => {
  const groups = rule.params.groups;
  if (!groups || typeof groups !== 'object' || Array.isArray(groups)) return null;
  const group = new Map<string, string>();
  for (const [name, roles] of Object.entries(groups as Record<string, unknown>)) for (const r of strings(roles)) group.set(r.toLowerCase(), name);
  // Longest first, so "security guard" wins over a shorter role inside it.
  const alts = [...group.keys()].sort((a, b) => b.length - a.length).map((r) => escapeRegex(r).replace(/ /gu, '\\s'));
  if (alts.length === 0) return null;
  const byFirstWord = rolesByFirstWord([...group.keys()]);
  const firstWords: WordSet = { exact: new Set([...byFirstWord.keys()].map(wordOf)), prefixes: [] };
  registerWordSet(firstWords);
  return {
    // Plurals count as the same role ("nurses" is "nurse").
    re: new RegExp(`\\b(${alts.join('|')})(?:e?s)?\\b`, 'giu'),
    minRoles: num(rule.params.minRoles, 8),
    minGroups: num(rule.params.minGroups, 4),
    anchors: new Set(strings(rule.params.anchorGroups)),
    minAnchorRoles: num(rule.params.minAnchorRoles, 0),
    group,
    byFirstWord,
    firstWords,
  };
});

/**
 * A catch-all vacancy list: roles from many unrelated trades in one posting (cook, nurse,
 * electrician, cashier, teacher…). One employer hiring for everything at once is the shape of
 * fake hotel, cruise-ship and overseas job offers; a real posting is for one job or a few close
 * ones. Fires at `params.minRoles` distinct roles spread over `params.minGroups` trades, of
 * which at least `params.minAnchorRoles` come from `params.anchorGroups` (the service and manual
 * trades these offers bait with; a call for doctors, lawyers and accountants to review AI answers
 * lists professions, not kitchen and cleaning staff).
 */
export function catchAllVacancies(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const idx = roleIndex(rule);
  if (!idx) return null;
  const { minRoles, minGroups, minAnchorRoles } = idx;
  const found: Found = { roles: new Set(), anchorRoles: 0, firstOfGroup: new Map() };
  const { roles, firstOfGroup } = found;
  // Most titles hold no word a role starts with, which their word index tells without reading them.
  if (!doc.titleWords || possibleRolesBound(idx, doc.titleWords) > 0) scanRoles(idx, doc.title.slice(0, MAX_TITLE), -1, found);
  // Most postings name a role or two: their word index shows the text can't reach the count.
  if (doc.words && (roles.size + possibleRolesBound(idx, doc.words) < minRoles || roles.size + possibleRoles(idx, doc.words) < minRoles)) return null;
  scanRoles(idx, doc.text, 0, found, doc.tokens.plain);
  if (roles.size < minRoles || firstOfGroup.size < minGroups || found.anchorRoles < minAnchorRoles) return null;
  const out: Evidence[] = [];
  for (const { start, text } of firstOfGroup.values()) if (out.length < MAX_EVIDENCE) pushEvidence(out, start, text);
  return out;
}

/** The distinct roles named so far, how many of them are in anchor trades, and each trade's first mention. */
interface Found {
  roles: Set<string>;
  anchorRoles: number;
  firstOfGroup: Map<string, { start: number; text: string }>;
}

/** Adds the roles named in `text` (evidence at `base` + their index, -1 for the title) to `found`. `plain`: see regexFor. */
function scanRoles(idx: RoleIndex, text: string, base: number, found: Found, plain?: boolean): void {
  const re = regexFor(idx.re, text, plain);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const key = m[1]!.toLowerCase().replace(/\s+/gu, ' ');
    const g = idx.group.get(key);
    if (!g || found.roles.has(key)) continue;
    found.roles.add(key);
    if (idx.anchors.has(g)) found.anchorRoles++;
    if (!found.firstOfGroup.has(g)) found.firstOfGroup.set(g, { start: base < 0 ? -1 : base + m.index, text: m[0] });
  }
}
