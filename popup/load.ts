// What the popup shows, fetched from the content script (the posting on screen) and the
// background (the match against the profile). The popup itself loads no profile and no taxonomy.
import * as z from 'zod/mini';
import { titleLineEnd } from '../src/core/title-line.ts';
import type { Analysis, ExtractedPosting } from '../src/core/types.ts';
import { sendMessage, sendToTab } from '../src/platform/messaging.ts';
import type { PopupTarget } from '../src/platform/popup-context.ts';
import { analyzeTextResponse, getCurrentPostingResponse, getSelectionAnalysisResponse, matchResponse } from '../src/schema/messages.ts';

export type MatchAnswer = z.infer<typeof matchResponse>;

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'no-posting'; reason: string }
  | { kind: 'ready'; posting: ExtractedPosting; analysis: Analysis; match: MatchAnswer | null; matchError: string | null };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Pasted or selected text as a posting; its title is a first line that reads as one, as the analysis takes it. */
export function textPosting(text: string, url = ''): ExtractedPosting {
  const trimmed = text.trim();
  const titleEnd = titleLineEnd(trimmed);
  return {
    board: 'selection',
    url,
    jobKey: 'selection',
    title: titleEnd > 0 ? trimmed.slice(0, titleEnd).trim() : null,
    company: null,
    location: null,
    payText: null,
    description: text,
    sections: [],
    via: 'dom',
  };
}

async function withMatch(posting: ExtractedPosting, analysis: Analysis): Promise<PopupState> {
  try {
    const match = await sendMessage({ type: 'match', posting, analysis } as { type: string }, matchResponse);
    return { kind: 'ready', posting, analysis, match, matchError: null };
  } catch (error) {
    return { kind: 'ready', posting, analysis, match: null, matchError: `Could not compare with your profile: ${message(error)}` };
  }
}

export async function loadForTarget(target: PopupTarget): Promise<PopupState> {
  if (target.selectionId) {
    const { selection } = await sendMessage(
      { type: 'get-selection-analysis', id: target.selectionId } as { type: string },
      getSelectionAnalysisResponse,
    );
    if (selection) return withMatch(textPosting(selection.text, selection.sourceUrl ?? ''), selection.analysis);
    return { kind: 'no-posting', reason: 'That selection is no longer available. Select the text again, or paste it below.' };
  }
  if (target.tabId === null) return { kind: 'no-posting', reason: 'No tab to look at.' };
  let answer: z.infer<typeof getCurrentPostingResponse>;
  try {
    answer = await sendToTab(target.tabId, { type: 'get-current-posting' }, getCurrentPostingResponse);
  } catch {
    return { kind: 'no-posting', reason: 'Evalscout does not read this page. Open a job posting on a supported board, or paste the posting text below.' };
  }
  if (answer.status === 'ok' && answer.posting && answer.analysis) return withMatch(answer.posting, answer.analysis);
  if (answer.status === 'unknown-layout') {
    return { kind: 'no-posting', reason: 'This job board page has a layout Evalscout does not recognise yet. Paste the posting text below.' };
  }
  return { kind: 'no-posting', reason: 'No job posting detected on this page.' };
}

export async function analyzeText(text: string): Promise<PopupState> {
  const { analysis } = await sendMessage({ type: 'analyze-text', text } as { type: string }, analyzeTextResponse);
  return withMatch(textPosting(text), analysis);
}
