// Popup in real Chromium, opened as an extension page aimed at the posting's tab with ?tab=<id>
// (a popup opened as a tab would otherwise see itself as the active tab).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, waitForHost, type Session } from './harness.ts';
import { openExtensionPage, profileFixture, screenshot, seriousA11yViolations, storageGet, storageSet, tabIdOf } from './popup-harness.ts';

const POSTING_URL = 'https://www.linkedin.com/jobs/view/4100000001/';

let session: Session;
beforeEach(async () => {
  session = await launch();
  await session.serve('https://www.linkedin.com/**', { file: 'profile/finance-evaluator.linkedin.html' });
});
afterEach(async () => {
  await session?.close();
});

async function seedProfile() {
  await storageSet(session, {
    profile: JSON.parse(profileFixture('v2-finance.json')),
    resume: { schemaVersion: 1, text: profileFixture('resume-finance.txt'), fileName: 'resume.txt', updatedAt: '2026-11-20T10:00:00.000Z' },
  });
}

async function openPosting(): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(POSTING_URL);
  await waitForHost(page, { state: 'ready' });
  return tabIdOf(session, page);
}

async function openPopup(query: string): Promise<Page> {
  const page = await openExtensionPage(session, `popup/index.html${query}`);
  await page.setViewportSize({ width: 420, height: 900 });
  await page.waitForFunction(() => performance.getEntriesByName('evalscout:popup-ready').length > 0, undefined, { timeout: 15_000 });
  return page;
}

/** The popup for a tab with no posting (about:blank), where "Analyze selection" reads pasted text. */
async function openPopupOnBlankTab(): Promise<Page> {
  const blank = await session.context.newPage();
  await blank.goto('about:blank');
  return openPopup(`?tab=${await tabIdOf(session, blank)}`);
}

async function group(page: Page, id: string): Promise<string[]> {
  return page.locator(`[data-group=${id}] .chip`).evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
}

