// Pay: the figure a posting states, normalised to hourly where the period allows, and placed
// against the market band for evaluator work (about $15–40/h general, more for expert review).
import { CODES, CODES_AFTER, LOCAL_CODES, LOCAL_CODES_AFTER, LOCAL_SIGNS, nextMatchFrom, payStretches, STRETCH } from './pay-stretches.ts';
import { pinnedIds, wordOf } from './lexicon.ts';
import type { Tokens } from './tokenize.ts';
import type { Evidence, Pay, PayPeriod } from './types.ts';

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR', '¥': 'JPY', '円': 'JPY', '₱': 'PHP', '₩': 'KRW', '₦': 'NGN', '฿': 'THB', '₫': 'VND', '₽': 'RUB', '₴': 'UAH', '₪': 'ILS', '元': 'CNY', ZŁ: 'PLN', RP: 'IDR', RM: 'MYR', 'NT$': 'TWD', RMB: 'CNY' };
/** Currencies whose postings write thousands with a dot ("EUR 40.000"). */
const DOT_THOUSANDS = new Set(['EUR', 'CHF', 'BRL', 'IDR', 'VND', 'CLP', 'DKK', 'NOK']);
// Thousands by comma or space ("1,500.50"), thousands by dot ("40.000", "1.234,56": read as
// thousands only where the currency or a decimal comma says so, see amount()), a decimal comma
// ("26,67"), a plain figure.
const NUMBER =
  '\\d{1,3}(?:[,\u00a0 ]\\d{3}){1,4}(?:\\.\\d{1,4})?|[1-9]\\d{0,2}(?:\\.\\d{3}){1,3}(?:,\\d{1,2})?(?![.,]?\\d)|\\d{1,9},\\d{2}(?![.,]?\\d)|\\d{1,9}(?:\\.\\d{1,4})?';
// A figure must end where its digits end ("$1.5B" is not "$1"), and company sizes ("raised $40M",
// "a $2 billion market") are not pay.
const WHOLE_FIGURE = '(?![.,]?\\d)(?!\\s?(?:[mb]n?|mm|million|billion|trillion|mil|mio|mrd)\\b)';
// "and" only makes a range after "between" (see toCandidate): "$20/hour and a $500 bonus" is none.
// Any dash (a word processor's "‐", "‑" or "−" too), and dashes around "to" ("$40-to- $80", "$8-to‐$65").
const DASH = '[-‐‑‒–—−]';
const RANGE = `(?:\\\\?${DASH}(?:\\s?to\\s?${DASH}?)?|to(?:\\s?${DASH})?|~|à|bis|and)`;
// A code is a word of its own: "4cad5f" in a link's hash is no Canadian dollar.
const CURRENCY = `(?<![\\p{L}\\d])(?:${CODES})\\s?|[$€£₹¥₱]\\s?`;
// The local codes and signs have patterns of their own, run only where pay-stretches.ts finds one.
const LOCAL_CURRENCY = `(?<![\\p{L}\\d])(?:${LOCAL_CODES})\\s?|[${LOCAL_SIGNS}]\\s?`;
// "40k", and the Indian "₹5 lakh", "3.5 - 5 Lakhs PA", "₹2 crore" (a lakh is 100,000, a crore 100 lakh).
const MULTIPLIER = '(?:[kK]|lakhs?|lacs?|crores?)\\b';
// "Up to", and the same in the other languages postings for language raters come in ("paga até US$ 5.500").
const UP_TO = "(?:up to|até|hasta|jusqu['’]à|bis zu|fino a)";
// Gross or net between the figure and its period ("€20–25 brutto pro Stunde").
const GROSS = '(?:(?:brutto|netto|gross|net|before\\stax|pre-tax)\\s{1,3})?';
// English units, and the hour/day/week/month/year words of the other languages postings for
// language raters come in ("27,93 $/heure", "26,67 USD/Stunde", "20 € por hora").
const PERIOD =
  '(?:an?|per|\\/|each|every|par|por|pro|al|ao|a\\sla|de\\sl[\'’]|all[\'’])\\s*(?:hour|hr|h|day|week|wk|month|mo|year|yr|annum|task|label|item|unit|question|submission|project|video|image|audio|minute|min|heure|hora|stunde|std|uur|ora|jour|d[ií]a|dag|giorno|tag|semaine|semana|woche|settimana|mois|mes|mês|monat|maand|mese|an|año|ano|jahr|jaar|anno|tarea|tarefa|t[aâ]che|aufgabe|compito|taak|jam|hari|minggu|bulan|tahun|tháng|năm|ngày|godz\\.?|godzin[eęy]|miesiąc|mies\\.?|rok)\\b|hourly|daily|weekly|monthly|annually|yearly|p\\.?\\s?a\\.?\\b|p\\/?h\\b|\\/\\s?hr?\\b' +
  // German, Spanish, French and Portuguese adverbs ("3.500 € brutto monatlich"), and "/時" after a yen figure.
  '|(?:stündlich|täglich|wöchentlich|monatlich|jährlich|mensual(?:es)?|mensuel(?:le)?|mensal|anual(?:es)?|annuel(?:le)?)\\b|\\/\\s?(?:時間?|小时|小時|月|年|giờ|час|мес(?:яц)?|год|시간|월)|\\/\\s?1?\\s?(?:条|件|个|個|题|題|単語|字)' +
  // "$60,000 annual salary"; not "$2,000 annual learning allowance".
  '|annual(?=\\s(?:base\\s)?(?:salary|pay|compensation|income|wages?|rate)\\b)';

