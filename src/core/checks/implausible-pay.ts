// Pay far above what unskilled work earns, offered as easy money.
import type { SignalRule } from '../../data/schema.ts';
import { anyMatch, MAX_EVIDENCE, MAX_TITLE, pushEvidence, type SignalDocument } from '../signal-document.ts';
import type { Evidence } from '../types.ts';
import { leadingWords, requiredWords, type WordFilter, type WordSet } from '../pattern-words.ts';
import { pinnedIds } from '../lexicon.ts';
import { DOLLAR_LIKE, gluedNextItem } from '../pay.ts';
import { docPasses, leadingTokens, registerFilter, registerWordSet } from '../word-sets.ts';
import { num, perRule, strings } from './params.ts';

const PERIODS: Record<string, 'hour' | 'day' | 'week' | 'month'> = {
  hour: 'hour', hr: 'hour', hourly: 'hour', h: 'hour',
  day: 'day', daily: 'day',
  week: 'week', wk: 'week', weekly: 'week',
  month: 'month', mo: 'month', monthly: 'month',
};
// "$500 a day", "$100-$200 daily", "€150 to €230 per day", "£2,500 per week", "$120/hr": the low
// figure, the high one of a range, and the period. Digits are bounded, and the separators are single
// optional characters, so there is nothing to backtrack over. Sticky: every match starts at a
// currency sign (PAY_SIGNS), so it is tried only there.
const PAY_RE =
  /[$€£]\s?(\d{1,3}(?:,\d{3}){0,2}|\d{1,7})(?:\.\d{1,2})?(?:\s?(?:-|–|to)\s?[$€£]?\s?(\d{1,3}(?:,\d{3}){0,2}|\d{1,7})(?:\.\d{1,2})?)?\+?\s?(?:(?:per|a|an|each|every|\/)\s?)?(hourly|hour|hr|h|daily|day|weekly|week|wk|monthly|month|mo)\b/iuy;
/** The signs of the currencies the limits hold for (about a dollar's worth). */
const PAY_SIGNS = ['$', '€', '£'];

// "you might work just one to three hours daily", "work 1-2 hours a day": the hours a day's pay is
// for, said of the work (not "a one hour a day lunch break").
const DAILY_HOURS_RE = /\b(?:work|working|spend|spending|just|only)\s(?:just\s|only\s)?([1-5]|one|two|three|four|five)(?:\s?(?:-|–|to)\s?([1-5]|two|three|four|five))?\s(?:hours?|hrs?)\s(?:a\sday|daily|per\sday|each\sday|every\sday)\b/iu;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

// "£400 GBP for every survey completed", "$250 per shop", and in a text about surveys or shops
// (considerShops) "$400/ assignment" or "per visit": a survey or a mystery shop pays tens, not
// hundreds. Not a task: experts' AI tasks can pay well over a thousand ("$1,450 per completed task").
// Sticky, tried at each currency sign.
const SHOP_PAY_RE =
  /(?:\$|£|€)\s?(\d{1,3}(?:,\d{3})?|\d{1,6})(?:\.\d{1,2})?\s?(?:usd|gbp|eur|dollars|pounds|euros)?\s?(?:per|for\s(?:every|each)|each|a|an|\/)\s?(?:completed\s|finished\s)?(?:survey|shop|assignment|visit)s?\b/iuy;

interface Cues {
  res: RegExp[];
  /** Per cue, the words a match needs (pattern-words.ts): a posting without them skips that regex. */
  filters: WordFilter[];
  /** Per cue, the words a match starts with, or null; where known, the cue is tried only at those tokens. */
  leads: (WordSet | null)[];
  /** Per cue, the same regex matching only where it starts (lastIndex). */
  stickies: RegExp[];
}

const cueRegexes = perRule((rule): Cues => {
  const sources = strings(rule.params.cues);
  const c = { res: sources.map((x) => new RegExp(x, 'iu')), filters: sources.map(requiredWords), leads: sources.map(leadingWords), stickies: sources.map((x) => new RegExp(x, 'iuy')) };
  c.filters.forEach(registerFilter);
  for (const lead of c.leads) if (lead) registerWordSet(lead);
  return c;
});

/** Does some cue match the posting's text? Cues whose words the posting lacks cannot. */
function cueInText(cues: Cues, doc: SignalDocument): boolean {
  for (let k = 0; k < cues.res.length; k++) {
    const filter = cues.filters[k];
    if (filter && doc.words && !docPasses(filter, doc.words)) continue;
    const lead = cues.leads[k];
    if (lead && doc.words) {
      // "No experience is required": most postings say "experience" and "required" somewhere, so the
      // words alone rarely rule the cue out; trying it only where "no", "little" … start is cheaper.
      const sticky = cues.stickies[k]!;
      for (const t of leadingTokens(lead, doc.words)) {
        sticky.lastIndex = doc.tokens.start[t]!;
        if (sticky.test(doc.text)) return true;
      }
      continue;
    }
    const re = cues.res[k]!;
    re.lastIndex = 0;
    if (re.test(doc.text)) return true;
  }
  return false;
}

/**
 * Pay far above what unskilled work earns, offered with "no experience needed" or a similar
 * easy-money line. The figure comes from the parsed pay or from "$X per day/week/hour" text.
 */
