import { describe, expect, it, vi } from 'vitest';
import { assessRisk } from '../../src/core/risk.ts';
import { findSignals } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import type { Severity, SignalHit } from '../../src/core/types.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

// One extra rule that carries its own weight in the data, as a rule author would write it; it
// never fires on text (no posting says "zzweightzz"), it only has to be known to risk.ts.
vi.mock('../../src/data/red-flags/index.ts', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../src/data/red-flags/index.ts')>();
  const weighted = orig.parseSignalRules(
    [
      {
        id: 'weighted-test-flag',
        severity: 'low',
        weight: 70,
        title: 'Weighted test flag',
        explanation: 'A test rule whose weight in the data is far above its severity band, to check risk.ts reads it.',
        triggers: ['zzweightzz'],
        patterns: ['zzweightzz'],
        examples: { positive: ['zzweightzz'], negative: ['weight'] },
      },
    ],
    'red-flag',
  );
  return { ...orig, redFlagRules: [...orig.redFlagRules, ...weighted] };
});

const hit = (id: string, severity: Severity): SignalHit => ({ id, severity, title: `Title of ${id}`, explanation: 'x', evidence: [] });

function riskOf(text: string, aiEvaluator: boolean, title = '') {
  const doc = { text, tokens: tokenize(text), title, pay: null, aiEvaluator, company: 'Example Labs' };
  const red = findSignals(redFlagRules, doc);
  const good = findSignals(healthySignalRules, doc);
  return { red, good, risk: assessRisk(red, good, { aiEvaluator }) };
}

describe('assessRisk', () => {
  it('is none with nothing found', () => {
    const r = assessRisk([], [], { aiEvaluator: false });
    expect(r.level).toBe('none');
    expect(r.score).toBe(0);
    expect(r.reasons).toEqual(['No red flags found']);
  });

  it('puts one high flag at least at medium, even with many healthy signals', () => {
    const healthy = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => hit(id, 'high'));
    const r = assessRisk([hit('fee-to-apply-or-train', 'high')], healthy, { aiEvaluator: true });
    expect(['medium', 'high']).toContain(r.level);
    expect(r.reasons[0]).toMatch(/^Serious: /);
    expect(r.reasons.at(-1)).toMatch(/^In its favour: /);
  });

  it('holds a text about job scams at low, its signs still listed, and only such a text', () => {
    const flags = [hit('fee-to-apply-or-train', 'high'), hit('messaging-app-contact', 'high')];
    const warning = assessRisk(flags, [], { aiEvaluator: false, scamTalk: 4 });
    expect(warning.level).toBe('low');
    expect(warning.reasons[0]).toMatch(/about job scams \(it names them 4 times\)/);
    expect(warning.reasons.some((r) => r.startsWith('Serious: '))).toBe(true);
    expect(assessRisk(flags, [], { aiEvaluator: false, scamTalk: 2 }).level).toBe('high');
  });

  it('counts the words for scams in a text, in the languages it reads', async () => {
    const { scamTalk } = await import('../../src/core/scam-talk.ts');
    const { keysFor } = await import('../../src/core/matcher.ts');
    expect(scamTalk(keysFor('Beware of scams. Scammers post fake jobs; report fraud. Una estafa.').index)).toBe(4);
    expect(scamTalk(keysFor('Pay the registration fee to start your rating tasks.').index)).toBe(0);
  });

  it('puts two high flags at high', () => {
    expect(assessRisk([hit('a', 'high'), hit('b', 'high')], [], { aiEvaluator: false }).level).toBe('high');
  });

  it('keeps a single weak flag low, and counts a repeated rule once', () => {
    const r = assessRisk([hit('no-pay-information', 'low'), hit('no-pay-information', 'low')], [], { aiEvaluator: false });
    expect(r.level).toBe('low');
    expect(r.reasons).toHaveLength(1);
  });

  it('lists reasons most severe first, a repeated rule once where it first stood, with its last hit', () => {
    const first = { ...hit('a', 'low'), title: 'First A' };
    const last = { ...hit('a', 'medium'), title: 'Last A' };
    const r = assessRisk([first, hit('b', 'low'), hit('c', 'high'), last], [hit('g', 'low'), hit('h', 'high')], { aiEvaluator: false });
    expect(r.reasons.slice(0, 3)).toEqual([`Serious: ${hit('c', 'high').title}`, 'Warning: Last A', `Minor: ${hit('b', 'low').title}`]);
    expect(r.reasons[3]).toBe(`In its favour: ${hit('h', 'high').title.toLowerCase()}; ${hit('g', 'low').title.toLowerCase()}`);
  });

  it('warns on one warning-level flag, and healthy signals damp the score', () => {
    expect(assessRisk([hit('m', 'medium')], [], { aiEvaluator: false }).level).toBe('medium');
    expect(assessRisk([hit('m', 'medium')], [hit('g1', 'medium'), hit('g2', 'high')], { aiEvaluator: false }).level).toBe('medium');
    const two = [hit('m1', 'medium'), hit('m2', 'medium')];
    const bare = assessRisk(two, [], { aiEvaluator: false });
    const damped = assessRisk(two, [hit('g1', 'medium'), hit('g2', 'high')], { aiEvaluator: false });
    expect(bare.level).toBe('medium');
    expect(damped.score).toBeLessThan(bare.score);
  });

  it('counts weak flags for less on AI-evaluator postings', () => {
    const flags = [hit('l1', 'low'), hit('l2', 'low'), hit('l3', 'low'), hit('l4', 'low')];
    expect(assessRisk(flags, [], { aiEvaluator: false }).level).toBe('medium');
    expect(assessRisk(flags, [], { aiEvaluator: true }).level).toBe('low');
  });

  it('warns on three independent weak signs, not on two', () => {
    expect(assessRisk([hit('l1', 'low'), hit('l2', 'low')], [], { aiEvaluator: false }).level).toBe('low');
    expect(assessRisk([hit('l1', 'low'), hit('l2', 'low'), hit('l3', 'low')], [], { aiEvaluator: false }).level).toBe('medium');
  });

  it('honours per-rule weights', () => {
    expect(assessRisk([hit('x', 'low')], [], { aiEvaluator: false, weights: { x: 70 } }).level).toBe('high');
  });

  it('reads the weight a rule carries in the data when the caller passes none', () => {
    // analyzePosting passes no weights: the data's rule.weight must still count.
    const r = assessRisk([hit('weighted-test-flag', 'low')], [], { aiEvaluator: false });
    expect(r.score).toBe(70);
    expect(r.level).toBe('high');
    // A weight the caller passes wins over the data's.
    expect(assessRisk([hit('weighted-test-flag', 'low')], [], { aiEvaluator: false, weights: { 'weighted-test-flag': 8 } }).level).toBe('low');
    // Rules without a weight keep their severity's.
    expect(assessRisk([hit('spelling-mistakes', 'low')], [], { aiEvaluator: false }).score).toBe(8);
  });
});

