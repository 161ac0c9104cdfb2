// Where in a text the amount patterns of pay.ts can match: stretches around its digits, and in
// each the first place a match of each pattern can start. Every amount has a digit, so most of a
// posting (letters) is never handed to the patterns; and a stretch whose figures no currency is
// written beside (dates, counts, years) is skipped by each pattern with a look at two characters.
import type { Tokens } from './tokenize.ts';

const COMMON_CODES = 'USD|US\\$|EUR|GBP|INR|CAD|CA\\$|C\\$|AUD|AU\\$|A\\$|NZD|NZ\\$|SGD|SG\\$|S\\$|HKD|HK\\$|JPY|CHF|PHP|MXN|MX\\$|BRL|R\\$|ZAR|Rs\\.?';
// Where language raters and annotators are hired in their own money. Not TRY, PEN, COP or RON, which are English words too.
export const LOCAL_CODES = 'IDR|Rp\\.?|MYR|RM|VND|THB|KRW|CNY|RMB|TWD|NT\\$|PLN|CZK|HUF|SEK|NOK|DKK|RUB|UAH|ILS|AED|SAR|EGP|NGN|KES|PKR|BDT|CLP';
export const LOCAL_CODES_AFTER = 'IDR|MYR|VND|THB|KRW|CNY|RMB|TWD|PLN|CZK|HUF|SEK|NOK|DKK|RUB|UAH|ILS|AED|SAR|EGP|NGN|KES|PKR|BDT|CLP|PHP';
export const LOCAL_SIGNS = '₩₦฿₫₽₴₪';

/** Currency codes as pay.ts's common amount pattern reads them (case-insensitive). */
export const CODES = COMMON_CODES;
/** Codes pay.ts's PAY_CODE_AFTER reads after a figure ("40 EUR/h"). */
export const CODES_AFTER = 'USD|EUR|GBP|INR|CAD|AUD|SGD|CHF|LPA';
/** Numbers per stretch in payStretches' list: from, to, then where each of pay.ts's four patterns can first match. */
export const STRETCH = 6;

/** Characters a figure's match can reach before its first digit ("up to US$ ") and after it. */
const BEFORE_DIGIT = 24;
const AFTER_DIGIT = 120;
// Each run of digits at once: the regex engine finds the next digit much faster than a
// charCodeAt loop walks to it (most of a posting is letters).
const DIGIT_RUN = /\d+/g;

// PAY (currency before the figure) needs its currency, at most one space, then a digit: the first
// digit of a run, since a digit within a run follows a digit. Its match starts at most "up to" and
// three spaces, a three-character currency and a space before that digit.
const PAY_AT = new RegExp(`(?<=(?:${COMMON_CODES}|[$€£₹¥₱])\\s?)\\d`, 'iuy');
// The local codes and signs, as written (capitals, "Rp"): looked up apart, and only where a capital,
// a "p" or a sign stands before the digit, so that the common lookup stays as short as it was.
const LOCAL_PAY_AT = new RegExp(`(?<=(?:${LOCAL_CODES}|[${LOCAL_SIGNS}])\\s?)\\d`, 'uy');
// pay.ts's local patterns reach as far as its common ones ("NT$ " is the longest code, and a space).
const PAY_REACH = 5 + 3 + 3 + 1;
// PAY_CODE_AFTER needs a code or symbol after the end of a figure's digits: at most a space, a "k"
// and two spaces between (its \b after the code left out: this only rules out). Its match starts at
// most "up to" and three spaces, a period word like 時給 with ":" and a space, a figure (at most 24
// characters), a space and "k", a range word with three spaces each side and a second figure before.
const CODE_AFTER_AT = /\s?(?:[kK]|lakhs?|lacs?|crores?)?\s{0,2}(?:USD|EUR|GBP|INR|CAD|AUD|SGD|CHF|LPA|[$€£₹¥円]|dollar|euro|rupee)/iuy;
const LOCAL_CODE_AFTER_AT = new RegExp(`\\s?[kK]?\\s{0,2}(?:${LOCAL_CODES_AFTER}|[${LOCAL_SIGNS}元]|zł)`, 'uy');
const CODE_AFTER_REACH = 8 + 4 + 24 + 2 + 9 + 24;

