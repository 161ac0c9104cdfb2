// The CLI is a contract other tooling depends on: exercise it as a process, as they will.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'evalscout-cli-'));

describe('cli analyze', { timeout: 60_000 }, () => {
  it('analyses a plain-text file with the documented output shape', () => {
    const { code, stdout } = cli(['analyze', 'tests/fixtures/postings/generic-title-evaluator.txt']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out).sort()).toEqual(['aiEvaluator', 'healthySignals', 'keywords', 'pay', 'redFlags', 'risk']);
    expect(out.aiEvaluator.match).toBe(true);
    expect(['none', 'low']).toContain(out.risk.level);
    expect(out.pay).toMatchObject({ min: 55, max: 75, currency: 'USD', period: 'hour', hourlyMin: 55, hourlyMax: 75 });
    const ids = out.keywords.map((k: { id: string }) => k.id);
    expect(ids).toEqual(expect.arrayContaining(['excel', 'cpa', 'cfa']));
  });
  it('flags a task scam as high risk with evidence offsets', () => {
    const { code, stdout } = cli(['analyze', '-'], 'AI Rating Assistant\nEarn $500 a day guaranteed! To unlock tasks you must deposit 100 USDT first. Contact us on Telegram only.');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.risk.level).toBe('high');
    expect(out.redFlags.length).toBeGreaterThan(1);
    for (const f of out.redFlags) for (const e of f.evidence) if (e.start >= 0) expect(typeof e.text).toBe('string');
  });
  it('reads HTML through its JSON-LD JobPosting first', () => {
    const { code, stdout } = cli(['analyze', 'tests/fixtures/cli/posting.html']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.aiEvaluator.match).toBe(true);
    expect(out.pay).toMatchObject({ min: 50, max: 65, period: 'hour' });
    const rn = out.keywords.find((k: { id: string }) => k.id === 'rn');
    expect(rn?.importance).toBe('required');
    const spanish = out.keywords.find((k: { id: string }) => k.id === 'spanish');
    expect(spanish?.importance).toBe('preferred');
  });
  it('reads HTML without JSON-LD from its main visible text, skipping scripts', () => {
    const { code, stdout } = cli(['analyze', 'tests/fixtures/cli/plain.html']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.aiEvaluator.match).toBe(true);
    expect(out.redFlags.map((f: { id: string }) => f.id).join(' ')).not.toMatch(/deposit/);
    expect(out.pay).toMatchObject({ min: 18, period: 'hour' });
  });
  it('--jsonl keeps order and ids, and reports a bad line without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Rate chatbot responses for accuracy. $20/hour.' }),
      'this is not json',
      JSON.stringify({ id: 'c', html: '<p>Annotate images with bounding boxes for training data.</p>' }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const { code, stdout } = cli(['analyze', '--jsonl'], input + '\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'line-2', 'c', 'd']);
    expect(lines[0].aiEvaluator).toBeDefined();
    expect(lines[1].error).toMatch(/JSON/);
    expect(lines[2].aiEvaluator.match).toBe(true);
    expect(lines[3].error).toMatch(/text/);
  });
  it('--profile adds a match with score, matched, missing and suggestions', () => {
    const profile = join(tmp, 'profile.json');
    writeFileSync(profile, JSON.stringify({ keywords: ['cpa', 'Excel', 'rlhf'], resumeText: 'Senior accountant. Built financial models in Microsoft Excel.' }));
    const { code, stdout } = cli(['analyze', '--profile', profile, 'tests/fixtures/postings/generic-title-evaluator.txt']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.match.score).toBeGreaterThanOrEqual(0);
    expect(out.match.score).toBeLessThanOrEqual(100);
    expect(out.match.matched.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['excel', 'cpa']));
    expect(Array.isArray(out.match.missing)).toBe(true);
    expect(out.match.suggestions.length).toBeGreaterThan(0);
    // Suggestions are drawn from the profile: never the posting's company.
    expect(JSON.stringify(out.match.suggestions)).not.toMatch(/Harborline/);
  });
  it('--profile also reads the options page export file and applies its own red-flag phrases', () => {
    const file = join(tmp, 'export.json');
    const now = new Date().toISOString();
    writeFileSync(
      file,
      JSON.stringify({
        format: 'evalscout-profile',
        exportedAt: now,
        profile: {
          schemaVersion: 2,
          domains: [{ id: 'accounting', years: 8 }],
          credentials: ['cpa'],
          tools: ['excel'],
          evaluatorSkills: [],
          languages: [],
          workFormat: { remote: true, contract: true, partTime: false, asynchronous: false },
          hoursPerWeek: 15,
          hourlyFloor: { amount: 40, currency: 'USD' },
          customKeywords: [],
          redFlagPhrases: ['paid weekly'],
          extraSites: [],
          onboarded: true,
          updatedAt: now,
        },
        resume: { schemaVersion: 1, text: 'CPA. Eight years of audit work in Excel.', fileName: null, updatedAt: now },
      }),
    );
    const { code, stdout, stderr } = cli(['analyze', '--profile', file, 'tests/fixtures/postings/generic-title-evaluator.txt']);
    expect(code, stderr).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.match.matched.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['cpa', 'excel']));
    expect(out.redFlags.map((f: { title: string }) => f.title).join(' ')).toMatch(/paid weekly/);
  });
  it('exits 2 with one clear line for unusable input', () => {
    for (const [args, input, pattern] of [
      [['analyze', 'no/such/file.txt'], '', /no such file/],
      [['analyze', '-'], '   \n', /empty/],
      [['frobnicate'], '', /unknown command/],
      [['analyze', '--profile'], '', /needs a FILE/],
      [['analyze', '--wat', 'x'], '', /unknown option/],
    ] as const) {
      const { code, stderr } = cli([...args], input);
      expect(code, stderr).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(pattern);
    }
  });
  it('exits 2 for a profile that is not valid JSON', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{nope');
    const { code, stderr } = cli(['analyze', '--profile', bad, '-'], 'Rate AI answers');
    expect(code).toBe(2);
    expect(stderr).toMatch(/not valid JSON/);
  });
});
