// The red-flag / healthy-signal engine. Rules are data (src/data); this file only knows how to
// run the three kinds of rule the schema allows. It must never throw and must stay linear-ish
// on hostile input, so: rules compile once, regexes only see sentences that contain a trigger
// word, very long sentences are cut into windows around those words, and every failure inside
// one rule drops that rule rather than the whole analysis.
//
// Evidence offsets index `doc.text`. Evidence found in the title (scope 'title' or 'any') has
// start = end = -1: the title is usually rendered apart from the description, so there is no
// offset to mark; the UI shows the evidence text instead.
import type { SignalRule } from '../data/schema.ts';
import { runCheck } from './checks/index.ts';
import { strings } from './checks/params.ts';
import type { WordFilter } from './pattern-words.ts';
import { GATE_RUN, GATE_TITLE_ONLY, indexRules, type CompiledRule, type RuleIndex, type RuleRegexes } from './signal-rules.ts';
import { docWords, forEachSetPresent, freshDocWords, leadingTokens, setPresent, sidsPass, sidsPassAt, sidsPassInRange } from './word-sets.ts';
import { digitNear, digitTokens, matchAll, matchAroundDigits, matchAtTokens, matchesAtTokens, sourceOf, type Source } from './signal-match.ts';
import { digitStretches, spansFor, Spans } from './signal-spans.ts';
import { anyMatch, clientsUnnamedOn, mailboxNamesCompany, MAX_EVIDENCE, MAX_TITLE, titleFits, type SignalDocument } from './signal-document.ts';
import { tokenize } from './tokenize.ts';
import type { Evidence, SignalHit } from './types.ts';
import { WordIndex } from './word-index.ts';

export type { SignalDocument } from './signal-document.ts';
export { CHECK_NAMES } from './checks/index.ts';
export { compileRule, type CompiledRule } from './signal-rules.ts';


/** The sentences holding one of the rule's trigger words, into `out`. */
function triggerSpans(c: CompiledRule, body: Source, out: Spans): void {
  spansFor(leadingTokens(c.triggerSet, body.words), body.text, body.tokens, out);
}

// The red-flag and healthy-signal runs read the same document one after the other: its title and
// text are made into sources once, for the document last seen. (A WeakMap entry per document cost
// the garbage collector more than it saved.)
let titleDoc: SignalDocument | null = null;
let titleSource: Source | null = null;
let bodyDoc: SignalDocument | null = null;
let bodySource: Source | null = null;

function titleOf(doc: SignalDocument): Source {
  let t = titleDoc === doc ? titleSource : null;
  if (!t) {
    const text = doc.title.slice(0, MAX_TITLE);
    const tokens = doc.titleTokens ?? tokenize(text);
    t = sourceOf(text, tokens, doc.titleWords ? freshDocWords(doc.titleWords) : docWords(new WordIndex(tokens)));
    titleDoc = doc;
    titleSource = t;
  }
  // Sets registered since (a check compiled on first use) must be in its grouping.
  freshDocWords(t.words);
  return t;
}

function bodyOf(doc: SignalDocument): Source {
  let b = bodyDoc === doc ? bodySource : null;
  if (!b || b.words !== doc.words) {
    b = sourceOf(doc.text, doc.tokens, doc.words ? freshDocWords(doc.words) : docWords(new WordIndex(doc.tokens)));
    bodyDoc = doc.words ? doc : null;
    bodySource = b;
  }
  return b;
}

/** The rule's regexes to run on the source: without 'u' where that matches the same. */
function regexesFor(c: CompiledRule, src: Source): RuleRegexes {
  return src.plain && c.plain ? c.plain : c;
}

/** Does pattern p of the rule match anywhere in tokens firstToken..lastToken of `chunk` (the source's text from `offset`)? */
function patternIn(c: CompiledRule, p: number, src: Source, chunk: string, offset: number, firstToken: number, lastToken: number): boolean {
  const R = regexesFor(c, src);
  const lead = c.leading[p];
  if (lead) return matchesAtTokens(R.stickies[p]!, lead, src, chunk, offset, firstToken, lastToken);
  const re = R.patterns[p]!;
  re.lastIndex = 0;
  return re.test(chunk);
}

