// @vitest-environment happy-dom
// The employer on result-list cards: read per board from our fixtures (modelled on each board's real
// card markup), by position on LinkedIn's hookless SDUI cards, from ZipRecruiter's embedded JSON when
// the card has no hook, from the startup group on Wellfound, and never from Upwork (no employer).
import { describe, expect, it } from 'vitest';
import { adapterFor, glassdoor, indeed, linkedin, upwork, wellfound, workable, ziprecruiter } from '../../content-scripts/adapters/index.ts';
import type { Adapter } from '../../content-scripts/adapters/types.ts';
import { extractCards } from '../../content-scripts/extract/index.ts';
import { CARD_COMPANY_MAX } from '../../src/schema/messages.ts';
import { listFixtures, loadDocument } from './load.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const companies = (doc: Document, adapter: Adapter): Record<string, string | null> =>
  Object.fromEntries(extractCards(doc, adapter).map((card) => [card.jobKey, card.company]));

describe('card company per board fixture', () => {
  const cases: [string, Adapter, Record<string, string | null>][] = [
    ['linkedin/sdui-search', linkedin, { '4023456789': 'Halcyon Data Works', '4023456793': 'Mercor', '4023456794': 'Harlow & Pike Tax Advisors' }],
    ['linkedin/sdui-view', linkedin, { '4011111111': 'Decoy Partners LLP' }],
    ['linkedin/classic-search', linkedin, { '4034567890': 'Brightwave Opportunities Group', '4034567893': 'micro1', '4034567894': 'Ashcombe Legal LLP' }],
    ['linkedin/guest-search', linkedin, { '4056789013': 'Outlier', '4056789014': 'Northfield Research Institute' }],
    ['indeed/search-pane', indeed, { '7d2b9e4c1a8f3e56': 'Quarry Lane AI', '4c8e2a6f0b3d9e17': 'DataAnnotation', '9f1d3b7e5a2c8e40': 'Copperline Accounting' }],
    ['glassdoor/search-pane', glassdoor, { '1009512345681': 'Aurora Signal', '1009512345683': 'Alignerr', '1009512345684': 'Whitcombe & Rowe LLP' }],
    ['ziprecruiter/search-pane', ziprecruiter, { 'Q2mE7yH1pXv0': 'Tidewater Editorial', 'S4pG8mL2rYa3': 'Mercor', 'T9qH1nM5sZb4': 'Riverside Health Partners' }],
    ['wellfound/browse', wellfound, { '3201456': 'micro1', '3201457': 'Sable Ledger Analytics', '3201458': 'Sable Ledger Analytics' }],
    ['workable/jobs-search', workable, { '8rTq2mVx4LpW9sKd3Hn6Yd': 'Lyrebird Archive', '3kPw7bNz2RtY6uJm8Qv4Xa': 'micro1', '5mQx9cLa4SvZ1wKn3Ru8Yb': 'Larchmont Capital' }],
  ];
  for (const [fixture, adapter, want] of cases) {
    it(`${fixture}: ${adapter.id} reads the employer each card shows`, () => {
      expect(companies(loadDocument(`tests/fixtures/boards/${fixture}.html`), adapter)).toMatchObject(want);
    });
  }

  it('every card on a board that shows employers gets one; Upwork cards get none', () => {
    for (const f of listFixtures().filter((x) => x.expected.cards)) {
      const adapter = adapterFor(new URL(f.expected.url))!;
      const cards = extractCards(loadDocument(f.htmlPath), adapter);
      expect(cards.length, f.htmlPath).toBeGreaterThan(0);
      for (const card of cards) {
        if (adapter === upwork) expect(card.company, `${f.htmlPath} ${card.jobKey}`).toBeNull();
        else expect(card.company, `${f.htmlPath} ${card.jobKey}`).toMatch(/\S/);
      }
    }
  });

  it('each board with cards and an employer on them has cardCompany selectors or a getter', () => {
    for (const adapter of [linkedin, indeed, glassdoor, ziprecruiter, wellfound, workable]) {
      expect(Boolean(adapter.selectors.cardCompany?.length || adapter.read?.cardCompany), adapter.id).toBe(true);
    }
    expect(upwork.selectors.cardCompany ?? []).toEqual([]);
    expect(upwork.read?.cardCompany).toBeUndefined();
  });
});