// "$2,400 per undergraduate section", "$15 for each completed survey": a unit that is no period is a piece
// rate, not a salary guessed from the figure's size.
const PER_OTHER = '(?<perOther>(?:per|pro|for\\s(?:each|every))\\s(?:[\\p{L}\\d-]{1,20}\\s){0,2}[\\p{L}-]{3,20}\\b)';

// One amount, optionally a range, optionally a period. Bounded quantifiers only: no backtracking blow-up.
function currencyFirst(currency: string, codes: string): RegExp {
  return new RegExp(
    `(?<upTo>${UP_TO}\\s{1,3})?(?<symbol>${currency})(?<n1>${NUMBER})${WHOLE_FIGURE}\\s?(?<k1>${MULTIPLIER})?` +
      // "$147,000 USD - 211,000": the code may stand after the first figure of a range.
      `(?:\\s{0,3}(?<codeMid>${codes})(?=\\s{0,3}${RANGE}))?` +
      // "$174,000/yr - $235,000/yr": the period may stand after each figure of a range, which then
      // repeats the currency ("$60 / hour - 5-10 hours a week" is no range).
      `(?:\\s?(?<periodMid>\\/\\s?(?:hour|hr|h|year|yr|month|mo|week|wk|day))(?=\\s{0,3}${RANGE}\\s{0,3}(?:${currency})\\d))?` +
      `(?:\\s{0,3}${RANGE}\\s{0,3}(?:${currency})?(?<n2>${NUMBER})${WHOLE_FIGURE}\\s?(?<k2>${MULTIPLIER})?)?` +
      `(?:\\s{0,3}(?<codeAfter>${codes}))?` +
      `(?:\\s{0,3}${GROSS}(?:(?<period>${PERIOD})|${PER_OTHER}))?`,
    'giu',
  );
}
// "20-30 USD per hour", "40 EUR/h", "27,93 $/heure": the code or symbol after the number.
function currencyAfter(codes: string, symbols: string, words: string): RegExp {
  return new RegExp(
    `(?<upTo>${UP_TO}\\s{1,3})?(?:(?<unitBefore>時給|時薪|时薪|日給|日薪|月給|月薪|年収|年俸|年薪)[:：]?\\s?)?(?<n1>${NUMBER})${WHOLE_FIGURE}\\s?(?<k1>${MULTIPLIER})?(?:\\s{0,3}${RANGE}\\s{0,3}(?<n2>${NUMBER})${WHOLE_FIGURE}\\s?(?<k2>${MULTIPLIER})?)?\\s{0,2}(?:(?<codeAfter>${codes})\\b|(?<symbolAfter>${symbols})${words})(?:\\s{0,3}${GROSS}(?:(?<period>${PERIOD})|${PER_OTHER}))?`,
    'giu',
  );
}
const PAY = currencyFirst(CURRENCY, CODES);
const PAY_CODE_AFTER = currencyAfter(CODES_AFTER, '[$€£₹¥円]', '|(?<wordAfter>dollars?|euros?|rupees?)\\b');
const LOCAL_PAY = currencyFirst(LOCAL_CURRENCY, LOCAL_CODES);
const LOCAL_PAY_CODE_AFTER = currencyAfter(LOCAL_CODES_AFTER, `[${LOCAL_SIGNS}元]|zł`, '');
/** In the order of payStretches' slots. */
const PATTERNS = [PAY, PAY_CODE_AFTER, LOCAL_PAY, LOCAL_PAY_CODE_AFTER];