/** The patterns of the rule being run that can match in this posting at all (their words all present). Reused. */
let live = new Int32Array(64);
/** The sentences of the rule being run (pattern rules) and of the pattern being looked for (absence rules). */
const ruleSpans = new Spans();
const anchorSpanList = new Spans();
/** Evidence of the rule being run: most rules find nothing, and those that do get a copy. */
const scratchEvidence: Evidence[] = [];
const NONE: Evidence[] = [];

/** Runs a pattern rule over the title (title scope) and the sentences with its triggers (text scope). */
function runPatternRule(c: CompiledRule, doc: SignalDocument, body: Source, inTitle: boolean): Evidence[] {
  const { rule } = c;
  const evidence = scratchEvidence;
  if (evidence.length !== 0) evidence.length = 0;
  const words = freshDocWords(body.words);
  const np = c.patterns.length;
  if (live.length < np) live = new Int32Array(np * 2);
  if (inTitle) {
    const title = titleOf(doc);
    const R = regexesFor(c, title);
    // The title's own words rule most patterns out before their regex runs.
    for (let p = 0; p < np; p++) {
      const sids = c.sids[p];
      if (sids && !sidsPass(sids, title.words)) continue;
      const lead = c.leading[p];
      if (lead) matchAtTokens(R.stickies[p]!, lead, title, title.text, 0, 0, title.tokens.count - 1, -1, evidence);
      else matchAll(R.patterns[p]!, title.text, -1, evidence);
    }
    if (evidence.length > 0 && anyMatch(R.unless, title.text)) evidence.length = 0;
  }
  const R = regexesFor(c, body);
  if (rule.scope !== 'title' && doc.tokens.count > 0) {
    // Most rules end here: none of their trigger words is in the posting.
    const triggered = c.triggers.length === 0 || setPresent(words, c.triggerSet.sid!);
    // Per pattern: can it match anywhere in this posting (its words all present)? Asked before
    // the sentences are gathered, which costs more.
    let nLive = 0;
    if (triggered) {
      const { sidsAt, sidsFlat } = c;
      for (let p = 0; p < np; p++) {
        const at = sidsAt[p]!;
        if (at < 0 || sidsPassAt(sidsFlat, at, words)) live[nLive++] = p;
      }
    }
    const spans = ruleSpans;
    spans.count = 0;
    if (nLive > 0) {
      if (c.triggers.length === 0) spans.push(0, doc.text.length, 0, doc.tokens.count - 1);
      else triggerSpans(c, body, spans);
    }
    const d = spans.data;
    for (let i = 0; i < spans.count; i++) {
      if (evidence.length >= MAX_EVIDENCE) break;
      const start = d[i * 4]!;
      const end = d[i * 4 + 1]!;
      const firstToken = d[i * 4 + 2]!;
      const lastToken = d[i * 4 + 3]!;
      const before = evidence.length;
      let chunk: string | null = null;
      // Whether the span has a digit: asked once, and before the pattern's words, as most sentences have none.
      let digits = -1;
      for (let q = 0; q < nLive; q++) {
        const p = live[q]!;
        // Every match holds a digit, and there is none here.
        if (c.digitReach[p] !== null) {
          if (digits < 0) digits = digitNear(body, firstToken, lastToken) ? 1 : 0;
          if (digits === 0) continue;
        }
        const at = c.sidsAt[p]!;
        // The words the pattern needs are not all here: the regex cannot match.
        if (at >= 0 && !sidsPassAt(c.sidsFlat, at, words, firstToken, lastToken)) continue;
        chunk ??= doc.text.slice(start, end);
        const lead = c.leading[p];
        const reach = c.digitReach[p] ?? null;
        if (lead) matchAtTokens(R.stickies[p]!, lead, body, chunk, start, firstToken, lastToken, start, evidence);
        else if (reach !== null) matchAroundDigits(R.patterns[p]!, body, chunk, start, firstToken, lastToken, reach, start, evidence);
        else matchAll(R.patterns[p]!, chunk, start, evidence);
      }
      // `unless` is only worth reading where something matched.
      if (chunk !== null && evidence.length > before && R.unless.length > 0 && anyMatch(R.unless, chunk)) evidence.length = before;
    }
  }
  // Checked last, and only when there is something to cancel: it reads the whole text.
  if (evidence.length > 0 && R.anywhere.length > 0 && anyMatch(R.anywhere, doc.text)) evidence.length = 0;
  if (evidence.length > 0) keepLeading(evidence, rule.params.leadsWithin, doc.text.length);
  if (evidence.length > 0 && !saysWhatItNeeds(c, doc, body)) evidence.length = 0;
  if (evidence.length > 0 && rule.params.unlessMailboxNamesCompany === true && doc.company) dropCompanyMailboxes(evidence, doc.company, strings(rule.params.borrowedNames));
  return evidence.length > 0 ? evidence.splice(0) : NONE;
}