describe('LinkedIn SDUI cards: the company by position', () => {
  const card = (key: string, inner: string): string =>
    `<div componentkey="job-card-component-ref-${key}" role="button"><figure><img alt=""></figure><div>${inner}</div></div>`;

  it('is the line after the title line, skipping a repeat of the title', () => {
    const doc = parse(card('4100000101', '<p><strong>Legal Expert</strong></p><p>Legal Expert</p><p>Mercor</p><p>Remote</p>'));
    expect(companies(doc, linkedin)).toEqual({ '4100000101': 'Mercor' });
  });

  it('is null when the card has no line after the title (never the title itself)', () => {
    const doc = parse(card('4100000102', '<p><strong>Legal Expert</strong></p>'));
    expect(companies(doc, linkedin)).toEqual({ '4100000102': null });
  });

  it('is not read by position outside SDUI cards', () => {
    const doc = parse(
      '<ul><li data-occludable-job-id="4100000103"><div class="job-card-container" data-job-id="4100000103"><a class="job-card-container__link" href="/jobs/view/4100000103/"><strong>Legal Expert</strong></a><p>Mercor</p></div></li></ul>',
    );
    expect(companies(doc, linkedin)).toEqual({ '4100000103': null });
  });
});

describe('ZipRecruiter: embedded JSON by listing key', () => {
  const page = (json: string, cards: string): Document =>
    parse(`<html><head><script id="js_variables" type="application/json">${json}</script></head><body><div data-testid="left-pane">${cards}</div></body></html>`);
  const card = (key: string, company = ''): string =>
    `<article class="job_result" data-testid="job-card" data-listing-key="${key}"><h2><a class="job_link" href="/jobs/x?lvk=${key}">Legal Expert</a></h2>${company}<p>Remote</p></article>`;
  const json = JSON.stringify({ hydrateJobCardsResponse: { jobCards: [{ listingKey: 'A1', company: { name: 'Alignerr' } }, { listingKey: 'B2', company: {} }] } });

  it('fills a card whose markup has no company hook, and the hook wins where there is one', () => {
    const doc = page(json, card('A1') + card('B2') + card('C3') + card('A9', '<div data-testid="job-card-company">Ferncliff Law</div>'));
    expect(companies(doc, ziprecruiter)).toEqual({ A1: 'Alignerr', B2: null, C3: null, A9: 'Ferncliff Law' });
  });

  it('malformed JSON gives no company rather than an error', () => {
    expect(companies(page('{not json', card('A1')), ziprecruiter)).toEqual({ A1: null });
  });
});

describe('Wellfound: the startup group', () => {
  it('a job card outside any startup group has no company (the page header is not its employer)', () => {
    const doc = parse(
      '<header><a href="/company/decoy" data-test="StartupName">Decoy</a></header><div data-test="JobCard"><a data-test="JobTitle" href="/jobs/3300001-legal-expert">Legal Expert</a></div>',
    );
    expect(companies(doc, wellfound)).toEqual({ '3300001': null });
  });
});

describe('card company text', () => {
  it('is tidied to one line, and a text too long for a name is dropped, never cut', () => {
    const long = 'Quarry '.repeat(Math.ceil(CARD_COMPANY_MAX / 7) + 1);
    const doc = parse(
      `<ul><li><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="aaaaaaaaaaaaaaa1"><span title="Tax Expert">Tax Expert</span></a></h2><span data-testid="company-name">
        Data
        Annotation   </span></div></li>
       <li><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="aaaaaaaaaaaaaaa2"><span title="Tax Expert">Tax Expert</span></a></h2><span data-testid="company-name">${long}</span></div></li></ul>`,
    );
    expect(companies(doc, indeed)).toEqual({ aaaaaaaaaaaaaaa1: 'Data Annotation', aaaaaaaaaaaaaaa2: null });
  });
});
