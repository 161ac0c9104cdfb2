import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelled, scoreAiHoldout, scoreScamHoldout } from '../../src/cli/eval-holdouts.ts';
import type { Analysis, PostingInput } from '../../src/core/types.ts';

const dir = mkdtempSync(join(tmpdir(), 'evalscout-holdouts-'));
function file(name: string, rows: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return path;
}

// A stand-in analyser: "rater" in the text means evaluator work; "telegram" fires a flag, "vague" only an absence flag.
function fake(input: PostingInput): Analysis {
  const redFlags = [
    ...(input.text.includes('telegram') ? [{ id: 'messaging-app-contact', severity: 'high' as const, title: '', explanation: '', evidence: [] }] : []),
    ...(input.text.includes('vague') ? [{ id: 'no-company-identity', severity: 'low' as const, title: '', explanation: '', evidence: [] }] : []),
  ];
  return {
    aiEvaluator: { match: input.text.includes('rater'), score: 0, reasons: [] },
    risk: { level: input.text.includes('telegram') ? 'medium' : 'none', score: 0, reasons: [] },
    redFlags,
    healthySignals: [],
    keywords: [],
    pay: null,
  };
}

describe('eval hold-outs', () => {
  it('scores AI-evaluator detection whole and by id parity', () => {
    const path = file('ai.jsonl', [
      { id: 'h-001', text: 'rater work', labels: { ai_evaluator: true } },
      { id: 'h-002', text: 'rater work', labels: { ai_evaluator: false } },
      { id: 'h-003', text: 'nurse', labels: { ai_evaluator: true } },
      { id: 'h-004', text: 'rater', labels: { ai_evaluator: true } },
    ]);
    expect(scoreAiHoldout(path, fake)).toEqual([
      '  all   precision 0.667  recall 0.667  (TP 2 FP 1 FN 1 TN 0)',
      '  even  precision 0.500  recall 1.000  (TP 1 FP 1 FN 0 TN 0)',
      '  odd   precision 1.000  recall 0.500  (TP 1 FP 0 FN 1 TN 0)',
    ]);
  });
  it('counts only specific red flags on scam snippets, not absence flags', () => {
    const path = file('scam.jsonl', [
      { id: 's-1', text: 'message me on telegram', labels: { scam: true } },
      { id: 's-2', text: 'vague offer', labels: { scam: true } },
      { id: 's-3', text: 'paid weekly by bank transfer', labels: { scam: false } },
    ]);
    const [all] = scoreScamHoldout(path, fake);
    expect(all).toContain('specific flag 50.0% (1/2), medium+ 50.0%');
    expect(all).toContain('legit: flagged 0/1, medium+ 0/1');
  });
  it('names the file and line of a bad row', () => {
    expect(() => readLabelled(file('bad.jsonl', ['{"id":"x","text":"t","labels":{}}']), 'scam')).toThrow(/bad\.jsonl:1 needs "id", "text" and a true\/false "labels\.scam"/);
    expect(() => readLabelled(file('broken.jsonl', ['{"id":', '']), 'ai_evaluator')).toThrow(/broken\.jsonl:1 is not valid JSON/);
  });
});