// A pay line on its own (a salary field, JSON-LD baseSalary with no currency): bare figures.
const BARE_PAY_LINE = new RegExp(
  `^(?<upTo>${UP_TO}\\s{1,3})?(?<n1>${NUMBER})\\s?(?<k1>${MULTIPLIER})?(?:\\s{0,3}${RANGE}\\s{0,3}(?<n2>${NUMBER})\\s?(?<k2>${MULTIPLIER})?)?(?:\\s{0,3}(?<period>${PERIOD}))?$`,
  'iu',
);

// A currency symbol or (as written, case kept) a common code somewhere in the text: without one
// parsePay reads nothing. A string search per mark beats one regex alternation over the text
// (1.7 against 2.9 ms on the bench corpus): V8 searches a literal with a fast skip loop.
const CURRENCY_MARKS = ['$', '€', '£', '₹', '¥', '円', 'USD', 'EUR', 'GBP', 'INR', 'CAD', 'AUD', 'SGD', 'CHF', 'Rs'];
// The local codes (pay-stretches.ts), "PHP" and "LPA" stand as words beside a figure: with tokens at
// hand the words either side of each figure are looked at, instead of 30 more searches of every text.
const LOCAL_MARKS = [...LOCAL_CODES_AFTER.split('|'), 'Rp', 'RM', 'zł', 'LPA'];
// Their signs, looked for beside each figure ("₩3,000,000", "8000元").
const SIGNS_BESIDE = `₱${LOCAL_SIGNS}元`;
const LOCAL_CODE_IDS = new Set(pinnedIds(LOCAL_MARKS.map((c) => c.toLowerCase())));
// "40-50 dollars per hour": a currency written as a word. More searches of every text cost more
// than the rest of parsePay, so with tokens at hand only the words at and after each figure are
// looked at. Without tokens the searches are wide ("uro" is in "Europe" too): the patterns decide.
const CURRENCY_WORD_MARKS = ['ollar', 'OLLAR', 'uro', 'URO', 'upee', 'UPEE'];
const CURRENCY_WORD_END = /(?:dollars?|euros?|rupees?)$/;
const CURRENCY_WORD_IDS = new Set(pinnedIds(['dollar', 'dollars', 'euro', 'euros', 'rupee', 'rupees']));

/** A local sign just before or after text[from, to) ("₩3,000,000", "8000 元")? */
function signBeside(text: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k < from; k++) if (localSign(text, k)) return true;
  for (let k = to; k < to + 2 && k < text.length; k++) if (localSign(text, k)) return true;
  return false;
}

function localSign(text: string, k: number): boolean {
  // All of them are past U+0E00 (฿ is U+0E3F): most characters are ruled out by one comparison.
  return text.charCodeAt(k) >= 0x0e00 && SIGNS_BESIDE.includes(text[k]!);
}

function statesCurrency(text: string, tokens: Tokens | undefined): boolean {
  for (const mark of CURRENCY_MARKS) if (text.includes(mark)) return true;
  const digits = tokens?.digits;
  if (digits === undefined) {
    for (const mark of CURRENCY_WORD_MARKS) if (text.includes(mark)) return true;
    for (const mark of LOCAL_MARKS) if (text.includes(mark)) return true;
    for (const sign of SIGNS_BESIDE) if (text.includes(sign)) return true;
    return false;
  }
  if (digits === null) return false;
  const { ids, count, start, end } = tokens!;
  for (const d of digits) {
    if (signBeside(text, start[d]!, end[d]!)) return true;
    // "RM 3,000", "8.000.000 IDR": a local code just before or after the figure (or its range).
    if (d > 0 && LOCAL_CODE_IDS.has(ids[d - 1]!)) return true;
    // "40-50 dollars": the word follows the figure, or the figure after a range; "40euro" is one token.
    for (let k = d + 1; k <= d + 3 && k < count; k++) if (CURRENCY_WORD_IDS.has(ids[k]!) || LOCAL_CODE_IDS.has(ids[k]!)) return true;
    if (CURRENCY_WORD_END.test(wordOf(ids[d]!))) return true;
  }
  return false;
}

