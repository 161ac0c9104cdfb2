// What the signal engine and its named checks share: the document they read and how evidence is
// collected (capped, de-duplicated, trimmed).
import type { DocWords } from './word-sets.ts';
import type { Tokens } from './tokenize.ts';
import { firstLine, openingLine, titleLineEnd } from './title-line.ts';
import type { Evidence, Pay } from './types.ts';

export interface SignalDocument {
  text: string;
  tokens: Tokens;
  title: string;
  /** Tokens and word index of `title` (sliced to MAX_TITLE), when the caller already has them. */
  titleTokens?: Tokens;
  titleWords?: DocWords;
  company?: string;
  url?: string;
  /** Hostname of the apply/hiring source, when known. */
  source?: string;
  pay: Pay | null;
  aiEvaluator: boolean;
  /** How many distinct keywords the posting requires or prefers (work format aside); unknown when absent. */
  askedFor?: number;
  /** False when the text is not written in English (english-share.ts): the absence rules, which look for English phrases, then stay quiet. */
  english?: boolean;
  /** The posting's word index, shared by the red-flag and healthy-signal runs. */
  words?: DocWords;
}

/**
 * Freelance marketplaces that never name the client who posts: there, a posting that names no
 * employer says nothing (the client's history on the board is what to check), so the rules about an
 * unnamed employer (params.skipIfCompany) keep quiet as they do when the board names one.
 */
const CLIENTS_UNNAMED = ['upwork.com', 'freelancer.com', 'peopleperhour.com', 'guru.com'];

/** Is `url` a page of a board that never names its clients (CLIENTS_UNNAMED)? */
export function clientsUnnamedOn(url: string | undefined): boolean {
  if (!url) return false;
  const m = /^https?:\/\/(?:[a-z0-9-]+\.)*?([a-z0-9-]+\.[a-z]{2,})(?=[/:?#]|$)/iu.exec(url);
  return m !== null && CLIENTS_UNNAMED.includes(m[1]!.toLowerCase());
}

/**
 * Words of a company name that say nothing of which company it is: legal forms, and the trade words
 * any made-up name uses ("Global Staffing Solutions"), which a scammer's mailbox may hold as well.
 */
const NAME_FILLER = new Set([
  'inc', 'ltd', 'llc', 'gmbh', 'co', 'kg', 'corp', 'corporation', 'company', 'pvt', 'limited', 'plc', 'srl', 'the', 'and', 'of', 'for', 'group',
  'global', 'international', 'solutions', 'services', 'service', 'consulting', 'consultants', 'staffing', 'recruitment', 'recruiting', 'careers', 'career',
  'jobs', 'hiring', 'talent', 'tech', 'technology', 'technologies', 'systems', 'management', 'marketing', 'media', 'digital', 'online', 'remote',
  'enterprises', 'enterprise', 'holdings', 'partners', 'associates', 'agency', 'resources', 'human', 'center', 'centre', 'network', 'world', 'data',
]);

/**
 * Does the mailbox of `address` (what comes before the "@") spell the company's name: two of its
 * words, or one of five letters or more ("wohngruppehermeshof@gmail.com" for HermesHof GmbH)?
 */
export function mailboxNamesCompany(address: string, company: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0) return false;
  const mailbox = address.slice(0, at).toLowerCase().replace(/[^\p{L}]/gu, '');
  let found = 0;
  for (const word of company.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length < 3 || NAME_FILLER.has(word) || !mailbox.includes(word)) continue;
    if (word.length >= 5 || ++found >= 2) return true;
  }
  return false;
}

/** At most this many evidence spans per rule: enough to mark, not enough to flood the page. */
export const MAX_EVIDENCE = 5;
/** Titles longer than this are cut (a title is a line, not a page). */
export const MAX_TITLE = 500;

/** Without a separate title (plain text in the CLI), the first line stands in for it. */
export function titleOrFirstLine(doc: SignalDocument): string {
  return doc.title || firstLine(doc.text);
}

/**
 * Does the job's title, or without one what stands in for it, fit `kind`? Without a title, the
 * first line, and where that is no title ("Description:"), the text's opening, which says what
 * the work is ("As a Data Entry/Customer Service Representative you will…").
 */
export function titleFits(doc: SignalDocument, kind: RegExp): boolean {
  if (kind.test(titleOrFirstLine(doc))) return true;
  if (doc.title || titleLineEnd(doc.text) > 0) return false;
  return kind.test(openingLine(doc.text));
}

export function pushEvidence(out: Evidence[], start: number, raw: string): void {
  const lead = raw.length - raw.trimStart().length;
  const textTrim = raw.trim();
  if (!textTrim) return;
  const s = start < 0 ? -1 : start + lead;
  const e = start < 0 ? -1 : s + textTrim.length;
  for (const ev of out) {
    if (s >= 0 && ev.start >= 0 && s < ev.end && e > ev.start) return;
    if (s < 0 && ev.start < 0 && ev.text.toLowerCase() === textTrim.toLowerCase()) return;
  }
  out.push({ start: s, end: e, text: textTrim });
}


export function anyMatch(res: RegExp[], text: string): boolean {
  for (const re of res) {
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