/**
 * The sentences holding the least frequent of a filter's word sets, into `out`, for reading a
 * pattern sentence by sentence instead of over the whole text. False when the filter has several
 * branches: read the whole text then.
 */
function anchorSpans(filter: NonNullable<WordFilter>, body: Source, out: Spans): boolean {
  if (filter.length !== 1) return false;
  let best: readonly number[] | null = null;
  for (const set of filter[0]!) {
    const at = leadingTokens(set, body.words);
    if (best === null || at.length < best.length) best = at;
  }
  if (best === null) return false;
  spansFor(best, body.text, body.tokens, out);
  return true;
}

/**
 * An absence rule whose patterns include those of other absence rules (params.coveredBy) needs no
 * scan for them when those rules ran before it in this pass: the patterns are absent wherever all of
 * them fired. The verdict: false when one of them did not fire, else the indexes of the rule's own
 * patterns, which still need a scan (none when its patterns are theirs together). Undefined when they
 * did not run (a rule tested alone), and it scans them all.
 */
function coveredVerdict(c: CompiledRule, rules: readonly SignalRule[], at: number, hits: readonly SignalHit[]): readonly number[] | false | undefined {
  const covered = c.rule.params.coveredBy;
  if (!Array.isArray(covered)) return undefined;
  const covering: SignalRule[] = [];
  for (const id of covered) {
    const before = rules.findIndex((r) => r.id === id);
    if (before < 0 || before >= at) return undefined;
    covering.push(rules[before]!);
  }
  if (!covered.every((id) => hits.some((h) => h.id === id))) return false;
  return ownPatterns(c, covering);
}

/** Per rule, the indexes of its patterns that none of the rules covering it has (coveredVerdict). */
const ownPatternCache = new WeakMap<CompiledRule, readonly number[]>();

function ownPatterns(c: CompiledRule, covering: readonly SignalRule[]): readonly number[] {
  let own = ownPatternCache.get(c);
  if (!own) {
    const theirs = new Set(covering.flatMap((r) => r.patterns));
    own = c.rule.patterns.flatMap((p, k) => (theirs.has(p) ? [] : [k]));
    ownPatternCache.set(c, own);
  }
  return own;
}

/** Absence rule: fires (with no evidence) when none of its patterns occur (`covered`: as coveredVerdict found). */
function runAbsenceRule(c: CompiledRule, doc: SignalDocument, body: Source, inTitle: boolean, covered?: readonly number[] | false): boolean {
  const { params } = c.rule;
  const minChars = typeof params.minChars === 'number' ? params.minChars : 300;
  if (doc.text.length < minChars) return false;
  // What an absence rule looks for is English: a text in another language says it in words it cannot read.
  if (doc.english === false) return false;
  if (params.skipIfPay === true && doc.pay) return false;
  if (params.skipIfCompany === true && ((doc.company && doc.company.trim()) || clientsUnnamedOn(doc.url))) return false;
  if (params.onlyIfAiEvaluator === true && !doc.aiEvaluator) return false;
  if (params.skipIfAiEvaluator === true && doc.aiEvaluator) return false;
  if (typeof params.maxAskedFor === 'number' && !(doc.askedFor !== undefined && doc.askedFor <= params.maxAskedFor)) return false;
  if (covered === false) return false;
  if (covered !== undefined) {
    if (inTitle && ownPatternInTitle(c, covered, doc)) return false;
    for (const p of covered) if (patternFound(c, p, body)) return false;
    return !cancelledAnywhere(c, body) && saysWhatItNeeds(c, doc, body);
  }
  if (c.onlyIfTitle) {
    // Most titles lack every word the regex needs, which their word index tells without reading
    // them (scanning a title for the regex's words costs about a microsecond). Only for a title
    // that is indexed whole.
    const sids = c.onlyIfTitleSids;
    if (sids && doc.title && doc.title.length <= MAX_TITLE && !sidsPass(sids, titleOf(doc).words)) return false;
    if (!titleFits(doc, c.onlyIfTitle)) return false;
  }
  if (inTitle && ownPatternInTitle(c, null, doc)) return false;
  if (c.rule.scope === 'title') return true;
  const { text } = body;
  // One match anywhere settles it: patterns narrowed by their words go first, the ones that
  // must read the whole text only if those found nothing.
  for (const p of c.absenceOrder) if (patternFound(c, p, body)) return false;
  for (const re of c.caseSensitive) if (re.test(text)) return false;
  return !cancelledAnywhere(c, body) && saysWhatItNeeds(c, doc, body);
}

