// Helpers for the popup and options browser tests, on top of the shared harness.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Session } from './harness.ts';

export const SCREENSHOTS = resolve(ROOT, '.tmp/screenshots');

export function profileFixture(name: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures/profile', name), 'utf8');
}

export function profileFixturePath(name: string): string {
  return resolve(ROOT, 'tests/fixtures/profile', name);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core in the page; returns serious and critical violations only. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag is refused;
  // evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

export async function storageGet(session: Session, keys: string[] | null): Promise<Record<string, unknown>> {
  return session.sw.evaluate((k) => chrome.storage.local.get(k), keys);
}

export async function storageSet(session: Session, items: Record<string, unknown>): Promise<void> {
  await session.sw.evaluate((i) => chrome.storage.local.set(i), items);
}

/**
 * Tab id of `page`. The extension has no "tabs" permission, so tab URLs are hidden from it; the
 * page is brought to the front and the active tab asked for instead.
 */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  if (id < 0) throw new Error(`no tab id for ${page.url()}`);
  return id;
}

/** The options tab the extension opens on first install (launch with keepWelcomeTab: true). */
export async function onboardingTab(session: Session, timeout = 10_000): Promise<Page> {
  const prefix = `chrome-extension://${session.extensionId}/options/index.html`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const page = session.context.pages().find((p) => p.url().startsWith(prefix));
    if (page) {
      await page.waitForLoadState('load');
      return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the options page did not open on first install');
}
