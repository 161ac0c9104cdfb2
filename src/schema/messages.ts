// Every message between extension contexts, validated on receipt. Owners: the content-script
// issue (analyze, tab-status, get-current-posting) and the profile issue (match).
import * as z from 'zod/mini';
import { analysisSchema, extractedPostingSchema } from './analysis.ts';

/** content script → background: analyse this posting (the core runs in the background). */
export const analyzeRequest = z.object({ type: z.literal('analyze'), posting: extractedPostingSchema });
export const analyzeResponse = z.object({ analysis: analysisSchema });

/** content script → background: what the toolbar badge should show for this tab. */
export const tabStatusMessage = z.object({
  type: z.literal('tab-status'),
  warnings: z.number(),
  aiEvaluator: z.boolean(),
  hasPosting: z.boolean(),
});

/** popup → content script in the active tab: what posting is on screen, and its analysis. */
export const getCurrentPostingRequest = z.object({ type: z.literal('get-current-posting') });
export const getCurrentPostingResponse = z.object({
  status: z.enum(['ok', 'unknown-layout', 'not-a-job-page']),
  posting: z.nullable(extractedPostingSchema),
  analysis: z.nullable(analysisSchema),
});

/** popup → background: analyse free text (pasted or selected) as a posting. */
export const analyzeTextRequest = z.object({ type: z.literal('analyze-text'), text: z.string(), title: z.optional(z.string()) });
