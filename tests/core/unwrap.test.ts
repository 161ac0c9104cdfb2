import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/core/analyze.ts';
import { unwrapHardBreaks } from '../../src/core/unwrap.ts';
import type { Analysis, Evidence } from '../../src/core/types.ts';

// Our own wording, wrapped the way plain-text mail is (trailing space before each soft break).
const WRAPPED_MAIL = [
  'Subject: Part-time position',
  '',
  'Hello,',
  '',
  'On behalf of Harbor Lantern Trading Ltd, I am pleased to offer you the ',
  'opportunity to represent our company in the United States and handle ',
  'our accounts receivable for clients in North America. The role is part ',
  'time and everything is done by phone and email.',
  '',
  'Regards,',
  'Operations desk',
].join('\n');

function allEvidence(a: Analysis): Evidence[] {
  return [
    ...a.redFlags.flatMap((h) => h.evidence),
    ...a.healthySignals.flatMap((h) => h.evidence),
    ...a.keywords.flatMap((k) => k.evidence),
    ...a.aiEvaluator.reasons.flatMap((r) => r.evidence),
    ...(a.pay?.evidence ? [a.pay.evidence] : []),
  ].filter((e) => e.start >= 0);
}

describe('hard-wrapped text', () => {
  it('reads breaks inside sentences as spaces, and maps every offset back', () => {
    const u = unwrapHardBreaks(WRAPPED_MAIL)!;
    expect(u).not.toBeNull();
    expect(u.text).toContain('represent our company in the United States and handle our accounts receivable');
    expect(u.text).toContain('Hello,\n\nOn behalf');
    expect(u.at.length).toBe(u.text.length + 1);
    for (let k = 0; k < u.text.length; k++) if (u.text[k] !== ' ') expect(WRAPPED_MAIL[u.at[k]!]).toBe(u.text[k]);
  });

  it('finds a warning whose sentence runs across a wrapped line, with evidence in the caller text', () => {
    const a = analyzePosting({ text: WRAPPED_MAIL });
    const mule = a.redFlags.find((f) => f.id === 'payment-processing-agent');
    expect(mule).toBeDefined();
    const e = mule!.evidence[0]!;
    expect(WRAPPED_MAIL.slice(e.start, e.end)).toBe(e.text);
    expect(e.text).toContain('\n');
    for (const ev of allEvidence(a)) expect(WRAPPED_MAIL.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('leaves web postings alone: short list lines, long paragraphs', () => {
    const list = 'Responsibilities:\nreview model answers\nrate them against a rubric\nwrite short notes\nflag unsafe content';
    expect(unwrapHardBreaks(list)).toBeNull();
    const paragraphs = [
      'We are a research lab that builds evaluation datasets for language models, and we hire reviewers in many fields of work,',
      'especially law and medicine, to read answers and score them for accuracy and tone. The work is remote and paid per hour.',
      'reviewers choose their own hours and tasks, and every reviewer takes a short paid assessment before the first project begins.',
      'pay is weekly.',
    ].join('\n');
    expect(unwrapHardBreaks(paragraphs)).toBeNull();
    expect(unwrapHardBreaks('one line only')).toBeNull();
  });

  it('keeps a break before a capital or after a full stop', () => {
    const mail = [
      'Thank you for applying to the annotation project with our team this',
      'week. We will review your answers and write back within two days, and',
      'Monday is the start date if you pass the assessment with us this time,',
      'so please keep the morning free for the onboarding call with the lead,',
      'who will walk you through the tools.',
    ].join('\n');
    const u = unwrapHardBreaks(mail)!;
    expect(u.text).toContain('this week.');
    expect(u.text).toContain('and\nMonday');
    expect(u.text).toContain('time, so please');
  });
});
