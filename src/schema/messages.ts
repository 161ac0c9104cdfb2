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
  /** Highest red-flag severity (added by the content-script issue; optional). */
  worst: z.optional(z.nullable(z.enum(['low', 'medium', 'high']))),
});

/** popup → content script in the active tab: what posting is on screen, and its analysis. */
// The two requests the content script validates use a one-value z.enum, not z.literal: the same type
// and the same check, and the content script then needs no ZodLiteral code (~0.5 KB).
export const getCurrentPostingRequest = z.object({ type: z.enum(['get-current-posting']) });
export const getCurrentPostingResponse = z.object({
  status: z.enum(['ok', 'unknown-layout', 'not-a-job-page']),
  posting: z.nullable(extractedPostingSchema),
  analysis: z.nullable(analysisSchema),
});

/** popup → background: analyse free text (pasted or selected) as a posting. */
export const analyzeTextRequest = z.object({ type: z.literal('analyze-text'), text: z.string(), title: z.optional(z.string()) });

// ---- Additions by the content-script issue (additive; the shapes above are unchanged). ----

/** Answer to 'tab-status' and other fire-and-forget messages. */
export const okResponse = z.object({ ok: z.boolean() });

/** 'analyze-text' answers with the same shape as 'analyze'. */
export const analyzeTextResponse = analyzeResponse;

/** Longest employer name a card may send: a company is a short field, not a paragraph. */
export const CARD_COMPANY_MAX = 120;

/**
 * content script → background: classify the result-list cards on screen in one round trip (the
 * core stays in the background). Only what a per-card marker needs comes back. Every call is marked
 * pure so that a bundle which only sends this message (the content script) leaves the schema and
 * zod's length checks out (about 1.4 KB).
 */
export const analyzeCardsRequest = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal('analyze-cards'),
  cards: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      key: /* @__PURE__ */ z.string(),
      title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      /** The employer the card shows (optional: not every board shows one). */
      company: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(CARD_COMPANY_MAX))),
      text: /* @__PURE__ */ z.string(),
    }),
  ),
});
export const cardVerdictSchema = z.object({
  key: z.string(),
  aiEvaluator: z.boolean(),
  warnings: z.number(),
  topWarning: z.nullable(z.string()),
});
export const analyzeCardsResponse = z.object({ results: z.array(cardVerdictSchema) });

/**
 * "Analyze selected text" (context menu / Alt+Shift+E): the background analyses the selection,
 * stores it in storage.session under `selection:<id>` and opens the popup page in a tab with
 * `?selection=<id>`. The popup page then asks for it with this message.
 */
export const selectionAnalysisSchema = z.object({
  id: z.string(),
  text: z.string(),
  sourceUrl: z.nullable(z.string()),
  createdAt: z.number(),
  analysis: analysisSchema,
});
export const getSelectionAnalysisRequest = z.object({ type: z.literal('get-selection-analysis'), id: z.string() });
export const getSelectionAnalysisResponse = z.object({ selection: z.nullable(selectionAnalysisSchema) });

// ---- Additions by the profile issue (additive). ----

const matchItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: z.enum(['domain', 'task', 'skill', 'tool', 'credential', 'language', 'work-format', 'custom']),
  importance: z.enum(['required', 'preferred', 'mentioned']),
  source: z.optional(z.enum(['resume', 'profile'])),
});

export const suggestionSchema = z.object({
  kind: z.enum(['skills-line', 'bullet-rewrite', 'tools-line', 'availability-line', 'summary-line', 'add-keyword']),
  title: z.string(),
  text: z.string(),
  basedOn: z.array(z.string()),
});

export const matchResultSchema = z.object({
  score: z.number(),
  explanation: z.string(),
  matched: z.array(matchItemSchema),
  missing: z.array(matchItemSchema),
  suggestions: z.array(suggestionSchema),
});

/**
 * popup → background: compare this posting (and its analysis, if the caller has it) with the
 * saved profile. The popup never loads the profile or the taxonomy itself.
 */
export const matchRequest = z.object({
  type: z.literal('match'),
  posting: extractedPostingSchema,
  analysis: z.optional(analysisSchema),
});
export const matchResponse = z.object({
  profileExists: z.boolean(),
  match: z.nullable(matchResultSchema),
  /** The user's hourly pay floor, for the pay line. */
  hourlyFloor: z.nullable(z.object({ amount: z.number(), currency: z.string() })),
  /** A stored profile that could not be read (kept aside), in words for the user. */
  problem: z.nullable(z.string()),
});

/**
 * popup → background: run "Analyze selected text" on a tab (the popup's button; the context menu
 * and the keyboard command run the same flow). Answers with the stored selection's id, or null
 * when nothing is selected.
 */
export const analyzeSelectionRequest = z.object({ type: z.literal('analyze-selection'), tabId: z.number() });
export const analyzeSelectionResponse = z.object({ id: z.nullable(z.string()) });

/** background → content script: the page's current selection (fallback when scripting is not allowed). One-value z.enum: see getCurrentPostingRequest. */
export const getSelectionRequest = z.object({ type: z.enum(['get-selection']) });
export const getSelectionResponse = z.object({ text: z.string(), url: z.optional(z.string()) });

/**
 * content script → background: inject the in-page UI script (content-scripts/ui-main.js) into the
 * sender's frame. Answers with okResponse once the script has run.
 */
export const loadUiRequest = z.object({ type: z.literal('load-ui') });
