// `npm start`: Chromium with the built extension on sample postings across boards. Each fixture is
// served under the real URL it models (context.route; nothing goes to the network), and the first
// tab is an index linking them. Headed when DISPLAY is set (runs until Ctrl+C); otherwise headless:
// it opens one posting, writes a screenshot to .tmp/demo.png and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { boardFixtures } from '../e2e/catalogue.ts';
import { fixture, launch, ROOT, waitForHost } from '../e2e/harness.ts';

const INDEX = 'https://demo.evalscout.invalid/';
const SWITCH_URL = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4100000001&keywords=ai%20rater';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function indexPage(links: { href: string; label: string; note: string }[]): string {
  const items = links.map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a> <small>${escapeHtml(l.note)}</small></li>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evalscout demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:40px auto;padding:0 16px}small{color:#57606a}li{margin:6px 0}</style></head>
<body><h1>Evalscout demo</h1>
<p>Sample postings served locally under the job boards' real addresses. Open one: red flags are marked in the text
(hover a mark for its explanation), the chip near the posting opens the summary, and the toolbar badge counts warnings.
Select any text and press Alt+Shift+E (or right-click → "Analyze selection with Evalscout").</p>
<ul>${items}</ul></body></html>`;
}

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY);
  if (!headed) console.log('No DISPLAY: running headless. A screenshot goes to .tmp/demo.png (set DISPLAY to browse the demo).');
  const session = await launch({ headless: !headed });
  const fixtures = boardFixtures();
  const pages = new Map<string, string>([[INDEX, ''], [SWITCH_URL, fixture('e2e/linkedin-switch.html')]]);
  for (const f of fixtures) pages.set(f.url, fixture(f.file));
  const links = [
    { href: SWITCH_URL, label: 'LinkedIn search: three jobs, click the cards to switch', note: 'e2e/linkedin-switch' },
    ...fixtures.map((f) => ({ href: f.url, label: `${f.board} · ${f.layout}`, note: f.status === 'ok' ? '' : `(${f.status})` })),
  ];
  pages.set(INDEX, indexPage(links));
  // Some demo pages use in-page navigation (pushState); serve the LinkedIn switch page for any of its job ids.
  await session.context.route(
    (url) => pages.has(url.href) || url.href.startsWith('https://www.linkedin.com/jobs/search-results/?currentJobId=41000000'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(route.request().url()) ?? pages.get(SWITCH_URL)! }),
  );
  const page = await session.page();
  await page.goto(INDEX);

  if (headed) {
    const tab = await session.context.newPage();
    await tab.goto(SWITCH_URL);
    await page.bringToFront();
    console.log(`Demo running with ${links.length} sample pages. Press Ctrl+C to quit.`);
    const stop = async () => {
      await session.close().catch(() => {});
      process.exit(0);
    };
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
    session.context.on('close', () => process.exit(0));
    return;
  }

  await page.goto(SWITCH_URL);
  await waitForHost(page, { state: 'ready', analysedKey: '4100000001' });
  await page.locator('evalscout-ui [data-part="summary"]').click();
  await page.locator('evalscout-ui [data-part="warnings"] button').first().hover();
  await page.waitForTimeout(300);
  mkdirSync(resolve(ROOT, '.tmp'), { recursive: true });
  const file = resolve(ROOT, '.tmp/demo.png');
  await page.screenshot({ path: file });
  console.log(`Screenshot written to ${file}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
