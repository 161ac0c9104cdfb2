// Placeholder until the engine lands (issue 2): same signature, empty result.
import type { Analysis, PostingInput } from './types.ts';

export function analyzePosting(_input: PostingInput): Analysis {
  return {
    aiEvaluator: { match: false, score: 0, reasons: [] },
    risk: { level: 'none', score: 0, reasons: [] },
    redFlags: [],
    healthySignals: [],
    keywords: [],
    pay: null,
  };
}
