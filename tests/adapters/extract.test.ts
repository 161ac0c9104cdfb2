// @vitest-environment happy-dom
// The shared extractor's guards: stale panes, JSON-LD only for the job on screen, interstitials,
// unknown layouts, and the text/offset map the runtime turns into DOM Ranges.
import { describe, expect, it } from 'vitest';
import { genericJsonLd, linkedin } from '../../content-scripts/adapters/index.ts';
import { extractPosting, textWithMap } from '../../content-scripts/extract/index.ts';
import { loadDocument } from './load.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('stale-pane guard', () => {
  it('LinkedIn SDUI: a pane whose componentkey id differs from currentJobId is pending, not the wrong job', () => {
    const doc = loadDocument('tests/fixtures/boards/linkedin/sdui-search.html');
    const url = new URL('https://www.linkedin.com/jobs/search-results/?currentJobId=4023456790&keywords=ai%20trainer');
    const result = extractPosting(doc, url, linkedin);
    expect(result).toMatchObject({ status: 'unknown-layout', pending: true });
    if (result.status === 'unknown-layout') expect(result.reason).toContain('4023456789');
  });

  it('LinkedIn classic: apply button data-job-id differs from currentJobId', () => {
    const doc = loadDocument('tests/fixtures/boards/linkedin/classic-search.html');
    const url = new URL('https://www.linkedin.com/jobs/search/?currentJobId=4034567891');
    expect(extractPosting(doc, url, linkedin)).toMatchObject({ status: 'unknown-layout', pending: true });
  });

  it('the same pane is read when the ids agree', () => {
    const doc = loadDocument('tests/fixtures/boards/linkedin/classic-search.html');
    const url = new URL('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4034567890');
    expect(extractPosting(doc, url, linkedin).status).toBe('ok');
  });
});

describe('JSON-LD is used only for the job on screen', () => {
  const page = (ld: object, h1: string): Document =>
    parse(`<html><head><title>${h1}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><main><h1>${h1}</h1><div itemprop="description"><p>We pay reviewers to grade chatbot answers about tax law, 10 hours a week.</p><p>Apply with a CPA licence.</p></div></main></body></html>`);
  const posting = (extra: object) => ({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Tax Law Reviewer',
    hiringOrganization: { '@type': 'Organization', name: 'Fennel Ledger' },
    description: '<p>We pay reviewers to grade chatbot answers about tax law.</p>',
    ...extra,
  });
  const url = new URL('https://careers.fennel.example/jobs/tax-law-reviewer');

  it('accepts a posting whose title is the visible title', () => {
    const result = extractPosting(page(posting({}), 'Tax Law Reviewer'), url, genericJsonLd);
    expect(result).toMatchObject({ status: 'ok', posting: { via: 'json-ld', company: 'Fennel Ledger' } });
  });

  it('rejects a stale posting whose title is another job', () => {
    const result = extractPosting(page(posting({}), 'Benefits Analyst'), url, genericJsonLd);
    expect(result.status).toBe('not-a-job-page');
  });

  it('rejects a posting whose url names another job even when titles agree', () => {
    const doc = loadDocument('tests/fixtures/boards/linkedin/guest.html');
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    const ld = JSON.parse(script.textContent!) as Record<string, unknown>;
    ld.url = 'https://www.linkedin.com/jobs/view/4099999999/';
    script.textContent = JSON.stringify(ld);
    const result = extractPosting(doc, new URL('https://de.linkedin.com/jobs/view/ai-model-evaluator-german-at-lumen-ridge-4056789012'), linkedin);
    expect(result).toMatchObject({ status: 'ok', posting: { via: 'dom', location: 'Berlin, Berlin, Germany' } });
  });

  it('accepts a posting whose url names the job on screen', () => {
    const doc = loadDocument('tests/fixtures/boards/linkedin/guest.html');
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    const ld = JSON.parse(script.textContent!) as Record<string, unknown>;
    ld.url = 'https://www.linkedin.com/jobs/view/4056789012/';
    ld.title = 'Renamed in JSON-LD';
    script.textContent = JSON.stringify(ld);
    const result = extractPosting(doc, new URL('https://de.linkedin.com/jobs/view/ai-model-evaluator-german-at-lumen-ridge-4056789012'), linkedin);
    expect(result).toMatchObject({ status: 'ok', posting: { via: 'json-ld', title: 'Renamed in JSON-LD' } });
  });

  it('survives malformed blocks and finds a posting inside @graph', () => {
    const doc = parse(`<html><head><script type="application/ld+json">{not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["JobPosting"],"title":"Tax Law Reviewer","hiringOrganization":"Fennel Ledger",
      "baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":40,"maxValue":55,"unitText":"HOUR"}},
      "jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"}}]}</script></head>
      <body><main><h1>Tax Law Reviewer</h1><section itemprop="description"><p>Grade model answers on tax questions for a research lab; flexible hours, remote.</p></section></main></body></html>`);
    const result = extractPosting(doc, new URL('https://x.example/j/1'), genericJsonLd);
    expect(result).toMatchObject({ status: 'ok', posting: { company: 'Fennel Ledger', payText: '$40 - $55 per hour', location: 'Remote, USA' } });
  });
});

