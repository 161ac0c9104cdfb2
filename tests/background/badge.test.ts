// The toolbar badge: warning count (red when any flag is high), "AI" for a clean AI-evaluator
// posting, nothing otherwise; the top frame's posting wins over a sub-frame's.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeFor, effectiveStatus } = await import('../../src/background/badge.ts');

describe('badge', () => {
  it('counts warnings, colours high severity, marks clean AI-evaluator postings', () => {
    expect(badgeFor({ hasPosting: true, warnings: 3, aiEvaluator: true, worst: 'high' })).toMatchObject({ text: '3', color: '#b3261e' });
    expect(badgeFor({ hasPosting: true, warnings: 1, aiEvaluator: false, worst: 'medium' })).toMatchObject({ text: '1', color: '#b45309' });
    expect(badgeFor({ hasPosting: true, warnings: 0, aiEvaluator: true })).toMatchObject({ text: 'AI', color: '#15803d' });
    expect(badgeFor({ hasPosting: true, warnings: 0, aiEvaluator: false }).text).toBe('');
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor({ hasPosting: true, warnings: 250, aiEvaluator: false }).text).toBe('99');
  });

  it('prefers the top frame, else any frame with a posting', () => {
    const frame = { hasPosting: true, warnings: 2, aiEvaluator: true };
    expect(effectiveStatus({ '0': { hasPosting: false, warnings: 0, aiEvaluator: false }, '7': frame })).toBe(frame);
    const top = { hasPosting: true, warnings: 0, aiEvaluator: true };
    expect(effectiveStatus({ '0': top, '7': frame })).toBe(top);
    expect(effectiveStatus({})).toBeNull();
  });
});