describe('risk on whole postings (our own texts)', () => {
  const realEvaluatorPosting = [
    'AI Response Rater, Legal (Remote, Contract)',
    'Example Labs is an AI-training platform working with research teams.',
    'You will rate and compare chatbot answers to legal questions against a detailed rubric and write short explanations.',
    'Tasks are flexible: work from home on your own schedule, as many hours as suit you.',
    'Requirements: a JD and 3+ years of legal practice; native English.',
    'Pay: $55-$75 per hour, paid weekly via our payroll partner.',
    'The process: apply, complete a 60-minute qualification test, then a short video interview.',
    'We never charge a fee to apply or to work with us.',
  ].join('\n');

  it('a real-looking evaluator posting stays at none or low', () => {
    const { risk, red } = riskOf(realEvaluatorPosting, true, 'AI Response Rater, Legal');
    expect(['none', 'low'], JSON.stringify(red.map((h) => h.id))).toContain(risk.level);
  });

  it('a bare evaluator posting with rating, tasks, flexible hours and remote work is not medium', () => {
    const text = 'Rate search results and chatbot answers for quality. Flexible hours, work from home, tasks available daily. Apply online.';
    const { risk } = riskOf(text, true);
    expect(['none', 'low']).toContain(risk.level);
  });

  it('a task scam comes out high', () => {
    const text = [
      'Earn $300 a day guaranteed by rating products from your phone.',
      'No experience needed and no interview required.',
      'Message our mentor on Telegram to get started.',
      'When a combination task appears, recharge your account with USDT to unlock your commission.',
    ].join('\n');
    const { risk } = riskOf(text, false);
    expect(risk.level).toBe('high');
    expect(risk.reasons.join(' ')).toMatch(/Deposit money to unlock tasks/);
  });

  it('an evaluator posting that says "immediate start" is not medium for it', () => {
    const text = realEvaluatorPosting.replace('The process:', 'Immediate start for successful applicants. The process:');
    const { risk, red } = riskOf(text, true, 'AI Response Rater, Legal');
    expect(red.map((h) => h.id)).toContain('urgent-hiring');
    expect(['none', 'low']).toContain(risk.level);
  });

  it('a hotel offer hiring for every trade at once, with urgency, is at least medium', () => {
    const text = [
      'Our hotel urgently needs devoted workers for the new season.',
      'Open positions: chefs, cooks, waiters, bartenders, room attendants, cleaners, drivers, cashiers, receptionists, nurses and electricians.',
      'Qualified persons should contact us immediately for placement.',
    ].join('\n');
    const { risk, red } = riskOf(text, false);
    expect(red.map((h) => h.id)).toEqual(expect.arrayContaining(['catch-all-vacancy-list', 'urgent-hiring']));
    expect(['medium', 'high']).toContain(risk.level);
  });

  it('one fee request alone is at least medium', () => {
    const { risk } = riskOf('You will review AI answers. A registration fee of $40 is required before your first task.', true);
    expect(['medium', 'high']).toContain(risk.level);
  });
});
