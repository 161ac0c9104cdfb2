// The shape of one evaluator signal, checked with zod when the signals load (index.ts).
import { z } from 'zod';
import { termGuards } from '../schema.ts';

const words = z.array(z.string().min(1));

export const evaluatorSignalSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    label: z.string().min(1),
    weight: z.number().min(-10).max(10),
    scope: z.enum(['title', 'text']).default('text'),
    /** phrase: any of `phrases`. pair: a `left` and a `right` term within `window` tokens in one sentence, and a `context` term in that sentence when given. */
    kind: z.enum(['phrase', 'pair']),
    phrases: words.default([]),
    caseSensitive: words.default([]),
    /** Stem words ("evaluating" finds "evaluate"); off for names. */
    stem: z.boolean().default(true),
    /**
     * A pair's right terms as written, not stemmed: nouns that are verbs too ("prompt") would
     * otherwise take the verb's forms ("zero-shot prompting" is a technique, not a prompt).
     */
    rightExact: z.boolean().default(false),
    left: words.default([]),
    right: words.default([]),
    context: words.default([]),
    window: z.number().int().min(1).max(30).default(8),
    /**
     * A pair whose right term comes first does not count when one of these words stands between
     * the two: "investing in large language models to improve translation" uses the model, it does
     * not improve it.
     */
    objectFirstUnless: words.default([]),
    /**
     * Guards on the left terms of a pair (the taxonomy's guards): "experts" of "Mixture-of-Experts"
     * is a model architecture, not people.
     */
    leftGuards: termGuards.optional(),
    /** Guards on a phrase signal's phrases: the vendor "Turing" is not the "Alan Turing Institute". */
    phraseGuards: termGuards.optional(),
    /** Guards on the right terms of a pair: "AI" of "AI-driven projects" is a modifier, not what is trained. */
    rightGuards: termGuards.optional(),
    /**
     * Names the rater's own work (rating, labelling, writing prompts and answers, red-teaming): the
     * body shows rater work with it, whatever the title says.
     */
    raterTask: z.boolean().default(false),
    /**
     * Says the gig is the client's own AI project (building a chatbot, wiring AI into a product): on a
     * freelance marketplace, where clients hire people to build and "train" their own bots, no rater
     * signal can then be the strong signal a match needs (evaluator.ts).
     */
    clientProject: z.boolean().default(false),
    /**
     * A title signal that counts only when the posting's employer is named by the phrases of the
     * signal with this id. Its examples are written "Title @ Employer".
     */
    employer: z.string().optional(),
    /**
     * A title signal that does not count when the posting's employer is named by the phrases of the
     * signal with this id ("Prompt Engineer" at an AI-training platform is a contributor's title).
     * Its examples are written "Title @ Employer" where the employer matters.
     */
    unlessEmployer: z.string().optional(),
    /**
     * The sentence it fires in says nothing about the job (an employer's notice that it uses AI tools
     * to review applications): other text signals found only in such sentences do not count. A masking
     * signal with a weight keeps it: "oversee annotation projects" says the job runs the annotation,
     * and its sentence's annotation words are the team's work.
     */
    masksSentence: z.boolean().default(false),
    /**
     * Adds its weight but is never the strong signal a match needs (evaluator.ts): it says who is
     * wanted, not what they will do ("expert contributors who power our LLM data" in a payments
     * analyst's posting at an AI-data firm).
     */
    supporting: z.boolean().default(false),
    /**
     * Counts only where the job's own duties say it, not among the qualifications asked for: "know
     * how to write good prompts" is a skill many jobs ask for, writing prompts as the work is rater work.
     */
    dutiesOnly: z.boolean().default(false),
    examples: z.object({ positive: z.array(z.string().min(1)).min(1), negative: z.array(z.string().min(1)).min(1) }),
  })
  .strict();

export type EvaluatorSignal = z.output<typeof evaluatorSignalSchema>;

export type EvaluatorSignalInput = z.input<typeof evaluatorSignalSchema>;