// Cheap first looks, so that the lookups above run for few digits. ASCII characters only: any
// other character sends the digit to the lookup (a currency symbol, a space, a folded letter).
const ENDS_CURRENCY = new Uint8Array(128);
for (const c of 'DRPYFNLS') ENDS_CURRENCY[c.charCodeAt(0)] = ENDS_CURRENCY[c.toLowerCase().charCodeAt(0)] = 1;
ENDS_CURRENCY['.'.charCodeAt(0)] = ENDS_CURRENCY['$'.charCodeAt(0)] = 1;
const STARTS_CODE_AFTER = new Uint8Array(128);
for (const c of 'KUEGICASDRL') STARTS_CODE_AFTER[c.charCodeAt(0)] = STARTS_CODE_AFTER[c.toLowerCase().charCodeAt(0)] = 1;
for (let c = 0; c <= 32; c++) STARTS_CODE_AFTER[c] = 1;
STARTS_CODE_AFTER['$'.charCodeAt(0)] = 1;

const maybe = (table: Uint8Array, c: number): boolean => c >= 128 || table[c] === 1;

/** Whether a common currency can be written just before the digit at `d` (the lookup decides). */
function currencyBefore(text: string, d: number): boolean {
  if (!(maybe(ENDS_CURRENCY, text.charCodeAt(d - 1)) || (d >= 2 && maybe(ENDS_CURRENCY, text.charCodeAt(d - 2))))) return false;
  PAY_AT.lastIndex = d;
  return PAY_AT.test(text);
}

/** Whether a local code or sign can be written just before the digit at `d`. */
function localBefore(text: string, d: number): boolean {
  if (!localCodeBefore(text, d)) return false;
  LOCAL_PAY_AT.lastIndex = d;
  return LOCAL_PAY_AT.test(text);
}

// The last characters of the local codes ("IDR", "Rp", "Rp.", "NT$"...), capitals as written.
const ENDS_LOCAL = new Uint8Array(128);
for (const c of 'RMDBWYNKFHSPTp$.') ENDS_LOCAL[c.charCodeAt(0)] = 1;

/**
 * Can a local code ("RM", "IDR", "Rp.", "NT$") or sign end just before the digit at `d`, after at
 * most a space? Codes are capitals as written: the letter before the last one is a capital too (the
 * "R" of "Rp"). "FY2024" gets to the lookup; "at 5", "H1B" and "Level 3" do not.
 */
