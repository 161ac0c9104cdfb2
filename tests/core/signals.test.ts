import { describe, expect, it } from 'vitest';
import { keysFor } from '../../src/core/matcher.ts';
import { compileRule, findSignals, type SignalDocument } from '../../src/core/signals.ts';
import { tokenize } from '../../src/core/tokenize.ts';
import { docWords } from '../../src/core/word-sets.ts';
import { signalRuleSchema, type SignalRule } from '../../src/data/schema.ts';
import { healthySignalRules } from '../../src/data/healthy-signals/index.ts';
import { redFlagRules } from '../../src/data/red-flags/index.ts';

function doc(text: string, extra: Partial<SignalDocument> = {}): SignalDocument {
  return { text, tokens: tokenize(text), title: '', pay: null, aiEvaluator: false, ...extra };
}

const rule = (input: Record<string, unknown>): SignalRule =>
  signalRuleSchema.parse({ severity: 'medium', title: 'T', explanation: 'An explanation long enough for the schema.', examples: { positive: ['a'], negative: ['b'] }, ...input });

const allRules = [...redFlagRules, ...healthySignalRules];

describe('findSignals', () => {
  it('reports evidence with offsets into the original text', () => {
    const text = 'Welcome!\n\nStep one: pay the registration fee of $30.\nThen start.';
    const hits = findSignals(redFlagRules, doc(text));
    const fee = hits.find((h) => h.id === 'fee-to-apply-or-train');
    expect(fee).toBeDefined();
    for (const ev of fee!.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it('keeps a leading $ that sits before the sentence start', () => {
    const r = rule({ id: 'dollar', triggers: ['daily'], patterns: [String.raw`\$\d+\sdaily`] });
    const text = 'Intro line.\n$500 daily for you.';
    const [h] = findSignals([r], doc(text));
    expect(h?.evidence[0]).toEqual({ start: 12, end: 22, text: '$500 daily' });
  });

  it('cancels a match when an unless pattern is in the same sentence only', () => {
    const r = rule({ id: 'u', triggers: ['fee'], patterns: ['fee'], unless: [String.raw`\bno\sfee`] });
    expect(findSignals([r], doc('There is no fee here.'))).toHaveLength(0);
    expect(findSignals([r], doc('There is no fee here. Pay the fee now.'))).toHaveLength(1);
  });

  it('escalates a pattern rule whose matches are enough different words, not repeats of one', () => {
    const up = { distinct: 2, severity: 'high', title: 'Many', explanation: 'Several different matches say more than one.' };
    const r = rule({ id: 'typo', severity: 'low', triggers: ['recieve', 'seperate'], patterns: [String.raw`\b(?:recieve|seperate)\b`], escalate: up });
    const once = findSignals([r], doc('You will recieve it. You will Recieve it again.'));
    expect(once.map((h) => [h.severity, h.title])).toEqual([['low', 'T']]);
    const twice = findSignals([r], doc('You will recieve it. Keep it seperate.'));
    expect(twice.map((h) => [h.severity, h.title, h.explanation])).toEqual([['high', 'Many', up.explanation]]);
    expect(() => rule({ id: 'bad', kind: 'absence', escalate: up })).toThrow(/pattern/);
  });

  it('keeps only matches in the lead of the text for a rule about what a posting leads with (params.leadsWithin)', () => {
    const r = rule({ id: 'lead', triggers: ['bonus'], patterns: [String.raw`\bsigning\sbonus\b`], params: { leadsWithin: 0.25 } });
    const filler = 'The work is described here in plain words. '.repeat(40);
    expect(findSignals([r], doc(`A signing bonus waits for you. ${filler}`))).toHaveLength(1);
    expect(findSignals([r], doc(`${filler}You may be eligible for a signing bonus.`))).toHaveLength(0);
    // A short text is all lead.
    expect(findSignals([r], doc('Benefits: health insurance, paid time off and a signing bonus.'))).toHaveLength(1);
  });

  it('reports two different misspellings as a warning, one as a minor sign', () => {
    const level = (text: string) => findSignals(redFlagRules, doc(text)).find((h) => h.id === 'spelling-mistakes')?.severity;
    expect(level('You will recieve your first task after the call, and training for it.')).toBe('low');
    expect(level('You will recieve your first task after the call. It is a great oppurtunity.')).toBe('medium');
  });

  it('cancels a rule document-wide with params.unlessAnywhere', () => {
    const text = 'Pay the registration fee today.\nWe will never ask you to pay a fee.';
    expect(findSignals(redFlagRules, doc(text)).some((h) => h.id === 'fee-to-apply-or-train')).toBe(false);
  });

  it('fires an absence rule only where the text says what params.onlyIfAnywhere asks for', () => {
    const r = rule({ id: 'no-fee-word', kind: 'absence', patterns: [String.raw`\bfee\b`], params: { minChars: 10, onlyIfAnywhere: [String.raw`\bhiring\b`] } });
    expect(findSignals([r], doc('We are hiring people for simple work.'))).toHaveLength(1);
    expect(findSignals([r], doc('Simple work for people, nothing more.'))).toHaveLength(0);
    expect(findSignals([r], doc('Simple work for people, nothing more.', { title: 'Now hiring' }))).toHaveLength(1);
    expect(findSignals([r], doc('We are hiring; there is a fee.'))).toHaveLength(0);
  });

  it('title-scope evidence has no offsets', () => {
    const hits = findSignals(redFlagRules, doc('A normal description of the work.', { title: 'Earn $250 daily as a rater' }));
    const t = hits.find((h) => h.id === 'pay-in-title');
    expect(t?.evidence[0]).toMatchObject({ start: -1, end: -1 });
  });

  it('absence rules respect pay, company and length', () => {
    const long = 'We need people to help with our projects and support clients. '.repeat(8);
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    expect(ids(doc(long))).toContain('no-pay-information');
    expect(ids(doc(long, { pay: { min: 20, max: 30, currency: 'USD', period: 'hour', hourlyMin: 20, hourlyMax: 30 } }))).not.toContain('no-pay-information');
    expect(ids(doc(long))).toContain('no-company-identity');
    expect(ids(doc(long, { company: 'Acme' }))).not.toContain('no-company-identity');
    expect(ids(doc('Short.'))).not.toContain('no-pay-information');
  });

  it('limits an absence rule to a kind of job by its title, or the first line without one', () => {
    const body = 'Enter orders into spreadsheets from home and answer emails. Training is provided. You need a computer and a phone. Send your resume and we will contact you.';
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    expect(ids(doc(body, { title: 'Data Entry Clerk (Remote)' }))).toContain('anonymous-office-job');
    expect(ids(doc(body, { title: 'Senior Structural Engineer' }))).not.toContain('anonymous-office-job');
    expect(ids(doc(body, { title: 'Data Entry Clerk', company: 'Harbor Tools' }))).not.toContain('anonymous-office-job');
    expect(ids(doc(`Receptionist\n${body}`))).toContain('anonymous-office-job');
    expect(ids(doc(`${body} About us: Harbor Tools is a family-owned maker of ladders.`, { title: 'Receptionist' }))).not.toContain('anonymous-office-job');
    // No title and no title line ("Description:" is a heading): the text's opening says what the work is.
    expect(ids(doc(`Description:\nAs a data entry clerk you will enter orders. ${body}`))).toContain('anonymous-office-job');
    expect(ids(doc(`Description:\nAs a structural engineer you will design steel frames. ${body}`))).not.toContain('anonymous-office-job');
    // With a title, only the title says it.
    expect(ids(doc(`Description:\nAs a data entry clerk you will enter orders. ${body}`, { title: 'Senior Structural Engineer' }))).not.toContain('anonymous-office-job');
  });

  it('flags look-alike vendor domains in the url and text, not the real ones', () => {
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    expect(ids(doc('Apply now.', { url: 'https://dataannotation.org/apply' }))).toContain('lookalike-vendor-domain');
    expect(ids(doc('Write to support@telusdigital-jobs.net for onboarding.'))).toContain('lookalike-vendor-domain');
    expect(ids(doc('Apply now.', { url: 'https://www.dataannotation.tech/jobs' }))).not.toContain('lookalike-vendor-domain');
    expect(ids(doc('See app.outlier.ai and jobs.lever.co/outlier for details.'))).not.toContain('lookalike-vendor-domain');
  });

  it('accepts a lab claim when the company or source is that lab or a vendor', () => {
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    const text = 'Join OpenAI as a model behavior rater.';
    expect(ids(doc(text))).toContain('ai-lab-name-without-source');
    expect(ids(doc(text, { company: 'OpenAI' }))).not.toContain('ai-lab-name-without-source');
    expect(ids(doc(text, { url: 'https://jobs.ashbyhq.com/openai/123' }))).not.toContain('ai-lab-name-without-source');
    expect(ids(doc('Rater', { title: 'Anthropic Claude Trainer - Remote' }))).toContain('ai-lab-name-without-source');
  });

  it("reads a lab's name in a title as the employer's stack or backer when its product or money follows", () => {
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    const body = 'Partner with our sales team on enterprise demos.';
    for (const title of ['Solutions Engineer at a fast-growing OpenAI Automation SaaS', 'OpenAI API Developer (Contract)', 'Backend Engineer, OpenAI-backed startup', 'Support Lead for an Anthropic-powered assistant']) {
      expect(ids(doc(body, { title, company: 'Northgate Talent Partners' })), title).not.toContain('ai-lab-name-without-source');
    }
    expect(ids(doc(body, { title: 'OpenAI Chat Rater - Remote, $45/hr', company: 'Northgate Talent Partners' }))).toContain('ai-lab-name-without-source');
    expect(ids(doc(body, { title: 'Remote Evaluator for OpenAI Models' }))).toContain('ai-lab-name-without-source');
  });

  it('warns of a big employer named with only other sites\' links, not of the name alone', () => {
    const ids = (d: SignalDocument) => findSignals(redFlagRules, d).map((h) => h.id);
    const offer = 'Your application for a position at Microsoft has advanced to the final stage. Schedule your interview at ';
    expect(ids(doc(offer + 'msft-hr.online today.'))).toContain('big-employer-offsite-links');
    expect(ids(doc(offer + 'careers.microsoft.com today.'))).not.toContain('big-employer-offsite-links');
    expect(ids(doc(offer + 'careers.microsoft.com or msft-hr.online today.'))).not.toContain('big-employer-offsite-links');
    expect(ids(doc(offer + 'msft-hr.online today.', { company: 'Microsoft' }))).not.toContain('big-employer-offsite-links');
    // No link at all: the name alone is how honest postings mention big employers.
    expect(ids(doc('Your application for a position at Microsoft has advanced to the final stage.'))).not.toContain('big-employer-offsite-links');
    // Products named after the employer, and a title, are not claims to hire for it.
    expect(ids(doc('Interviews are held on Microsoft Teams; join Google Meet from acme-staffing.com.'))).not.toContain('big-employer-offsite-links');
    expect(ids(doc('Manage campaigns for our clients; see acme-ads.com.', { title: 'Google Ads Specialist' }))).not.toContain('big-employer-offsite-links');
  });

  it('reads a lab name in the title the same with the title\'s word index as without', () => {
    const withTitleIndex = (title: string): SignalDocument => {
      const keys = keysFor(title);
      return doc('Rater work, remote.', { title, titleTokens: keys.tokens, titleWords: docWords(keys.index) });
    };
    const lab = (d: SignalDocument) => findSignals(redFlagRules, d).find((h) => h.id === 'ai-lab-name-without-source');
    for (const title of ['Anthropic Claude Trainer - Remote', 'OpenAI rater', 'Openai rater', 'Google DeepMind evaluator', 'Open house rater', 'Meta-analysis rater', '']) {
      expect(lab(withTitleIndex(title)), title).toEqual(lab(doc('Rater work, remote.', { title })));
    }
    expect(lab(withTitleIndex('OpenAI rater'))).toBeDefined();
    expect(lab(withTitleIndex('Open house rater'))).toBeUndefined();
  });

  it('uses parsed pay for the implausible-pay check', () => {
    const d = doc('Simple work, no experience needed.', { pay: { min: 150, max: 200, currency: 'USD', period: 'hour', hourlyMin: 150, hourlyMax: 200 } });
    expect(findSignals(redFlagRules, d).some((h) => h.id === 'implausible-pay')).toBe(true);
  });

  it('reads no weekly figure where a flattened list glued "Weekly Pay" to an annual range', () => {
    const fires = (text: string) => findSignals(redFlagRules, doc(text)).some((h) => h.id === 'implausible-pay');
    expect(fires('Estimated at $32,000-$42,000Weekly PayMedical, Dental, and Vision.')).toBe(false);
    expect(fires('Earn $32,000 weekly from home, no experience needed.')).toBe(true);
  });

  it('judges parsed pay against its dollar limits only in currencies worth about a dollar', () => {
    const pay = (currency: string) => ({ min: 1_500_000, max: 2_500_000, currency, period: 'year' as const, hourlyMin: 721, hourlyMax: 1202 });
    const fires = (currency: string) => findSignals(redFlagRules, doc('Simple work, no experience needed.', { pay: pay(currency) })).some((h) => h.id === 'implausible-pay');
    expect(fires('USD')).toBe(true);
    expect(fires('INR')).toBe(false);
    // A bare salary field ("1500000-2500000") names no currency.
    expect(fires('')).toBe(false);
  });

  it('is deterministic and never throws on odd input', () => {
    const inputs = ['', ' ', '\u0000\uffff', '💸'.repeat(100), 'a.b.c.d.e.f.g.h', '$'.repeat(1000), 'fee '.repeat(500), '\n'.repeat(1000)];
    for (const text of inputs) {
      const d = doc(text, { title: text.slice(0, 50), url: text.slice(0, 30), source: text.slice(0, 10) });
      const a = findSignals(allRules, d);
      expect(findSignals(allRules, d)).toEqual(a);
    }
  });

  it('skips a rule whose pattern does not compile instead of throwing', () => {
    const bad = { ...rule({ id: 'bad', triggers: ['x'], patterns: ['ok'] }), patterns: ['(unclosed'] };
    expect(compileRule(bad)).toBeNull();
    expect(() => findSignals([bad], doc('x ok'))).not.toThrow();
  });
});

describe('bounded time on hostile input', () => {
  // Generous bound: this catches catastrophic backtracking (which takes minutes), not speed.
  const BOUND_MS = 20_000;

  it('every pattern finishes on a 1 MB adversarial string', () => {
    const pieces = ['a', ' ', '$', '1', ',', '.', '-', '@', 'fee ', 'pay ', 'earn up to ', 'gmail', 'x'.repeat(70), 'send your '];
    let s = '';
    let i = 0;
    while (s.length < 1_000_000) s += pieces[(i++ * 7) % pieces.length]!.repeat(1 + (i % 13));
    const text = s.slice(0, 1_000_000);
    const t0 = Date.now();
    for (const r of allRules) {
      for (const p of [...r.patterns, ...r.unless]) {
        const re = new RegExp(p, 'giu');
        let m: RegExpExecArray | null;
        let n = 0;
        while ((m = re.exec(text)) !== null && n++ < 10_000) if (m[0].length === 0) re.lastIndex++;
      }
    }
    expect(Date.now() - t0).toBeLessThan(BOUND_MS * 3);
  }, 120_000);

  it('findSignals finishes on long runs without sentence breaks and on repeated text', () => {
    const run = 'a'.repeat(300_000) + ' fee ' + 'b '.repeat(150_000) + ' pay the registration fee ' + '$1'.repeat(50_000);
    const repeated = 'Earn up to $500 a day, no experience needed, message us on Telegram, send your SSN and bank login to jobs@gmail.com. '.repeat(3_000);
    for (const text of [run, repeated]) {
      const t0 = Date.now();
      const hits = findSignals(allRules, doc(text, { title: text.slice(0, 400) }));
      expect(Date.now() - t0).toBeLessThan(BOUND_MS);
      for (const h of hits) expect(h.evidence.length).toBeLessThanOrEqual(5);
    }
  }, 120_000);
});

describe('bounded time when every word is a trigger', () => {
  it('finishes on a megabyte of trigger words with no sentence break', () => {
    const text = 'fee pay deposit interview telegram gmail '.repeat(25_000);
    const t0 = Date.now();
    findSignals([...redFlagRules, ...healthySignalRules], { text, tokens: tokenize(text), title: '', pay: null, aiEvaluator: false });
    expect(Date.now() - t0).toBeLessThan(20_000);
  }, 120_000);
});