describe('interstitials and unknown layouts', () => {
  it('LinkedIn /authwall and /checkpoint URLs are not job pages', () => {
    for (const path of ['/authwall?trk=jobs&sessionRedirect=%2Fjobs%2Fview%2F4012345678', '/checkpoint/challenge/AgF']) {
      const doc = parse('<html><body><main id="main-content"><h1>Sign in</h1></main></body></html>');
      expect(extractPosting(doc, new URL(`https://www.linkedin.com${path}`), linkedin).status).toBe('not-a-job-page');
    }
  });

  it('a Cloudflare "Just a moment" page is not a job page', () => {
    const doc = parse('<html><head><title>Just a moment...</title></head><body><div class="cf-turnstile"></div></body></html>');
    expect(extractPosting(doc, new URL('https://www.linkedin.com/jobs/view/4012345678/'), linkedin)).toMatchObject({ status: 'not-a-job-page' });
  });

  it('a job URL whose page lacks every known root is an unknown layout, never a guess', () => {
    const doc = parse('<html><body><main class="x"><h1>AI Trainer</h1><div class="desc"><p>Long enough text about rating chatbot answers for money.</p></div></main></body></html>');
    const result = extractPosting(doc, new URL('https://www.linkedin.com/jobs/view/4012345678/'), linkedin);
    expect(result.status).toBe('unknown-layout');
  });

  it('a non-job URL on a claimed origin is not a job page', () => {
    expect(extractPosting(parse('<html><body></body></html>'), new URL('https://www.linkedin.com/feed/'), linkedin).status).toBe('not-a-job-page');
  });
});

describe('textWithMap', () => {
  it('separates blocks with newlines and maps every text node to its offset', () => {
    const doc = parse('<div id="d"><h2>About</h2><p>Rate <strong>AI</strong> answers.</p><ul><li>one</li><li>two</li></ul>line<br>next</div>');
    const { text, map } = textWithMap(doc.getElementById('d')!);
    expect(text).toBe('About\nRate AI answers.\none\ntwo\nline\nnext');
    for (const { node, start } of map) expect(text.slice(start, start + node.data.length)).toBe(node.data);
    const ai = map.find((m) => m.node.data === 'AI')!;
    expect(ai.start).toBe(text.indexOf('AI answers'));
  });

  it('keeps whitespace inside text nodes length for length, so node offsets stay valid', () => {
    const doc = parse('<div id="d"><p>\n  Pay:\u00a0$20\n  per hour</p>\n  <p>Next</p></div>');
    const { text, map } = textWithMap(doc.getElementById('d')!);
    // Edge newlines are indentation (spaces); an inner newline is a real break (pre-line text).
    expect(text.startsWith('   Pay: $20\n  per hour')).toBe(true);
    expect(text.endsWith('Next\n')).toBe(true);
    for (const { node, start } of map) expect(text.slice(start, start + node.data.length).length).toBe(node.data.length);
  });

  it('turns pre-line paragraphs into lines and finds strong-only headings', () => {
    const doc = parse('<div id="d"><p>Intro line.\n\nScope:\n- one\n- two</p><p><strong>Pay</strong></p><p>$30 per hour</p></div>');
    const root = doc.getElementById('d')!;
    expect(textWithMap(root).text).toBe('Intro line.\n\nScope:\n- one\n- two\nPay\n$30 per hour\n');
  });

  it('skips scripts, buttons and hidden parts', () => {
    const doc = parse('<div id="d"><p>Visible</p><script>var x = 1;</script><button>Show more</button><span hidden>secret</span></div>');
    expect(textWithMap(doc.getElementById('d')!).text).toBe('Visible\n');
  });
});
