// Options page in real Chromium: first-run onboarding, import/export safety, resume files
// (.docx, .pdf) read in the page, upgrades from an older stored profile, accessibility and themes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForHost, type Session } from './harness.ts';
import { onboardingTab, openExtensionPage, tabIdOf, profileFixture, profileFixturePath, screenshot, seriousA11yViolations, storageGet, storageSet } from './popup-harness.ts';

let session: Session;
beforeEach(async () => {
  session = await launch();
});
afterEach(async () => {
  await session?.close();
});

async function addKeyword(page: Page, query: string, label: string) {
  await page.getByLabel('Category').selectOption('all');
  await page.getByLabel('Search', { exact: true }).fill(query);
  await page.getByRole('button', { name: `Add ${label}`, exact: true }).click();
}

async function waitSaved(page: Page) {
  await page.locator('#save-status', { hasText: 'All changes saved' }).waitFor({ timeout: 10_000 });
}

/** Import a resume file through the file input; return once the textarea holds the imported text. */
async function importResume(page: Page, file: string) {
  await page.getByLabel(/^Import a file/).setInputFiles(profileFixturePath(file));
  // Either outcome ends the wait, so a failed read reports its message instead of a timeout.
  await page.getByLabel(`Resume text (from ${file})`).or(page.locator('#resume-err')).first().waitFor({ timeout: 15_000 });
  const error = page.locator('#resume-err');
  if (await error.count()) throw new Error(`importing ${file} failed: ${await error.textContent()}`);
  await page.getByLabel(`Resume text (from ${file})`).waitFor();
}

async function storedResume(): Promise<{ text: string; fileName: string | null } | undefined> {
  return (await storageGet(session, ['resume'])).resume as { text: string; fileName: string | null } | undefined;
}

