// Runs the core for postings and free text. The service worker may be stopped at any time, so the
// memo is only a speed-up for repeated requests (re-renders, popup + content script asking for
// the same text); everything can be recomputed.
import { analyzePosting, type AnalyzeOptions } from '../core/analyze.ts';
import type { Analysis, ExtractedPosting, PostingInput } from '../core/types.ts';

const MEMO_SIZE = 32;
const memo = new Map<string, Analysis>();

/** The user's own keywords and red-flag phrases, from the saved profile (see user-terms.ts). */
let userTerms: AnalyzeOptions = {};

export function setUserTerms(terms: AnalyzeOptions): void {
  userTerms = terms;
  memo.clear();
}

function memoKey(input: PostingInput): string {
  return JSON.stringify([input.text, input.title ?? '', input.company ?? '', input.payText ?? '', input.source ?? '']);
}

export function analyzeInput(input: PostingInput): Analysis {
  const key = memoKey(input);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const analysis = analyzePosting(input, userTerms);
  memo.set(key, analysis);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return analysis;
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function postingInput(posting: ExtractedPosting): PostingInput {
  const input: PostingInput = { text: posting.description, url: posting.url };
  if (posting.title) input.title = posting.title;
  if (posting.company) input.company = posting.company;
  if (posting.payText) input.payText = posting.payText;
  const source = hostnameOf(posting.url);
  if (source) input.source = source;
  return input;
}

export function analyzeExtracted(posting: ExtractedPosting): Analysis {
  return analyzeInput(postingInput(posting));
}

export interface CardVerdict {
  key: string;
  aiEvaluator: boolean;
  warnings: number;
  topWarning: string | null;
}

const rank = { high: 3, medium: 2, low: 1 } as const;

/**
 * A card carries a title, the employer when the board shows one, and a snippet; classify it with the
 * same core. The employer matters most here: a snippet says little, and a contributor's title
 * ("Tax Expert") is rater work only at an AI-training platform. Low-severity flags are left out: most
 * of them fire on what a snippet cannot say (no company details, no pay), which says nothing about
 * the posting itself.
 */
export function cardVerdict(card: { key: string; title?: string; company?: string; text: string }): CardVerdict {
  const input: PostingInput = { text: card.text };
  if (card.title) input.title = card.title;
  if (card.company) input.company = card.company;
  const analysis = analyzeInput(input);
  const flags = analysis.redFlags.filter((flag) => flag.severity !== 'low').sort((a, b) => rank[b.severity] - rank[a.severity]);
  return { key: card.key, aiEvaluator: analysis.aiEvaluator.match, warnings: flags.length, topWarning: flags[0]?.title ?? null };
}