describe('popup', () => {
  it('shows verdict, risk, pay, the three keyword groups, score and suggestions for the posting tab', async () => {
    await seedProfile();
    const tabId = await openPosting();
    const page = await openPopup(`?tab=${tabId}`);

    await page.getByRole('heading', { name: 'Finance Expert, AI Model Evaluation (Contract)' }).waitFor();
    expect(await page.locator('.company').textContent()).toBe('Quarry Analytics');
    expect(await page.locator('#verdict-h').textContent()).toContain('Yes');
    expect(await page.locator('#risk-h').textContent()).toMatch(/Risk: (No warning signs|Low risk)/);
    expect(await page.locator('#pay-h + p').textContent()).toContain('$55.00–$70.00/hour');
    expect(await page.getByText('Meets your floor of $45.00/hour').count()).toBe(1);

    const onResume = await group(page, 'resume');
    const inProfile = await group(page, 'profile');
    const missing = await group(page, 'missing');
    // The posting says "Microsoft Excel" and "reinforcement learning from human feedback"; the
    // resume says "Excel" and "RLHF". Synonyms are the same keyword, never missing.
    expect(onResume).toEqual(expect.arrayContaining(['Microsoft Excel', 'SQL']));
    expect(inProfile).toEqual(expect.arrayContaining(['ChatGPT']));
    for (const label of ['Microsoft Excel', 'SQL', 'RLHF rating', 'ChatGPT', 'Finance', 'Accounting', 'Fact-checking', 'Rubric-based scoring']) expect(missing).not.toContain(label);
    expect(missing).toEqual(expect.arrayContaining(['Python']));

    const score = Number(await page.locator('[data-score]').getAttribute('data-score'));
    expect(score).toBeGreaterThan(40);
    expect(score).toBeLessThan(100);
    expect(await page.locator('#score-h ~ p').textContent()).toMatch(/required ×3, preferred ×2/);

    const suggestions = await page.locator('.suggestions li').evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), text: e.querySelector('.sugg-text')?.textContent ?? '' })));
    const kinds = suggestions.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['summary-line', 'skills-line', 'tools-line', 'availability-line', 'add-keyword', 'bullet-rewrite']));
    const all = suggestions.map((s) => s.text).join('\n');
    expect(all).toContain('Finance and accounting professional with 8 years of finance experience');
    // Never the posting's company as an employer, never a credential the user lacks.
    expect(all).not.toMatch(/Quarry|CFA/);
    await screenshot(page, 'popup-match');

    // Keyboard: Tab reaches a Copy button and Enter copies.
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Copy' && guard++ < 40) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[role=status]', { hasText: /^Copied: / }).waitFor();

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(scheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, `popup-match-${scheme}`);
    }
    expect(session.consoleErrors).toEqual([]);
  });

  it('shows a salary whose JSON-LD names no currency as figures, without guessing one', async () => {
    await seedProfile();
    const url = 'https://jobs.ashbyhq.com/tidewell/0f1e2d3c-4b5a-4697-8887-a6b5c4d3e2f1';
    const html = fixture('boards/ashby/posting.html').replace('"currency":"USD",', '');
    expect(html).not.toContain('"currency"');
    await session.serve('https://jobs.ashbyhq.com/**', { html });
    const posting = await session.context.newPage();
    await posting.goto(url);
    await waitForHost(posting, { state: 'ready' });
    const page = await openPopup(`?tab=${await tabIdOf(session, posting)}`);
    await page.getByRole('heading', { name: 'Software Engineer, Code Review for AI Training' }).waitFor();
    const pay = await page.locator('#pay-h + p').textContent();
    expect(pay).toContain('80–150/hour');
    expect(pay).toContain('(currency not stated)');
    expect(pay).not.toContain('$');
    expect(await page.getByText('No pay information').count()).toBe(0);
  });

  it('turns inline marks off for the posting\'s site, and the open page drops its marks', async () => {
    const posting = await session.context.newPage();
    await posting.goto(POSTING_URL);
    await waitForHost(posting, { state: 'ready' });
    const tabId = await tabIdOf(session, posting);
    const page = await openPopup(`?tab=${tabId}`);
    const toggle = page.getByLabel('Show marks and the summary inside pages on www.linkedin.com');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.waitForFunction(async () => {
      const stored = (await chrome.storage.local.get('settings')) as { settings?: { inlineMarks?: Record<string, boolean> } };
      return stored.settings?.inlineMarks?.['www.linkedin.com'] === false;
    });
    // The page reacts live: no marks left, and the popup still answers for it.
    await posting.waitForFunction(() => (CSS.highlights?.size ?? 0) === 0, undefined, { timeout: 10_000 });
    const again = await openPopup(`?tab=${tabId}`);
    await again.getByRole('heading', { name: 'Finance Expert, AI Model Evaluation (Contract)' }).waitFor();
    expect(await again.getByLabel('Show marks and the summary inside pages on www.linkedin.com').isChecked()).toBe(false);
  });

  it('without a profile: shows the posting and offers onboarding', async () => {
    const tabId = await openPosting();
    const page = await openPopup(`?tab=${tabId}`);
    await page.getByRole('heading', { name: 'Compare this posting with your background' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Keywords in this posting' }).count()).toBe(1);
    await screenshot(page, 'popup-no-profile');
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/options/index.html'), timeout: 10_000 });
    await page.getByRole('button', { name: 'Set up your profile' }).click();
    await opened;
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('with no posting on the tab: "Analyze selection" analyses pasted text', async () => {
    await seedProfile();
    const page = await openPopupOnBlankTab();
    await page.getByText('Evalscout does not read this page').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'popup-no-posting');

    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByRole('alert').filter({ hasText: 'Paste the posting text first' }).waitFor();

    await page.getByLabel(/Analyze selection/).fill(
      'Legal AI Trainer\nWe need lawyers to review AI answers about contract law. Required: Excel and legal research. Remote contract, $60 per hour.',
    );
    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByRole('heading', { name: 'Legal AI Trainer' }).waitFor();
    await page.locator('[data-score]').waitFor();
    expect(await group(page, 'resume')).toContain('Microsoft Excel');
    expect(await page.locator('.caution').count()).toBe(0);
    await screenshot(page, 'popup-pasted');
  });

  it('labels each red flag with its severity, the most serious first', async () => {
    await seedProfile();
    const page = await openPopupOnBlankTab();
    await page.getByLabel(/Analyze selection/).fill(
      'Remote Product Rater\nEarn from home rating products in our app, no experience needed, just a few minutes a day. To unlock your first tasks you must make a starting deposit of 50 USDT, ' +
        'which you get back with your commission. Message our coordinator on Telegram to begin today, as places are limited and fill up fast every week.',
    );
    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByRole('heading', { name: 'Remote Product Rater' }).waitFor();
    const items = page.locator('.signals.flag li');
    const labels = (await items.locator('.sev').allTextContents()).map((t) => t.replace(':', '').trim());
    expect(labels[0]).toBe('Serious');
    const rank = { Serious: 0, Warning: 1, Minor: 2 } as Record<string, number>;
    expect(labels.map((l) => rank[l])).toEqual([...labels.map((l) => rank[l])].sort((a, b) => a! - b!));
    expect(await items.first().getAttribute('class')).toBe('sev-high');
    // A high-risk posting's match and resume edits come with a caution first.
    expect(await page.getByRole('note').textContent()).toMatch(/serious scam signs/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'popup-flag-severities');
  });
  it('says what outweighed the evaluator signs when the verdict is "Probably not"', async () => {
    await seedProfile();
    const page = await openPopupOnBlankTab();
    // A staff scientist's posting about evaluating models: long enough to have named its terms, and it names none.
    const text = `Evaluation Scientist\n${fixture('postings/staff-scientist-evaluation.txt')}`;
    await page.getByLabel(/Analyze selection/).fill(text);
    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByRole('heading', { name: 'Evaluation Scientist' }).waitFor();
    expect(await page.locator('#verdict-h').textContent()).toContain('Probably not');
    const against = await page.getByRole('list', { name: 'Signs against' }).locator('li').allTextContents();
    expect(against).toContain('Engineering or science title, and no contract, hourly or per-task work');
    const forIt = await page.getByRole('list', { name: 'Signs of evaluator work' }).locator('li').allTextContents();
    expect(forIt.length).toBeGreaterThan(0);
    expect(forIt).not.toContain('Engineering or science title, and no contract, hourly or per-task work');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'popup-verdict-against');
  });

  it('reads a pasted ad with no title line: no heading taken from "Description:", and the job read from its opening', async () => {
    await seedProfile();
    const page = await openPopupOnBlankTab();
    await page.getByLabel(/Analyze selection/).fill(
      'Description:\nAs a data entry clerk you will key customer orders into our system from home and answer emails. Training is provided. ' +
        'You need a computer, a phone and a quiet place to work. Send your resume and we will contact you with the next steps and a start date.',
    );
    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByRole('heading', { name: 'Untitled posting' }).waitFor();
    await page.getByText('Office or data-entry job from an unnamed employer').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'popup-pasted-no-title');
  });

  it('reads pay in a local currency and compares it with a floor set in that currency', async () => {
    const profile = JSON.parse(profileFixture('v2-finance.json'));
    profile.hourlyFloor = { amount: 60000, currency: 'IDR' };
    await storageSet(session, { profile });
    const page = await openPopupOnBlankTab();
    await page.getByLabel(/Analyze selection/).fill(
      'Data Annotator (Bahasa Indonesia)\nLabel Indonesian text to train AI models and rate chatbot answers. Remote, part-time. Gaji Rp 5.000.000 - Rp 7.000.000 / bulan.',
    );
    await page.getByRole('button', { name: 'Analyze text' }).click();
    await page.getByText('Below your floor of IDR 60,000/hour').waitFor();
    // Intl writes a no-break space between the code and the figure.
    expect(await page.locator('body').innerText()).toMatch(/IDR\s28,847–IDR\s40,385\/hour/);
    await screenshot(page, 'popup-local-currency');
  });

  it('after an upgrade: a stored v1 profile is migrated by the background and matched', async () => {
    const v1 = JSON.parse(profileFixture('v1-finance.json'));
    await storageSet(session, { profile: v1 });
    const tabId = await openPosting();
    const page = await openPopup(`?tab=${tabId}`);
    await page.locator('[data-score]').waitFor();
    expect(await group(page, 'resume')).toEqual(expect.arrayContaining(['Microsoft Excel', 'SQL']));
    const stored = await storageGet(session, null);
    expect((stored.profile as { schemaVersion: number; tools: string[] }).schemaVersion).toBe(2);
    expect((stored.profile as { tools: string[] }).tools).toEqual(v1.tools);
    expect((stored.resume as { text: string }).text).toBe(v1.resume);
    expect(stored['profile-backup-v1']).toEqual(v1);
  });
});