/** With an empty profile, the nurse resume's keywords are all offered for adding. */
async function expectNurseOffers(page: Page) {
  await page.getByRole('heading', { name: /Found in your resume/ }).waitFor();
  const offered = await page.locator('#resume input[name=found]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(offered).toEqual(expect.arrayContaining(['rn', 'epic-ehr', 'spanish', 'patient-education', 'fact-checking']));
}

/** The nurse fixture (tests/fixtures/profile/make-resume-files.ts) imported: text and storage. */
async function expectNurseResume(page: Page, file: string) {
  const text = await page.getByLabel(/^Resume text/).inputValue();
  expect(text).toMatch(/^Rosa Lindqvist\n/);
  expect(text).toContain('Registered Nurse (RN) and medical AI reviewer');
  expect(text).toContain('- Documented patient care in Epic and coached new nurses on charting.');
  expect(text).toContain('- Fact-checking of model answers to health questions against clinical guidelines.');
  expect(text).toMatch(/Languages: English \(native\), Spanish \(fluent\)$/);
  await expect.poll(async () => (await storedResume())?.fileName, { timeout: 10_000 }).toBe(file);
  expect((await storedResume())?.text).toBe(text);
}

describe('options page', () => {
  it('opens by itself on first install, and onboarding saves a profile', async () => {
    await session.close();
    session = await launch({ keepWelcomeTab: true });
    const page = await onboardingTab(session);
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();

    // Pick domains; the typical tools and skills for them are offered.
    await page.getByLabel('Find a domain').fill('finance');
    await page.getByRole('checkbox', { name: 'Finance', exact: true }).check();
    await page.getByLabel('Find a domain').fill('accounting');
    await page.getByRole('checkbox', { name: 'Accounting', exact: true }).check();
    await page.getByLabel('Finance', { exact: true }).and(page.locator('input[type=number]')).fill('8');
    await page.getByLabel('Finance', { exact: true }).and(page.locator('input[type=number]')).blur();
    const offers = page.locator('input[name=offer]');
    const offered = await offers.count();
    expect(offered).toBeGreaterThan(2);
    // A long list of offers can be filtered by name.
    await page.getByLabel(/^Filter these \d+ suggestions/).first().fill('modeling');
    expect(await offers.count()).toBeLessThan(offered);
    await page.getByRole('checkbox', { name: /^Financial modeling/ }).check();
    await page.getByLabel(/^Filter these \d+ suggestions/).first().fill('');
    expect(await offers.count()).toBe(offered);
    await page.getByRole('button', { name: /Add 1 selected to my profile/ }).first().click();

    // Keyword setup: browse/search the built-in list, add your own keyword with synonyms.
    await addKeyword(page, 'excel', 'Microsoft Excel');
    await addKeyword(page, 'chatgpt', 'ChatGPT');
    await addKeyword(page, 'fact-check', 'Fact-checking');
    await page.getByLabel('Keyword', { exact: true }).fill('Variance analysis');
    await page.getByLabel('Synonyms (comma-separated)').fill('budget variance, variance reporting');
    await page.getByRole('button', { name: 'Add keyword' }).click();

    // Work format, hours, pay floor.
    await page.getByRole('checkbox', { name: 'Contract' }).check();
    await page.getByRole('checkbox', { name: 'Asynchronous' }).check();
    await page.getByLabel('Hours per week available').fill('10');
    await page.getByLabel('Hours per week available').blur();
    await page.getByLabel('Lowest hourly pay you accept').fill('45');
    await page.getByLabel('Lowest hourly pay you accept').blur();

    // Resume: paste, then confirm keywords found in it.
    await page.getByLabel(/^Resume text/).fill(profileFixture('resume-finance.txt'));
    await page.getByRole('heading', { name: /Found in your resume/ }).waitFor();
    await page.locator('#resume').getByRole('checkbox', { name: /^SQL/ }).check();
    await page.locator('#resume').getByRole('button', { name: /selected to my profile/ }).click();

    await page.getByRole('button', { name: 'Finish setup' }).click();
    await waitSaved(page);
    await screenshot(page, 'options-onboarded');

    const stored = await storageGet(session, ['profile', 'resume']);
    const profile = stored.profile as Record<string, unknown> & { domains: { id: string; years: number | null }[]; tools: string[]; evaluatorSkills: string[] };
    expect(profile.schemaVersion).toBe(2);
    expect(profile.onboarded).toBe(true);
    expect(profile.domains).toEqual([
      { id: 'finance', years: 8 },
      { id: 'accounting', years: null },
    ]);
    expect(profile.tools).toEqual(expect.arrayContaining(['excel', 'chatgpt', 'sql']));
    expect(profile.evaluatorSkills).toEqual(expect.arrayContaining(['financial-modeling', 'fact-checking']));
    expect(profile.customKeywords).toEqual([{ term: 'Variance analysis', synonyms: ['budget variance', 'variance reporting'] }]);
    expect(profile.workFormat).toEqual({ remote: true, contract: true, partTime: false, asynchronous: true });
    expect(profile.hoursPerWeek).toBe(10);
    expect(profile.hourlyFloor).toEqual({ amount: 45, currency: 'USD' });
    expect((stored.resume as { text: string }).text).toContain('Northwind Capital');

    // Suggested searches follow the chosen domains and link to the three boards.
    const link = page.getByRole('link', { name: 'Search LinkedIn for finance AI evaluator remote' });
    expect(await link.getAttribute('href')).toBe('https://www.linkedin.com/jobs/search/?keywords=finance%20AI%20evaluator%20remote');
    expect(await page.getByRole('link', { name: /^Search Upwork for/ }).count()).toBeGreaterThan(2);
    expect(await page.getByRole('link', { name: /^Search Indeed for/ }).count()).toBeGreaterThan(2);

    // The profile just saved drives the popup for a posting.
    await session.serve('https://www.linkedin.com/**', { file: 'profile/finance-evaluator.linkedin.html' });
    const posting = await session.context.newPage();
    await posting.goto('https://www.linkedin.com/jobs/view/4100000001/');
    await waitForHost(posting, { state: 'ready' });
    const popup = await openExtensionPage(session, `popup/index.html?tab=${await tabIdOf(session, posting)}`);
    await popup.locator('[data-score]').waitFor();
    const chips = (id: string) => popup.locator(`[data-group=${id}] .chip`).evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
    expect(await chips('resume')).toEqual(expect.arrayContaining(['Microsoft Excel', 'SQL', 'Finance']));
    expect(await chips('profile')).toEqual(expect.arrayContaining(['ChatGPT']));
    expect(await chips('missing')).toContain('Python');
    expect(await popup.locator('.suggestions [data-kind=summary-line] .sugg-text').textContent()).toMatch(/^Finance and accounting professional with 8 years/);
    await screenshot(popup, 'popup-after-onboarding');
    expect(session.consoleErrors).toEqual([]);
  });

  it('an invalid import says why and leaves the saved profile unchanged', async () => {
    await storageSet(session, { profile: JSON.parse(profileFixture('v2-finance.json')), resume: { schemaVersion: 1, text: 'My resume', fileName: null, updatedAt: 'x' } });
    const before = await storageGet(session, null);
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('checkbox', { name: 'Finance', exact: true }).waitFor();

    const cases = [
      { name: 'broken.json', text: '{"format":"evalscout-profile", "profile": ' },
      { name: 'damaged.json', text: JSON.stringify({ format: 'evalscout-profile', profile: { schemaVersion: 2, domains: 'finance' } }) },
      { name: 'other.json', text: '{"bookmarks": []}' },
    ];
    for (const c of cases) {
      await page.getByLabel('Import a profile file').setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.text) });
      await page.locator('#backup-msg[role=alert]').waitFor();
      expect(await page.locator('#backup-msg').textContent()).toMatch(/nothing was imported/i);
    }
    await screenshot(page, 'options-invalid-import');
    const after = await storageGet(session, null);
    expect(after).toEqual(before);
    expect(await page.getByRole('checkbox', { name: 'Finance', exact: true }).isChecked()).toBe(true);

    // A valid export file round-trips.
    const exported = JSON.stringify({ format: 'evalscout-profile', exportedAt: 'x', profile: { ...JSON.parse(profileFixture('v2-finance.json')), hoursPerWeek: 25 }, resume: { schemaVersion: 1, text: 'New resume', fileName: null, updatedAt: 'x' } });
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.locator('#backup-msg', { hasText: 'Imported good.json' }).waitFor();
    expect(((await storageGet(session, ['profile'])).profile as { hoursPerWeek: number }).hoursPerWeek).toBe(25);
    expect(await page.getByLabel('Hours per week available').inputValue()).toBe('25');
  });

  it('imports a .docx resume in the page, with no network request', async () => {
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('heading', { name: /Your resume/ }).waitFor();
    await importResume(page, 'resume-nurse.docx');
    await expectNurseResume(page, 'resume-nurse.docx');
    await expectNurseOffers(page);
    await screenshot(page, 'options-resume-docx');

    // The offers feed the profile: ticking two adds them to the right lists.
    await page.locator('#resume').getByRole('checkbox', { name: /^Registered Nurse \(RN\)/ }).check();
    await page.locator('#resume').getByRole('checkbox', { name: /^Epic \(EHR\)/ }).check();
    await page.locator('#resume').getByRole('button', { name: /Add 2 selected to my profile/ }).click();
    await waitSaved(page);
    const profile = (await storageGet(session, ['profile'])).profile as { credentials: string[]; tools: string[] };
    expect(profile.credentials).toContain('rn');
    expect(profile.tools).toContain('epic-ehr');

    expect(session.requests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('imports a .pdf resume with the pdf.js worker from the extension package, with no network request', async () => {
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('heading', { name: /Your resume/ }).waitFor();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await importResume(page, 'resume-nurse.pdf');
    await expectNurseResume(page, 'resume-nurse.pdf');
    await expectNurseOffers(page);
    // A real worker from our own package, not pdf.js's main-thread fallback ("fake worker").
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^chrome-extension://${session.extensionId}/assets/pdf\\.worker[^/]*\\.m?js$`))]);
    expect(warnings.filter((w) => /fake worker/i.test(w))).toEqual([]);
    await screenshot(page, 'options-resume-pdf');

    // A second file replaces the first.
    await importResume(page, 'resume-nurse.docx');
    await expectNurseResume(page, 'resume-nurse.docx');

    expect(session.requests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('an unsupported or unreadable resume file says why and leaves the stored resume unchanged', async () => {
    const saved = { schemaVersion: 1, text: 'Rosa Lindqvist\nRegistered Nurse (RN)', fileName: 'old.txt', updatedAt: '2025-01-01T00:00:00.000Z' };
    await storageSet(session, { profile: JSON.parse(profileFixture('v2-finance.json')), resume: saved });
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByLabel('Resume text (from old.txt)').waitFor();

    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const cases = [
      { name: 'photo.png', mimeType: 'image/png', buffer: png, error: /photo\.png: choose a \.txt, \.md, \.docx or \.pdf file/ },
      { name: 'resume.rtf', mimeType: 'application/rtf', buffer: Buffer.from('{\\rtf1 Registered Nurse}'), error: /resume\.rtf: choose a \.txt, \.md, \.docx or \.pdf file/ },
      // Right extension, wrong contents: the reader's failure is reported, not thrown away.
      { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: png, error: /^Could not read broken\.docx: .+Paste the text instead\.$/ },
      { name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nnot really'), error: /^Could not read broken\.pdf: .+Paste the text instead\.$/ },
    ];
    for (const c of cases) {
      await page.getByLabel(/^Import a file/).setInputFiles({ name: c.name, mimeType: c.mimeType, buffer: c.buffer });
      const alert = page.locator('#resume-err[role=alert]');
      await expect.poll(() => alert.textContent().catch(() => ''), { timeout: 15_000 }).toMatch(c.error);
      expect(await page.getByLabel(/^Import a file/).getAttribute('aria-describedby')).toBe('resume-err');
      expect(await page.getByLabel('Resume text (from old.txt)').inputValue()).toBe(saved.text);
    }
    await screenshot(page, 'options-resume-unsupported');
    // Nothing was scheduled for writing either: wait past the resume writer's debounce.
    await page.waitForTimeout(1200);
    expect((await storageGet(session, ['resume'])).resume).toEqual(saved);

    // A good file afterwards clears the error. (Not importResume: the old alert is still showing.)
    await page.getByLabel(/^Import a file/).setInputFiles(profileFixturePath('resume-nurse.docx'));
    await page.getByLabel('Resume text (from resume-nurse.docx)').waitFor();
    expect(await page.locator('#resume-err').count()).toBe(0);
    await expectNurseResume(page, 'resume-nurse.docx');

    expect(session.requests).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('an upgrade from a stored v1 profile keeps the data', async () => {
    // chrome.runtime.reload() disables a command-line-loaded extension in this Chromium, so the
    // upgrade is simulated as "new code meets old storage": the first read migrates.
    const v1 = JSON.parse(profileFixture('v1-finance.json'));
    await storageSet(session, { profile: v1 });

    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('checkbox', { name: 'Finance', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'updated from an older format' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Finance', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Accounting', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Resume text/).inputValue()).toBe(v1.resume);
    expect(await page.getByLabel('Hours per week available').inputValue()).toBe('10');
    expect(await page.getByLabel('Lowest hourly pay you accept').inputValue()).toBe('45');
    expect(await page.getByText('FP&A').count()).toBeGreaterThan(0);

    const stored = await storageGet(session, null);
    expect((stored.profile as { schemaVersion: number }).schemaVersion).toBe(2);
    expect((stored.resume as { text: string }).text).toBe(v1.resume);
    expect(stored['profile-backup-v1']).toEqual(v1);
    await screenshot(page, 'options-after-upgrade');
  });

  it('a corrupt stored profile is kept aside and reported, not dropped', async () => {
    await storageSet(session, { profile: { schemaVersion: 2, domains: 'oops' } });
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    const stored = await storageGet(session, null);
    const kept = Object.keys(stored).filter((k) => k.startsWith('corrupt-'));
    expect(kept).toHaveLength(1);
    expect((stored[kept[0]!] as { record: { profile: unknown } }).record.profile).toEqual({ schemaVersion: 2, domains: 'oops' });
    await page.getByRole('heading', { name: 'Damaged records kept aside' }).waitFor();
  });

  it('works from the keyboard, passes axe and follows the system theme', async () => {
    await storageSet(session, { profile: JSON.parse(profileFixture('v2-finance.json')) });
    const page = await openExtensionPage(session, 'options/index.html');
    await page.getByRole('checkbox', { name: 'Finance', exact: true }).waitFor();

    // Keyboard only: Tab to the domain search, type, Tab to the first result, Space ticks it.
    await page.locator('body').focus();
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'domain-filter' && guard++ < 20) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('domain-filter');
    await page.keyboard.type('nursing');
    // The filtered list keeps the chosen domains (accounting, finance) and adds nursing.
    guard = 0;
    const focusedDomain = () => page.evaluate(() => (document.activeElement as HTMLInputElement).name === 'domain' && (document.activeElement as HTMLInputElement).value);
    while ((await focusedDomain()) !== 'nursing' && guard++ < 30) await page.keyboard.press('Tab');
    expect(await focusedDomain()).toBe('nursing');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    const domains = async () => ((await storageGet(session, ['profile'])).profile as { domains: { id: string }[] }).domains.map((d) => d.id);
    await expect.poll(domains, { timeout: 5000 }).toEqual(['finance', 'accounting', 'nursing']);

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, `options-${scheme}`);
    }
  });
});