/** Does one of the rule's patterns (those of `only`, or all) occur in the document's title? */
function ownPatternInTitle(c: CompiledRule, only: readonly number[] | null, doc: SignalDocument): boolean {
  const title = titleOf(doc);
  const n = only ? only.length : c.patterns.length;
  for (let k = 0; k < n; k++) {
    const p = only ? only[k]! : k;
    const sids = c.sids[p];
    if (sids && !sidsPass(sids, title.words)) continue;
    if (patternIn(c, p, title, title.text, 0, 0, title.tokens.count - 1)) return true;
  }
  return false;
}

/** Does pattern p of an absence rule occur in the body, read where its words are? */
function patternFound(c: CompiledRule, p: number, body: Source): boolean {
  const words = freshDocWords(body.words);
  const { text, tokens } = body;
  const filter = c.filters[p];
  // Words the pattern needs are missing from the whole posting: it cannot occur.
  if (filter && !sidsPass(c.sids[p]!, words)) return false;
  const spans = anchorSpanList;
  const anchored = filter ? anchorSpans(filter, body, spans) : false;
  const reach = c.digitReach[p];
  if (!anchored && reach != null && !c.leading[p]) {
    // Every match has a digit: only the text around digits can hold one.
    const re = regexesFor(c, body).patterns[p]!;
    const at = digitStretches(text, tokens, digitTokens(body), reach);
    for (let k = 0; k < at.length; k += 2) {
      re.lastIndex = 0;
      if (re.test(text.slice(at[k], at[k + 1]))) return true;
    }
    return false;
  }
  if (!anchored) return patternIn(c, p, body, text, 0, 0, tokens.count - 1);
  const d = spans.data;
  for (let i = 0; i < spans.count; i++) {
    const start = d[i * 4]!;
    const firstToken = d[i * 4 + 2]!;
    const lastToken = d[i * 4 + 3]!;
    if (!sidsPassInRange(c.sids[p]!, words, firstToken, lastToken)) continue;
    if (patternIn(c, p, body, text.slice(start, d[i * 4 + 1]), start, firstToken, lastToken)) return true;
  }
  return false;
}

/** Does the text or title say what the rule needs to matter (params.onlyIfAnywhere)? Asked last, when it would fire. */
function saysWhatItNeeds(c: CompiledRule, doc: SignalDocument, body: Source): boolean {
  if (c.requiredAnywhere.length === 0) return true;
  return anyMatch(c.requiredAnywhere, body.text) || (doc.title !== '' && anyMatch(c.requiredAnywhere, doc.title.slice(0, MAX_TITLE)));
}

/**
 * What the text says elsewhere can make an absence beside the point (params.unlessAnywhere). Asked
 * last, as it reads the whole text, and with the regexes without 'u' where the text allows: a
 * case-insensitive Unicode \b costs ten times as much.
 */
function cancelledAnywhere(c: CompiledRule, body: Source): boolean {
  return c.anywhere.length > 0 && anyMatch(regexesFor(c, body).anywhere, body.text);
}

/** Flags per rule index: 1 where the rule may match in the document's title (RuleIndex.titleBySet). Reused. */
let titleFlags = new Uint8Array(64);

