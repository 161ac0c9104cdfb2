// What makes a posting AI-evaluator work (rating, ranking, reviewing or writing data for AI
// models) rather than ML engineering, data science, teaching or an ordinary writer/nurse job.
// Positive weights pull towards "evaluator", negative ones away. Pairs fire when a verb-like term
// and an object-like term meet in one sentence, which is how postings under generic titles
// ("Senior Financial Analyst") describe grading model outputs. One file per group of signals; the
// order here is the order the evaluator lists their reasons in.
import { contextSignals } from './context.ts';
import { counterRolesSignals } from './counter-roles.ts';
import { counterWorkSignals } from './counter-work.ts';
import { masksAndNoticesSignals } from './masks-and-notices.ts';
import { otherLanguagesSignals } from './other-languages.ts';
import { raterWorkSignals } from './rater-work.ts';
import { ratingWorkSignals } from './rating-work.ts';
import { evaluatorSignalSchema, type EvaluatorSignal, type EvaluatorSignalInput } from './schema.ts';

export { evaluatorSignalSchema, type EvaluatorSignal, type EvaluatorSignalInput } from './schema.ts';
export { SEARCH_QUERY_WORDS } from './vocabulary.ts';

export const evaluatorSignalInputs: EvaluatorSignalInput[] = [
  ...raterWorkSignals,
  ...ratingWorkSignals,
  ...contextSignals,
  ...otherLanguagesSignals,
  ...masksAndNoticesSignals,
  ...counterRolesSignals,
  ...counterWorkSignals,
];

export const evaluatorSignals: EvaluatorSignal[] = evaluatorSignalInputs.map((input) => {
  const parsed = evaluatorSignalSchema.safeParse(input);
  if (!parsed.success) throw new Error(`evaluator signal "${input.id}" is invalid: ${parsed.error.message}`);
  const { employer, unlessEmployer, scope } = parsed.data;
  for (const named of [employer, unlessEmployer]) {
    if (named !== undefined && (scope !== 'title' || !evaluatorSignalInputs.some((s) => s.id === named && s.kind === 'phrase'))) {
      throw new Error(`evaluator signal "${input.id}": employer "${named}" must name a phrase signal, on a title signal`);
    }
  }
  return parsed.data;
});