function localCodeBefore(text: string, d: number): boolean {
  let e = d - 1;
  let c = text.charCodeAt(e);
  if (c === 32 || c === 0xa0) c = text.charCodeAt(--e);
  if (c >= 128) return true;
  if (!(c >= 0 && ENDS_LOCAL[c] === 1)) return false;
  if (c === 46) c = text.charCodeAt(--e);
  return isCapital(text.charCodeAt(e - 1));
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Whether a common code or symbol can follow the figure whose digits end at `r`. */
function codeAfter(text: string, r: number): boolean {
  if (r >= text.length || !maybe(STARTS_CODE_AFTER, text.charCodeAt(r))) return false;
  CODE_AFTER_AT.lastIndex = r;
  return CODE_AFTER_AT.test(text);
}

/** Whether a local code or sign can follow the figure whose digits end at `r`. */
function localAfter(text: string, r: number): boolean {
  // After at most a space, a "k" and two spaces: three capitals ("IDR", "AED"), "zł" or a sign.
  // "5 Years" and "3 Days" stop here.
  let q = r;
  while (q < r + 4 && q < text.length) {
    const c = text.charCodeAt(q);
    if (c === 32 || c === 9 || c === 0xa0 || c === 107 || c === 75) q++;
    else break;
  }
  if (q >= text.length) return false;
  const c = text.charCodeAt(q);
  const code = isCapital(c) && isCapital(text.charCodeAt(q + 1)) && isCapital(text.charCodeAt(q + 2));
  if (!(code || (c === 122 && text.charCodeAt(q + 1) === 0x142) || c >= 128)) return false;
  LOCAL_CODE_AFTER_AT.lastIndex = r;
  return LOCAL_CODE_AFTER_AT.test(text);
}

/**
 * Stretches of `text` around its digits, merged where they overlap, STRETCH numbers each: from, to,
 * then where a match of each of pay.ts's patterns can first start (PAY, PAY_CODE_AFTER, and their
 * local-currency twins; -1: nowhere in it). A match reaches at most BEFORE_DIGIT before its first
 * digit and AFTER_DIGIT after it, so scanning these stretches from those places finds exactly the
 * matches a scan of the whole text finds.
 */
export function payStretches(text: string, tokens?: Tokens): number[] {
  const out: number[] = [];
  const digits = tokens?.digits;
  if (digits === undefined) {
    DIGIT_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIGIT_RUN.exec(text)) !== null) addRun(text, out, m.index, m.index + m[0].length);
    return out;
  }
  // Every ASCII digit is inside a token, and the tokenizer listed the tokens that hold one: their
  // runs of digits are the ones a search of the whole text finds (a run never spans two tokens).
  if (digits === null) return out;
  for (const t of digits) {
    const to = tokens!.end[t]!;
    for (let k = tokens!.start[t]!; k < to; ) {
      if (!isDigit(text.charCodeAt(k))) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < to && isDigit(text.charCodeAt(e))) e++;
      addRun(text, out, k, e);
      k = e;
    }
  }
  return out;
}

/**
 * Where, from `at` on in a stretch ending at `to`, a match of pay.ts's pattern number `slot` (as
 * in payStretches' list) can next start; -1 where none can. The same bounds as payStretches', from
 * each run of digits on: a pattern run on after its match would otherwise try every position to
 * the stretch's end (120 characters past the figure), and that was most of its time.
 */
export function nextMatchFrom(text: string, slot: number, at: number, to: number): number {
  // In the middle of a run of digits, a figure may start right here.
  if (at > 0 && isDigit(text.charCodeAt(at)) && isDigit(text.charCodeAt(at - 1))) return at;
  for (let d = at; d < to; ) {
    if (!isDigit(text.charCodeAt(d))) {
      d++;
      continue;
    }
    let e = d + 1;
    while (e < text.length && isDigit(text.charCodeAt(e))) e++;
    if (slot === 0 ? currencyBefore(text, d) : slot === 1 ? codeAfter(text, e) : slot === 2 ? localBefore(text, d) : localAfter(text, e)) {
      return Math.max(at, slot === 0 || slot === 2 ? d - PAY_REACH : e - CODE_AFTER_REACH);
    }
    d = e;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Adds the run of digits text[d, e) to the stretches in `out` (see payStretches). */
function addRun(text: string, out: number[], d: number, e: number): void {
  // The rest of the run lies inside the stretch its first digit makes.
  const start = Math.max(0, d - BEFORE_DIGIT);
  const end = Math.min(text.length, d + AFTER_DIGIT);
  let last = out.length - STRETCH;
  if (last >= 0 && start <= out[last + 1]!) out[last + 1] = Math.max(out[last + 1]!, end);
  else {
    last = out.length;
    out.push(start, end, -1, -1, -1, -1);
  }
  if (out[last + 2]! < 0 && currencyBefore(text, d)) out[last + 2] = Math.max(out[last]!, d - PAY_REACH);
  if (out[last + 3]! < 0 && codeAfter(text, e)) out[last + 3] = Math.max(out[last]!, e - CODE_AFTER_REACH);
  if (out[last + 4]! < 0 && localBefore(text, d)) out[last + 4] = Math.max(out[last]!, d - PAY_REACH);
  if (out[last + 5]! < 0 && localAfter(text, e)) out[last + 5] = Math.max(out[last]!, e - CODE_AFTER_REACH);
}
