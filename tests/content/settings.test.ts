// The per-site switch's stored shape: an object of hostname → boolean. The schema is hand-picked to
// keep zod small in the content script, so its accept/reject behaviour is pinned here.
import { describe, expect, it } from 'vitest';
import { inlineMarksOn, settingsSchema } from '../../src/platform/settings.ts';

describe('settings schema', () => {
  it('accepts per-host booleans and keeps keys it does not know (owned by the options page)', () => {
    const parsed = settingsSchema.safeParse({ inlineMarks: { 'www.linkedin.com': false, 'www.indeed.com': true }, theme: 'dark' });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ inlineMarks: { 'www.linkedin.com': false, 'www.indeed.com': true }, theme: 'dark' });
    expect(settingsSchema.safeParse({}).success).toBe(true);
  });

  it('rejects a non-boolean value, an array or a non-object in inlineMarks', () => {
    expect(settingsSchema.safeParse({ inlineMarks: { 'www.linkedin.com': 'off' } }).success).toBe(false);
    expect(settingsSchema.safeParse({ inlineMarks: [false] }).success).toBe(false);
    expect(settingsSchema.safeParse({ inlineMarks: 'off' }).success).toBe(false);
    expect(settingsSchema.safeParse({ inlineMarks: null }).success).toBe(false);
  });

  it('reads a missing host as on and only an explicit false as off', () => {
    const settings = { inlineMarks: { 'www.linkedin.com': false, 'www.indeed.com': true } };
    expect(inlineMarksOn(settings, 'www.linkedin.com')).toBe(false);
    expect(inlineMarksOn(settings, 'www.indeed.com')).toBe(true);
    expect(inlineMarksOn(settings, 'www.upwork.com')).toBe(true);
    expect(inlineMarksOn({}, 'www.upwork.com')).toBe(true);
  });
});
