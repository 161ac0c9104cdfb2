// Compare a posting's keywords with what the user has. Everything is compared by taxonomy id, so
// a synonym ("RLHF" vs "reinforcement learning from human feedback") is the same keyword and can
// never show up as missing. Ids are widened through `implies` (an RN covers "nursing").
import { customId, escapeRegex } from './ids.ts';
import type { Analysis, Importance, KeywordHit, MatchItem, MatchProfile, MatchResult } from './types.ts';

export interface MatchContext {
  /** Taxonomy ids a free-text term stands for ("Excel" → ["excel"]); usually extractKeywords. */
  resolve?: (term: string) => readonly string[];
  /** Broader ids an id directly implies (taxonomy `implies`); widened transitively here. */
  implies?: (id: string) => readonly string[];
  /** The posting's own text, searched for the user's custom keywords and their synonyms. */
  postingText?: string;
  /** The user's custom keywords as found in the posting by the extractor (ids `custom-…`). */
  postingCustomHits?: readonly KeywordHit[];
}

export const IMPORTANCE_WEIGHT: Record<Importance, number> = { required: 3, preferred: 2, mentioned: 1 };
const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };

function norm(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}


/** Whole-word, case- and accent-insensitive "does `text` say `phrase`". */
export function mentions(text: string, phrase: string): boolean {
  const p = norm(phrase);
  if (!p) return false;
  // Word edges that also work for "C++", "C#" and ".NET".
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegex(p).replace(/ /g, '\\s+')}(?=$|[^\\p{L}\\p{N}+#])`, 'u');
  return re.test(norm(text));
}

function widen(ids: Iterable<string>, implies: MatchContext['implies']): Set<string> {
  const out = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    if (implies) for (const next of implies(id)) if (!out.has(next)) queue.push(next);
  }
  return out;
}


/** One entry per id, at its strongest importance. */
function dedupe(hits: KeywordHit[]): KeywordHit[] {
  const byId = new Map<string, KeywordHit>();
  for (const h of hits) {
    const seen = byId.get(h.id);
    if (!seen || RANK[h.importance] < RANK[seen.importance]) byId.set(h.id, seen ? { ...h, evidence: [...seen.evidence, ...h.evidence] } : h);
  }
  return [...byId.values()];
}

export function matchProfile(
  analysis: Analysis,
  profile: MatchProfile,
  resumeKeywords: KeywordHit[],
  ctx: MatchContext = {},
): MatchResult {
  const resolve = ctx.resolve ?? (() => []);
  const resumeText = profile.resumeText ?? '';
  const custom = profile.customKeywords ?? [];

  // What the user claims: ids as given, and whatever free text resolves to.
  const claimed = new Set<string>();
  const claimedText: string[] = [];
  for (const k of profile.keywords) {
    claimed.add(k);
    claimed.add(norm(k));
    claimedText.push(k);
    for (const id of resolve(k)) claimed.add(id);
  }
  for (const ck of custom) {
    claimed.add(customId(ck.term));
    for (const variant of [ck.term, ...ck.synonyms]) {
      claimedText.push(variant);
      for (const id of resolve(variant)) claimed.add(id);
    }
  }
  const profileIds = widen(claimed, ctx.implies);
  const resumeIds = widen(
    resumeKeywords.map((k) => k.id),
    ctx.implies,
  );

  const matched: MatchItem[] = [];
  const missing: MatchItem[] = [];
  const postingHits = dedupe(analysis.keywords);
  const postingIds = new Set(postingHits.map((h) => h.id));

  for (const hit of postingHits) {
    const item: MatchItem = { id: hit.id, label: hit.label, category: hit.category, importance: hit.importance };
    // The posting's own wording on the resume counts even if extraction missed it there.
    // Short spellings ("R", "Go") are left to the id comparison: as bare text they match noise.
    const spelled = [hit.label, ...hit.evidence.map((e) => e.text)].filter((s) => s.trim().length >= 3);
    if (resumeIds.has(hit.id) || (resumeText && spelled.some((s) => mentions(resumeText, s)))) {
      matched.push({ ...item, source: 'resume' });
    } else if (profileIds.has(hit.id) || spelled.some((s) => claimedText.some((t) => norm(t) === norm(s)))) {
      matched.push({ ...item, source: 'profile' });
    } else if (hit.category !== 'work-format') {
      // An uncovered work format ("hourly pay", "weekly payments") describes the job, not a gap
      // in the candidate's resume: it is neither missing nor scored.
      missing.push(item);
    }
  }

  // Custom keywords the posting uses that the taxonomy didn't already count. The caller may pass
  // them pre-extracted (with importance); otherwise a whole-word search finds them.
  const customHits: { term: string; variants: string[]; importance: Importance }[] = [];
  for (const ck of custom) {
    const variants = [ck.term, ...ck.synonyms];
    const given = ctx.postingCustomHits?.find((h) => h.id === customId(ck.term));
    if (given) customHits.push({ term: ck.term, variants, importance: given.importance });
    else if (!ctx.postingCustomHits && ctx.postingText && variants.some((v) => mentions(ctx.postingText!, v))) {
      customHits.push({ term: ck.term, variants, importance: 'mentioned' });
    }
  }
  for (const { term, variants, importance } of customHits) {
    if (variants.some((v) => resolve(v).some((id) => postingIds.has(id)))) continue;
    const onResume = resumeIds.has(customId(term)) || (resumeText !== '' && variants.some((v) => mentions(resumeText, v)));
    matched.push({ id: customId(term), label: term, category: 'custom', importance, source: onResume ? 'resume' : 'profile' });
  }

  const byImportance = (a: MatchItem, b: MatchItem) => RANK[a.importance] - RANK[b.importance] || a.label.localeCompare(b.label);
  matched.sort(byImportance);
  missing.sort(byImportance);

  const weight = (items: MatchItem[]) => items.reduce((sum, i) => sum + IMPORTANCE_WEIGHT[i.importance], 0);
  const total = weight(matched) + weight(missing);
  const score = total === 0 ? 0 : Math.round((100 * weight(matched)) / total);
  const profileOnly = matched.filter((m) => m.source === 'profile').length;
  const explanation =
    total === 0
      ? 'No keywords found in this posting, so there is nothing to score.'
      : `Share of the posting's keywords you have, weighted required ×3, preferred ×2, mentioned ×1: ` +
        `${matched.length} of ${matched.length + missing.length} covered` +
        (profileOnly ? ` (${profileOnly} only in your profile, not on your resume).` : '.');

  return { score, explanation, matched, missing, suggestions: [] };
}

export { customId };