function titleCandidates(index: RuleIndex, doc: SignalDocument): Uint8Array {
  const n = index.compiled.length;
  if (titleFlags.length < n) titleFlags = new Uint8Array(n * 2);
  const flags = titleFlags;
  flags.fill(0, 0, n);
  if (!doc.title) return flags;
  for (const r of index.titleAlways) flags[r] = 1;
  const bySet = index.titleBySet;
  forEachSetPresent(titleOf(doc).words, (sid) => {
    const rules = bySet[sid];
    if (rules) for (const r of rules) flags[r] = 1;
  });
  return flags;
}

/** The first characters of any text that are its lead, however long it is (a title line and an opening). */
const LEAD_CHARS = 400;

/**
 * params.leadsWithin (a share of the text, 0–1): only matches that start in that first part, or in
 * its first LEAD_CHARS characters, count, for a rule about what a posting leads with. Title evidence
 * (start -1) always counts.
 */
function keepLeading(evidence: Evidence[], share: unknown, textLength: number): void {
  if (typeof share !== 'number' || !(share > 0 && share < 1)) return;
  const limit = Math.max(LEAD_CHARS, share * textLength);
  let kept = 0;
  for (const e of evidence) if (e.start < limit) evidence[kept++] = e;
  evidence.length = kept;
}

/**
 * params.unlessMailboxNamesCompany: an address whose mailbox spells the employer the board names
 * ("monroehealthcouncil@gmail.com" for Monroe County Health Council) is the employer's own, as
 * small employers keep them; scam addresses on the labelled sets are personal names. The names fake
 * offers borrow (params.borrowedNames, folded) keep the address flagged where the company or the
 * mailbox holds one: "outlierhiring@gmail.com" under "Outlier AI" is the impersonation itself.
 */
function dropCompanyMailboxes(evidence: Evidence[], company: string, borrowed: readonly string[]): void {
  const folded = company.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  if (borrowed.some((w) => folded.includes(w))) return;
  let kept = 0;
  for (const e of evidence) {
    const mailbox = e.text.slice(0, Math.max(0, e.text.indexOf('@'))).toLowerCase();
    if (borrowed.some((w) => mailbox.includes(w)) || !mailboxNamesCompany(e.text, company)) evidence[kept++] = e;
  }
  evidence.length = kept;
}

function hitOf(rule: SignalRule, evidence: Evidence[]): SignalHit {
  const up = rule.escalate;
  if (up && distinctTexts(evidence) >= up.distinct) return { id: rule.id, severity: up.severity, title: up.title, explanation: up.explanation, evidence };
  return { id: rule.id, severity: rule.severity, title: rule.title, explanation: rule.explanation, evidence };
}

/** How many different texts (case aside) the evidence holds. */
function distinctTexts(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => e.text.toLowerCase())).size;
}

/**
 * Runs every rule over one posting. Deterministic: hits come back in rule order. Never throws;
 * a rule that fails is left out.
 */
export function findSignals(rules: readonly SignalRule[], doc: SignalDocument): SignalHit[] {
  const hits: SignalHit[] = [];
  let index: RuleIndex;
  let body: Source;
  try {
    index = indexRules(rules);
    body = bodyOf(doc);
  } catch {
    return hits;
  }
  const { compiled, gate } = index;
  const inTitle = titleCandidates(index, doc);
  const words = freshDocWords(body.words);
  for (let r = 0; r < compiled.length; r++) {
    // Most pattern rules stop here, before their compiled rule is read: not for the title, and
    // none of their trigger words in the text (or they read the title only).
    const g = gate[r]!;
    if (g !== GATE_RUN && inTitle[r] !== 1 && (g === GATE_TITLE_ONLY || !setPresent(words, g))) continue;
    const c = compiled[r];
    if (!c) continue;
    try {
      const { rule } = c;
      if (rule.kind === 'pattern') {
        const ev = runPatternRule(c, doc, body, inTitle[r] === 1);
        if (ev.length > 0) hits.push(hitOf(rule, ev));
      } else if (rule.kind === 'absence') {
        if (runAbsenceRule(c, doc, body, inTitle[r] === 1, coveredVerdict(c, rules, r, hits))) hits.push(hitOf(rule, []));
      } else {
        const ev = runCheck(rule, doc.words === body.words ? doc : { ...doc, words: body.words });
        if (ev) hits.push(hitOf(rule, ev.slice(0, MAX_EVIDENCE)));
      }
    } catch {
      // A broken rule must not take the analysis down; the data tests report it.
    }
  }
  return hits;
}