export function implausiblePay(rule: SignalRule, doc: SignalDocument): Evidence[] | null {
  const { params } = rule;
  const title = doc.title.slice(0, MAX_TITLE);
  // Nothing to judge without a figure: most postings skip the cue scans entirely.
  if (!doc.pay && !doc.text.includes('$') && !title.includes('$') && !doc.text.includes('£') && !doc.text.includes('€')) return null;
  const cues = cueRegexes(rule);
  if (!cues) return null;
  const limits = {
    hour: num(params.hourly, 100),
    day: num(params.daily, 400),
    week: num(params.weekly, 2000),
    month: num(params.monthly, 8000),
  };
  const extreme = num(params.extremeFactor, 4);
  // Experts' hourly rates run high ("physicians, $150–$300 an hour"): the hour may set its own point past which no cue is needed.
  const extremes = { hour: num(params.extremeHourly, limits.hour * extreme), day: limits.day * extreme, week: limits.week * extreme, month: limits.month * extreme };
  const j: Judging = { limits, extremes, cues, doc, title, cueSeen: null, out: [] };
  const { out } = j;
  consider(j, title, -1);
  consider(j, doc.text, 0);
  considerShops(j, doc.text, num(params.perShop, 100), num(params.extremePerShop, 300));
  // The limits are in dollars and hold for currencies of about the same worth (DOLLAR_LIKE): a figure
  // in rupees or yen, or with no currency at all (a bare salary field), says nothing against them.
  const hourly = doc.pay && DOLLAR_LIKE.has(doc.pay.currency) ? (doc.pay.hourlyMin ?? doc.pay.hourlyMax) : null;
  if (out.length === 0 && hourly !== null && (hourly >= extremes.hour || (hourly >= limits.hour && hasCue(j)))) {
    const ev = doc.pay?.evidence;
    pushEvidence(out, ev ? ev.start : -1, ev ? ev.text : `about $${Math.round(hourly)} an hour`);
  }
  return out.length > 0 ? out : null;
}

/** One posting being judged: the rule's limits and cues, and the evidence so far. */
interface Judging {
  limits: Record<'hour' | 'day' | 'week' | 'month', number>;
  /** Per period, the figure too high whatever the posting says. */
  extremes: Record<'hour' | 'day' | 'week' | 'month', number>;
  cues: Cues;
  doc: SignalDocument;
  title: string;
  /** Whether an easy-money cue occurs, once asked. */
  cueSeen: boolean | null;
  /** The most hours a day the text states for the work (dailyHours), once asked. */
  hoursADay?: number | null;
  out: Evidence[];
}

function hasCue(j: Judging): boolean {
  return (j.cueSeen ??= cueInText(j.cues, j.doc) || anyMatch(j.cues.res, j.title));
}

/**
 * The most hours a day the text says the work takes ("one to three hours daily": 3), or null. Asked
 * only of a day's pay: "€230 per day" for at most three hours is €77 an hour.
 */
function dailyHours(j: Judging): number | null {
  if (j.hoursADay === undefined) {
    const m = DAILY_HOURS_RE.exec(j.doc.text);
    const most = m ? (m[2] ?? m[1])!.toLowerCase() : null;
    j.hoursADay = most === null ? null : (NUMBER_WORDS[most] ?? Number(most));
  }
  return j.hoursADay;
}

/** Notes the "$X per period" figures of `text` (evidence at `base` + index, -1 for the title) that are too high. */
function consider(j: Judging, text: string, base: number): void {
  for (const sign of PAY_SIGNS) {
    let from = 0;
    for (let at = text.indexOf(sign); at >= 0 && j.out.length < MAX_EVIDENCE; at = text.indexOf(sign, at + 1)) {
      if (at < from) continue;
      PAY_RE.lastIndex = at;
      const m = PAY_RE.exec(text);
      if (!m) continue;
      from = at + m[0].length;
      if (tooHigh(j, m)) pushEvidence(j.out, base < 0 ? -1 : base + at, m[0]);
    }
  }
}

/** Is the figure of a PAY_RE match too high for its period, or, a day's pay, for the hours a day the text states? */
function tooHigh(j: Judging, m: RegExpExecArray): boolean {
  const amount = Number(m[1]!.replace(/,/gu, ''));
  const period = PERIODS[m[3]!.toLowerCase()];
  if (!period || !Number.isFinite(amount)) return false;
  // "$32,000-$42,000Weekly Pay": the next item of a flattened list, not the period.
  if (gluedNextItem(m[0], m[3])) return false;
  if (amount >= j.extremes[period] || (amount >= j.limits[period] && hasCue(j))) return true;
  if (period !== 'day') return false;
  const hours = dailyHours(j);
  if (hours === null) return false;
  const top = m[2] ? Number(m[2].replace(/,/gu, '')) : amount;
  const hourly = top / hours;
  return hourly >= j.extremes.hour || (hourly >= j.limits.hour && hasCue(j));
}

/** Words a "£X for every survey" figure needs: most postings have neither, which their word index tells. */
const SHOP_WORDS = ['survey', 'surveys', 'shop', 'shops'];
let shopWordIds: number[] | null = null;

/** Notes the "£X for every survey" figures of the text that are too high for one survey or shop. */
function considerShops(j: Judging, text: string, limit: number, extreme: number): void {
  const index = j.doc.words?.index;
  if (index) {
    shopWordIds ??= pinnedIds(SHOP_WORDS);
    if (!shopWordIds.some((id) => index.hasId(id))) return;
  }
  for (const sign of ['$', '£', '€']) {
    for (let at = text.indexOf(sign); at >= 0 && j.out.length < MAX_EVIDENCE; at = text.indexOf(sign, at + 1)) {
      SHOP_PAY_RE.lastIndex = at;
      const m = SHOP_PAY_RE.exec(text);
      if (!m) continue;
      const amount = Number(m[1]!.replace(/,/gu, ''));
      if (amount >= extreme || (amount >= limit && hasCue(j))) pushEvidence(j.out, at, m[0]);
    }
  }
}