const HOURS_PER: Partial<Record<PayPeriod, number>> = { hour: 1, day: 8, week: 40, month: 173.33, year: 2080 };

export const MARKET_BAND = { general: { min: 15, max: 40 }, expert: { min: 40, max: 150 } } as const;

/** Currencies of about the dollar's worth: a figure in them can be held to limits set in dollars. */
export const DOLLAR_LIKE: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'EUR', 'GBP', 'CHF']);

/** Japanese and Chinese write the period before the figure: 時給 (hourly), 月給 (monthly)... */
const PERIOD_BEFORE: Record<string, PayPeriod> = {
  時給: 'hour', 時薪: 'hour', 时薪: 'hour', 日給: 'day', 日薪: 'day', 月給: 'month', 月薪: 'month', 年収: 'year', 年俸: 'year', 年薪: 'year',
};

function periodOf(raw: string | undefined): PayPeriod | null {
  if (!raw) return null;
  // The word before the unit goes; "annually" keeps its "an".
  const p = raw.toLowerCase().replace(/^(?:(?:an?|per|each|every|par|por|pro|al|ao|a\s+la)\s+|(?:de\s+l|all)['’]\s*|\/\s*)/, '');
  // Indonesian "hari" (day) before the hour test, whose "h" would take it.
  if (/^hari/.test(p)) return 'day';
  if (/^(hour|hr|h|hourly|p\/?h|\/\s?hr?|heure|hora|stunde|stünd|std|uur|ora|時|小时|小時|jam|giờ|godz|час|시간)/.test(p) || /^\/\s?(h|時|小)/.test(raw)) return 'hour';
  if (/^(minute|min)/.test(p)) return 'hour';
  if (/^(day|daily|jour|d[ií]a|dag|giorno|tag|tägl|hari|ngày)/.test(p)) return 'day';
  if (/^(week|wk|weekly|semaine|semana|woche|wöch|settimana|minggu)/.test(p)) return 'week';
  if (/^(month|mo|monthly|mois|mes|mês|monat|maand|mensu|mensal|bulan|tháng|miesi|mies|月|мес|월)/.test(p)) return 'month';
  if (/^(year|yr|annum|annually|yearly|p\.?\s?a|an$|año|ano|jahr|jähr|jaar|anno|anual|annual|annuel|tahun|năm|rok|年|год)/.test(p)) return 'year';
  if (/^project/.test(p)) return 'project';
  return 'task';
}

function currencyOf(symbolOrCode: string | undefined, codeAfter: string | undefined): string {
  const raw = (codeAfter ?? symbolOrCode ?? '').trim().toUpperCase().replace(/\.$/, '');
  if (!raw) return 'USD';
  if (SYMBOLS[raw]) return SYMBOLS[raw]!;
  if (raw === 'US$') return 'USD';
  if (raw === 'C$' || raw === 'CA$') return 'CAD';
  if (raw === 'A$' || raw === 'AU$') return 'AUD';
  if (raw === 'NZ$') return 'NZD';
  if (raw === 'S$' || raw === 'SG$') return 'SGD';
  if (raw === 'HK$') return 'HKD';
  if (raw.startsWith('DOLLAR')) return 'USD';
  if (raw.startsWith('EURO')) return 'EUR';
  if (raw.startsWith('RUPEE')) return 'INR';
  if (raw === 'R$') return 'BRL';
  if (raw === 'MX$') return 'MXN';
  if (raw === 'RS' || raw === 'LPA') return 'INR';
  return raw;
}

const DECIMAL_COMMA = /^\d{1,9},\d{1,2}$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;

/**
 * The figure's value. "26,67" has a decimal comma. "40.000" is forty thousand only where the
 * posting writes numbers the continental way (a euro amount, a symbol after the figure, a
 * decimal comma, two dot groups); "$12.500" stays twelve and a half, as an English text means it.
 */
function amount(num: string | undefined, k: string | undefined, dotThousands = false): number | null {
  if (!num) return null;
  let text = num;
  if (DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
  else if (DOT_GROUPS.test(text) && text[0] !== '0' && (dotThousands || text.includes(',') || text.split('.').length > 2)) text = text.replace(/\./g, '').replace(',', '.');
  const value = Number(text.replace(/[,\u00a0 ]/g, ''));
  if (!Number.isFinite(value)) return null;
  return k ? value * multiplierOf(k) : value;
}

/** "k" a thousand; a lakh (and "LPA", lakhs per annum) 100,000; a crore 10,000,000. */
function multiplierOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'k' ? 1000 : w.startsWith('cr') ? 10_000_000 : 100_000;
}

interface Candidate {
  pay: Pay;
  score: number;
}

/** A figure per `hours` hours as an hourly rate, to the cent. (A function, not a closure per candidate: tsx names each closure made, ~0.3 µs.) */
function hourlyOf(v: number | null, hours: number | undefined): number | null {
  return v === null || !hours ? null : Math.round((v / hours) * 100) / 100;
}

/**
 * "$32,000-$42,000Weekly Pay": a flattened list glued the next item ("Weekly Pay", a benefit) to the
 * figure. A capitalised "Weekly" with no space before it starts that item; "$20/hour" and "$800 weekly" stay periods.
 */
export function gluedNextItem(whole: string, period: string | undefined): boolean {
  if (!period || !/^[A-Z][a-z]+ly$/.test(period) || !whole.endsWith(period)) return false;
  return /[\dkK]$/.test(whole.slice(0, whole.length - period.length));
}

// Money the worker pays or gets apart from the rate: "a $50 fee to start", "$99 for the training
// kit", "a $500 sign-on bonus", "fee USD 249 = INR 19,728". Read as a rate, a fee looks like pay
// and a bonus like $500 an hour. The same in the other languages postings come in ("una quota di
// iscrizione di 40 euro").
const NOT_PAY_AFTER =
  /^[\s)]{0,2}(?:(?:per|for\s(?:each|every)|a)\s(?:[a-z-]{1,12}[\s/]){0,2}?(?:referr\w*|refer\w*|friends?)\b|(?:[a-z-]{1,12}\s){0,2}(?:fees?|deposits?|charges?|costs?|price|bonus(?:es)?|refunds?|reimbursements?|discount|fines?|penalty|gift\s?cards?|vouchers?|coupons?)\b|(?:for|to\scover)\s(?:your|the)\s(?:account|registration|training|course|background\scheck|onboarding|application|starter\skit|kit|slot|spot|certification|verification)\b|to\s(?:activate|unlock|register|verify|reserve|secure)\b)/i;
// The employer's own figures too: "an average annual revenue of € 12.000.000", "funding of $4,000,000".
const NOT_PAY_BEFORE = /\b(?:fees?|deposits?|charges?|costs?|price[ds]?|bonus(?:es)?|refunds?|reimburse(?:d|ment)?|discount|fines?|penalty|purchase|buy|costing|pay\syou\sback|send|sending|remit|revenues?|turnover|funding|valuation|raised|assets)\s?(?:of\s|is\s|are\s|at\s|for\s|:\s?)?(?:only\s|just\s|about\s|around\s|approx(?:imately|\.)?\s)?(?:(?:usd|us\$|eur|gbp|inr|rs\.?|cad|aud)\s?)?$|\b(?:fees?|deposits?|charges?|costs?)\b[^.;\n]{0,24}[=≈]\s{0,3}$|(?:gebühr\p{L}{0,3}|(?<![\p{L}])(?:quota|cuota|tassa|tasa|taxa|tarifa|frais|kosten|costo|coste|custo|prezzo|precio|preço|prix|preis|dépôt|depósito|deposito|kaution|anzahlung))(?:\s[\p{L}'’]{1,14}){0,3}\s$/iu;

// A benefit, period or not: "$2,000 CAD annual learning and development allowance", "$500 home office budget".
const BENEFIT_AFTER =
  /^[\s)]{0,2}(?:[a-z&-]{1,14}\s){0,5}?(?:allowances?\b|(?:learning|development|education|training|wellness|equipment|home[- ]office|internet|phone|gym|meal|travel|relocation)\s(?:budgets?|stipends?|funds?)\b)/i;

/** Is the figure at [start, end) of `text` money other than the rate (a fee, a deposit, a bonus)? */
function notPayContext(text: string, start: number, end: number): boolean {
  return NOT_PAY_AFTER.test(text.slice(end, end + 40)) || NOT_PAY_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

// "Daily rate of $300", "Weekly pay: $600", "hourly wage between $18 and $22": the period named before the figure.
const PERIOD_WORD_BEFORE =
  /\b(hourly|daily|weekly|monthly|annual|yearly)\s(?:base\s|gross\s|net\s|starting\s)?(?:pay|salary|rate|wage|wages|income|compensation|stipend|earnings)\s?(?:is|of|:|=|-|–)?\s?(?:up\sto\s|from\s|between\s|approximately\s|approx\.?\s|around\s|about\s|starting\sat\s)?$/i;
const PERIOD_OF_WORD: Record<string, PayPeriod> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', annual: 'year', yearly: 'year' };

function periodNamedBefore(text: string, at: number): PayPeriod | null {
  const word = PERIOD_WORD_BEFORE.exec(text.slice(Math.max(0, at - 48), at))?.[1];
  return word ? (PERIOD_OF_WORD[word.toLowerCase()] ?? null) : null;
}

// A small figure with no period is read as hourly, unless the words around it make it one payment:
// "Budget: $300", "a fixed price of $250", "$150 upon completion", "$250 for completing the project".
// The most a bare figure (no period, no context) is read as an hourly rate. Above it, "$200 to buy
// your own boots" and "a $300 cash award" are one payment far more often than an hourly rate.
const GUESSED_HOURLY_MAX = 150;
const LUMP_BEFORE = /\b(?:budget|fixed[- ]price|flat\s(?:fee|rate)|lump[- ]sum|one[- ]time|total|prize|award|honorarium|bounty)\s?(?:of|is|:)?\s?(?:up\sto\s|only\s)?$/i;
const LUMP_AFTER = /^\s?(?:\w{1,12}\s)?(?:(?:up)?on\s(?:completion|delivery|approval|acceptance)|for\s(?:(?:completing|finishing|delivering|the|this|each|every|a|one)\s)?(?:\w{1,12}\s)?(?:project|study|session|interview|survey|test|assignment|batch|task|job|gig|video|article|submission)s?|once\s(?:completed|approved|delivered)|in\stotal|total|flat|fixed|bount(?:y|ies)|prizes?)\b/i;

// "Each batch pays $12", "every approved review earns $3": a piece rate named before the figure.
const PIECE_BEFORE = /\b(?:each|every|per)\s(?:[\w-]{1,14}\s){1,2}(?:pays?|earns?|is\sworth|are\sworth|=)\s?(?:up\sto\s)?$/i;

function lumpSumContext(text: string, start: number, end: number): boolean {
  return LUMP_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || LUMP_AFTER.test(text.slice(end, end + 48));
}

const BETWEEN = /\bbetween\s{1,3}$/i;
const REFERRAL = /\b(?:referrals?|refer\w*|friends?)\b/i;

/**
 * "$7.50 per 25 minute class", "$40 per 1-hour session": a piece rate for a live session of stated
 * length is time paid for, so it has an hourly equivalent. Not "per 1-minute audio clip": a clip's
 * length is not the time its work takes.
 */
const TIMED_SESSION = /^(?:per|pro|for\s+(?:each|every))\s+(\d{1,3})[\s-]?(minutes?|mins?|hours?|hrs?)[\s-](?:\p{L}+\s)?(?:class|classes|lesson|lessons|session|sessions|call|calls|meeting|meetings|consultation|consultations|appointment|appointments|interview|interviews)\b/iu;

/** Hours one timed session lasts, or null (TIMED_SESSION). */
function sessionHours(perOther: string): number | null {
  const m = TIMED_SESSION.exec(perOther);
  if (!m) return null;
  const length = Number(m[1]);
  const hours = /^h/i.test(m[2]!) ? length : length / 60;
  return hours > 0 && hours <= 8 ? hours : null;
}

/** "for every hour you work": a time unit named in a piece-rate phrase is still a period. */
function periodOfUnit(perOther: string): PayPeriod | null {
  const unit = /^(?:per|pro|for\s+(?:each|every))\s+(\p{L}+)/iu.exec(perOther)?.[1]?.toLowerCase();
  return unit === 'hour' ? 'hour' : unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : unit === 'year' ? 'year' : null;
}

/**
 * `text`, when given, is the whole text `m` was found in at `base + m.index`: the words around a
 * figure (a fee, a bonus, a period named before it) are read there, not in the stretch the pattern ran on.
 */
function toCandidate(m: RegExpExecArray, base: number, text?: string, continental = false): Candidate | null {
  let whole = m[0];
  const at = base + m.index;
  const { upTo, n1, k1, n2, k2, symbolAfter, unitBefore, perOther } = m.groups ?? {};
  const codeAfter = m.groups?.codeAfter ?? m.groups?.codeMid ?? m.groups?.wordAfter;
  let periodRaw = m.groups?.period ?? m.groups?.periodMid;
  if (gluedNextItem(whole, periodRaw)) {
    whole = whole.slice(0, whole.length - periodRaw!.length);
    periodRaw = undefined;
  }
  const symbol = m.groups?.symbol ?? symbolAfter;
  // In a text in another language a bare "$" is as often the local peso as the US dollar: unstated.
  const currency = continental && codeAfter === undefined && symbol?.trim() === '$' ? '' : currencyOf(symbol, codeAfter);
  const dotThousands = continental || DOT_THOUSANDS.has(currency) || symbolAfter !== undefined;
  // "6-8 LPA": lakhs (of rupees) per annum.
  const lakhsPerAnnum = codeAfter !== undefined && codeAfter.toUpperCase() === 'LPA';
  const k1Or = k1 ?? (lakhsPerAnnum ? 'lakh' : undefined);
  let min: number | null = amount(n1, k1Or, dotThousands);
  let max = amount(n2, k2 ?? (n2 && k1Or ? k1Or : undefined), dotThousands);
  if (min === null || min === 0) return null;
  if (n2 !== undefined && / and /i.test(whole) && (text === undefined || !BETWEEN.test(text.slice(Math.max(0, at - 12), at)))) return null;
  // A stated period makes it a rate whatever stands before it ("we send $25 per approved task").
  const statedPeriod = periodRaw !== undefined || unitBefore !== undefined || perOther !== undefined;
  const figureEnd = at + whole.trimEnd().length;
  if (!statedPeriod && text !== undefined && notPayContext(text, at, figureEnd)) return null;
  if (text !== undefined && BENEFIT_AFTER.test(text.slice(figureEnd, figureEnd + 80))) return null;
  // "PHP 7", "PHP 8.1": the language's version, not Philippine pesos (peso pay is in the hundreds and up).
  if (currency === 'PHP' && !statedPeriod && (max ?? min) < 100) return null;
  // "INR 3.5 - 5 Lakhs", "$40-60k": the multiplier after the second figure counts for the first too.
  if (max !== null && !k1Or && k2) {
    const scaled = amount(n1, k2, dotThousands);
    if (scaled !== null && scaled <= max && scaled >= max / 10) min = scaled;
  }
  // "$150-$175,000": the first figure is in thousands too.
  if (max !== null && min < 1000 && max >= 10_000 && min * 1000 >= max / 2 && min * 1000 <= max) min *= 1000;
  const minuteRate = periodRaw ? /min/i.test(periodRaw) : false;
  const periodBefore: PayPeriod | null = unitBefore ? (PERIOD_BEFORE[unitBefore] ?? null) : null;
  // "$300 for each referral" is a referral bonus, not a piece rate.
  if (perOther && REFERRAL.test(perOther)) return null;
  const namedBefore = !periodRaw && !periodBefore && !perOther && text !== undefined ? periodNamedBefore(text, at) : null;
  let period = periodOf(periodRaw) ?? periodBefore ?? (perOther ? (periodOfUnit(perOther) ?? 'task') : null) ?? namedBefore ?? (lakhsPerAnnum ? 'year' : null);
  if (!period) {
    // Unlabelled figures: big ones are salaries, small ones hourly rates.
    const ref = max ?? min;
    const lumpSum = text !== undefined && lumpSumContext(text, at, at + whole.length);
    // Below a salary's size, a lump sum is one payment ("Budget: $3,000", "$100-$5,000 bounties").
    period = PIECE_BEFORE.test(text?.slice(Math.max(0, at - 40), at) ?? '')
      ? 'task'
      : ref >= 15000 ? 'year' : lumpSum ? 'project' : ref >= 1000 ? 'month' : ref <= GUESSED_HOURLY_MAX && (symbol || codeAfter) ? 'hour' : 'project';
  }
  if (upTo && max === null) {
    max = min;
    min = null;
  }
  if (minuteRate) {
    if (min !== null) min *= 60;
    if (max !== null) max *= 60;
  }
  if (max !== null && min !== null && max < min) return null;
  const hours = (period === 'task' && perOther ? sessionHours(perOther) : null) ?? HOURS_PER[period];
  const start = base + m.index;
  const evidence: Evidence = { start, end: start + whole.trimEnd().length, text: whole.trimEnd() };
  const pay: Pay = { min, max, currency, period, hourlyMin: hourlyOf(min, hours), hourlyMax: hourlyOf(max, hours), evidence };
  let score = 1;
  if (periodRaw || unitBefore || namedBefore) score += 2;
  if (n2) score += 1;
  if (symbol || codeAfter) score += 1;
  return { pay, score };
}

/** The highest score toCandidate gives: a figure with a period, a range and a currency. */
const BEST_SCORE = 5;

/**
 * The most pay-like figure in `text`: prefers amounts with a period and a range. Evidence offsets
 * index `text`. Returns null when no amount with a currency is stated. `tokens`: the text's own,
 * when the caller has them (their list of digit tokens spares two searches of the text).
 * `continental`: the text is in a language that groups thousands with dots ("A vaga paga até US$
 * 5.500", "Renta líquida $480.000"), whatever the currency.
 */
export function parsePay(text: string, tokens?: Tokens, continental = false): Pay | null {
  // Every amount has an ASCII digit: the text's tokens (when given) tell whether it has one. Then
  // one cheap scan rules out most texts before the amount patterns run.
  if (!text || tokens?.digits === null || !statesCurrency(text, tokens)) return null;
  const stretches = payStretches(text, tokens);
  let best: Candidate | null = null;
  for (let p = 0; p < PATTERNS.length; p++) {
    const re = PATTERNS[p]!;
    let guard = 0;
    for (let i = 0; i < stretches.length; i += STRETCH) {
      // Most stretches around digits are dates, counts and years: nothing there for the pattern.
      const scanFrom = stretches[i + 2 + p]!;
      if (scanFrom < 0) continue;
      const from = stretches[i]!;
      const to = stretches[i + 1]!;
      const part = from === 0 && to === text.length ? text : text.slice(from, to);
      re.lastIndex = scanFrom - from;
      let m: RegExpExecArray | null;
      for (;;) {
        // Past the stretch's last figure a currency can stand by, nothing more is read.
        const next = nextMatchFrom(text, p, from + re.lastIndex, to);
        if (next < 0) break;
        re.lastIndex = next - from;
        if ((m = re.exec(part)) === null || !(guard++ < 500)) break;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const c = toCandidate(m, from, text, continental);
        if (c && (!best || c.score > best.score)) best = c;
        // Only a higher score replaces the best: none can come after the highest.
        if (best && best.score === BEST_SCORE) return best.pay;
      }
      if (guard >= 500) break;
    }
  }
  return best?.pay ?? null;
}

/**
 * Pay from a line shown apart from the description (a board's salary field, JSON-LD baseSalary).
 * Its place already says it is pay, so bare figures count ("30000-45000", "45 - 60 per hour");
 * their currency is not stated and is left empty rather than guessed.
 */
export function parsePayLine(line: string): Pay | null {
  const stated = parsePay(line);
  if (stated || line.length > 200) return stated;
  const m = BARE_PAY_LINE.exec(line.trim());
  const candidate = m && toCandidate(m, 0);
  if (!candidate) return null;
  candidate.pay.currency = '';
  return candidate.pay;
}

/** Where the pay sits against the market band; expert work (credentials, domain review) has a higher band. */
export function payBand(pay: Pay, expert: boolean): Pay['band'] {
  const low = pay.hourlyMin ?? pay.hourlyMax;
  const high = pay.hourlyMax ?? pay.hourlyMin;
  if (low === null || high === null || pay.currency !== 'USD') return 'unknown';
  const band = expert ? MARKET_BAND.expert : MARKET_BAND.general;
  if (high < band.min) return 'below';
  if (low > band.max) return 'above';
  return 'within';
}
