// Zod schemas for the knowledge the core runs on. Every entry carries examples that tests run,
// so a rule that stops matching its own examples fails the build, not a user.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const examples = z.object({
  positive: z.array(z.string().min(1)).min(1),
  negative: z.array(z.string().min(1)).min(1),
});

export const keywordCategory = z.enum(['domain', 'task', 'skill', 'tool', 'credential', 'language', 'work-format']);

export const termGuard = z
  .object({
    /** At least one of these words within `window` tokens of the hit. */
    requireNear: z.array(z.string().min(1)).optional(),
    /** None of these words within `window` tokens of the hit. */
    forbidNear: z.array(z.string().min(1)).optional(),
    window: z.number().int().min(1).max(40).default(10),
    /** The hit is dropped when the next word is one of these ("C" + "suite", "Go" + "to"). */
    notFollowedBy: z.array(z.string().min(1)).optional(),
    /** The hit is dropped when the previous word is one of these, or the words before it one of these phrases ("how to"). */
    notPrecededBy: z.array(z.string().min(1)).optional(),
    /** Which aliases the guards apply to; all when absent. */
    appliesTo: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** One guard for every alias, or several for different aliases (each alias takes the first whose appliesTo lists it). */
export const termGuards = z.union([termGuard, z.array(termGuard).min(1)]);

export const taxonomyEntrySchema = z
  .object({
    id,
    label: z.string().min(1),
    category: keywordCategory,
    /** Other ways postings write it. The label itself is always matched too. */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Aliases matched only in exactly this letter case ("R", "Go", "JD", "RN"). Must not also
     * be listed in `aliases`.
     */
    caseSensitive: z.array(z.string().min(1)).default([]),
    /** Stem words so "annotating" finds "annotation". Off for names that stemming breaks ("Excel"). */
    stem: z.boolean().default(true),
    /** One guard, or several for different aliases (each alias takes the first whose appliesTo lists it). */
    guards: termGuards.optional(),
    /** Broader terms this one implies (an "RN" is in "nursing"). */
    implies: z.array(id).default([]),
    /** Domain ids for which this tool/skill is typically offered during onboarding. */
    typicalFor: z.array(id).default([]),
    examples,
  })
  .strict();

export type TaxonomyEntry = z.output<typeof taxonomyEntrySchema>;
export type TaxonomyEntryInput = z.input<typeof taxonomyEntrySchema>;

export const severity = z.enum(['low', 'medium', 'high']);

/**
 * A red flag or a healthy signal. `kind` picks the matcher:
 * - pattern: one of `patterns` (regex sources, matched case-insensitively) inside a sentence
 *   that contains one of `triggers`, unless an `unless` pattern matches the same sentence.
 * - absence: fires when none of `patterns` occur anywhere in the posting (e.g. no pay stated).
 * - check: a named check implemented in the engine (`check` names it), with its parameters.
 */
export const signalRuleSchema = z
  .object({
    id,
    kind: z.enum(['pattern', 'absence', 'check']).default('pattern'),
    severity,
    title: z.string().min(1),
    explanation: z.string().min(20),
    /** Where to look. */
    scope: z.enum(['text', 'title', 'any']).default('any'),
    /** Lower-case words; only sentences containing one are tested (keeps the pass cheap). */
    triggers: z.array(z.string().min(1)).default([]),
    patterns: z.array(z.string().min(1)).default([]),
    unless: z.array(z.string().min(1)).default([]),
    check: z.string().optional(),
    params: z.record(z.string(), z.unknown()).default({}),
    /** Contribution to the risk (or health) score; defaults follow severity. */
    weight: z.number().min(0).max(100).optional(),
    /**
     * A pattern rule whose matches are this many different words or phrases (case aside) or more
     * is reported at this severity, title and explanation: one misspelling proves nothing, several
     * different ones say more.
     */
    escalate: z
      .object({ distinct: z.number().int().min(2), severity, title: z.string().min(1), explanation: z.string().min(20) })
      .strict()
      .optional(),
    examples,
  })
  .strict()
  .refine((r) => !r.escalate || r.kind === 'pattern', { message: 'only a pattern rule can escalate' });

export type SignalRule = z.output<typeof signalRuleSchema>;
export type SignalRuleInput = z.input<typeof signalRuleSchema>;
