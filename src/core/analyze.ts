// The one entry point: a posting in, everything Evalscout shows out. Pure and deterministic; the
// text is tokenised once and every stage reads the same tokens.
import { healthySignalRules } from '../data/healthy-signals/index.ts';
import { redFlagRules } from '../data/red-flags/index.ts';
import type { SignalRule } from '../data/schema.ts';
import { detectEvaluator, evaluatorTextMatcher, type AnnualSalary } from './evaluator.ts';
import { textLanguage } from './english-share.ts';
import { escapeRegex } from './ids.ts';
import { askedForCount, builtInVocabulary, customVocabulary, extractKeywords, taskPairMatcher, titleKeywords, type CompiledVocabulary, type CustomKeyword } from './keywords.ts';
import { recycleIfFull } from './lexicon.ts';
import { keysFor, releaseHits, scanTogether } from './matcher.ts';
import { docWords, releaseDocWords } from './word-sets.ts';
import { DOLLAR_LIKE, parsePay, parsePayLine, payBand } from './pay.ts';
import { releaseTokens } from './tokenize.ts';
import { assessRisk } from './risk.ts';
import { scamTalk } from './scam-talk.ts';
import { mapAnalysisToOriginal, unwrapHardBreaks } from './unwrap.ts';
import { cueMatcher, importanceMap } from './sections.ts';
import { findSignals, type SignalDocument } from './signals.ts';
import { clientsUnnamedOn } from './signal-document.ts';
import type { Analysis, KeywordHit, Pay, PostingInput } from './types.ts';

/** Longer inputs are cut: a posting is a few KB; a megabyte is a whole page gone wrong. */
export const MAX_INPUT_CHARS = 1_000_000;

export interface AnalyzeOptions {
  /** The user's own keywords (with synonyms), found like taxonomy terms. */
  customKeywords?: readonly CustomKeyword[];
  /** The user's own red-flag phrases, reported as low/medium warnings. */
  customRedFlags?: readonly string[];
  /** Replaces the built-in taxonomy (benchmarks). */
  vocabulary?: CompiledVocabulary;
}

const EXPERT_CATEGORIES = new Set(['credential']);

function isExpertWork(keywords: KeywordHit[]): boolean {
  return keywords.some((k) => EXPERT_CATEGORIES.has(k.category) && k.importance !== 'mentioned');
}

const customRuleCache = new Map<string, SignalRule[]>();


/** The user's phrases become ordinary pattern rules (same engine, same evidence). */
export function customRedFlagRules(phrases: readonly string[]): SignalRule[] {
  const key = phrases.join('\u0000');
  let rules = customRuleCache.get(key);
  if (!rules) {
    rules = phrases
      .map((p) => p.trim())
      .filter((p) => p.length >= 2)
      .map((phrase, i) => {
        const words = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
        return {
          id: `custom-red-flag-${i + 1}`,
          kind: 'pattern' as const,
          severity: 'medium' as const,
          title: `Your red-flag phrase: “${phrase}”`,
          explanation: 'You added this phrase to your own red-flag list in Evalscout’s options. Check why it appears here before you apply.',
          scope: 'any' as const,
          triggers: words.slice(0, 1),
          patterns: [words.map(escapeRegex).join('[^\\p{L}\\p{N}]+')],
          unless: [],
          params: {},
          examples: { positive: [phrase], negative: ['-'] },
        };
      });
    if (customRuleCache.size > 20) customRuleCache.clear();
    customRuleCache.set(key, rules);
  }
  return rules;
}

/** The posting's annual salary as an hourly figure, for the evaluator's staff-salary check. */
function annualSalary(pay: Pay | null): AnnualSalary | null {
  if (!pay || pay.period !== 'year' || !DOLLAR_LIKE.has(pay.currency) || pay.hourlyMin === null || !pay.evidence) return null;
  return { hourly: pay.hourlyMin, evidence: pay.evidence };
}

/** Work formats of contract and gig work (evaluator.ts: AI-training work under an engineering title comes so). */
const GIG_FORMATS = new Set(['contract', 'independent-contractor', 'freelance', 'part-time', 'hourly-pay', 'per-task-pay', 'weekly-payments']);
/**
 * Formats gig work has, but that a salaried job's posting may name in passing ("short-term and
 * long-term risks", "flexible hours" among the benefits): they count only where no annual salary is stated.
 */
const LOOSE_GIG_FORMATS = new Set(['asynchronous', 'flexible-hours', 'project-based', 'temporary']);

/** The pay parser reads "$25/hr" and "$0.04/label" that no keyword alias lists: the work format follows from it. */
const PAY_FORMAT: Partial<Record<string, { id: string; label: string }>> = {
  hour: { id: 'hourly-pay', label: 'Hourly pay' },
  task: { id: 'per-task-pay', label: 'Per-task / per-unit pay' },
};

/** Hourly or per-task pay: how contract and gig work is paid (a board's title may say it: "Software Engineer | $65/hr | Remote"). */
function isGigPay(pay: Pay | null): boolean {
  return pay?.period === 'hour' || pay?.period === 'task';
}

/** The period must be written, not guessed from the figure's size ("$15.57" alone is read as hourly). */
const STATED_HOUR = /hour|\bhr\b|\/\s?h\b|hourly|heure|hora|stunde|\buur\b|\bora\b|時給|时薪|時薪/i;

function payFormatKeyword(keywords: KeywordHit[], pay: Pay | null): void {
  const format = pay && PAY_FORMAT[pay.period];
  // Only pay found in the text: a pay line shown apart has no offsets to mark.
  if (!pay || !format || !pay.evidence || pay.evidence.start < 0) return;
  if (pay.period === 'hour' && !STATED_HOUR.test(pay.evidence.text)) return;
  if (keywords.some((k) => k.id === format.id)) return;
  const hit: KeywordHit = { id: format.id, label: format.label, category: 'work-format', importance: 'mentioned', evidence: [pay.evidence] };
  // Keep the order extractKeywords gives: by importance, then by where each is first said.
  let at = keywords.length;
  while (at > 0 && keywords[at - 1]!.importance === 'mentioned' && keywords[at - 1]!.evidence[0]!.start > hit.evidence[0]!.start) at--;
  keywords.splice(at, 0, hit);
}

/**
 * What the title says and the text does not ("Internet Analyst - Freelance", "Dutch Fluency",
 * "Machine Translation Evaluation"): the job's own name, so required. Its evidence is in the title,
 * with no offsets in the text (start and end -1), as the evaluator's title reasons are.
 */
function addTitleKeywords(keywords: KeywordHit[], title: string, titleKeys: ReturnType<typeof keysFor>, options: AnalyzeOptions, company: string | undefined): void {
  const found = titleKeywords(title, titleKeys, { custom: options.customKeywords, vocabulary: options.vocabulary, company });
  if (found.length === 0) return;
  const have = new Set(keywords.map((k) => k.id));
  const fromTitle = found.filter((k) => !have.has(k.id));
  // Keep the order extractKeywords gives: required first; these go after the text's required ones.
  let at = 0;
  while (at < keywords.length && keywords[at]!.importance === 'required') at++;
  keywords.splice(at, 0, ...fromTitle);
}

export function analyzePosting(input: PostingInput, options: AnalyzeOptions = {}): Analysis {
  // Between analyses is the one safe moment to drop words only old postings used.
  recycleIfFull();
  const given = typeof input.text === 'string' ? input.text.slice(0, MAX_INPUT_CHARS) : '';
  // Hard-wrapped mail is read as its sentences run (unwrap.ts); offsets go back to `given` at the end.
  const unwrapped = unwrapHardBreaks(given);
  const text = unwrapped ? unwrapped.text : given;
  const title = typeof input.title === 'string' ? input.title.slice(0, 500) : undefined;
  const keys = keysFor(text);
  const vocabulary = options.vocabulary ?? builtInVocabulary();
  const customVocab = customVocabulary(options.customKeywords ?? []);
  // One pass over the text serves the taxonomy, the user's keywords, the requirement cues, the evaluator signals and the task pairs.
  scanTogether([vocabulary.matcher, ...(customVocab ? [customVocab.matcher] : []), cueMatcher(), evaluatorTextMatcher(), taskPairMatcher()], keys);
  const sections = importanceMap(text, keys);
  const keywords = extractKeywords(text, { keys, custom: options.customKeywords, vocabulary, company: input.company, importance: sections });
  const titleKeys = title ? keysFor(title) : undefined;
  if (title && titleKeys) addTitleKeywords(keywords, title, titleKeys, options, input.company);
  // A pay line shown apart from the description wins; its evidence has no offset in the text.
  const fromPayText = input.payText ? parsePayLine(input.payText) : null;
  const language = textLanguage(keys.index, keys.tokens.count);
  // A text in another language groups thousands with dots ("US$ 5.500"), whatever the currency.
  const pay = fromPayText ? { ...fromPayText, evidence: fromPayText.evidence && { ...fromPayText.evidence, start: -1, end: -1 } } : parsePay(text, keys.tokens, language.other);
  if (pay) pay.band = payBand(pay, isExpertWork(keywords));
  payFormatKeyword(keywords, pay);
  const gigFormat =
    isGigPay(pay) || (title !== undefined && /\d/.test(title) && isGigPay(parsePayLine(title))) || keywords.some((k) => GIG_FORMATS.has(k.id) || (pay?.period !== 'year' && LOOSE_GIG_FORMATS.has(k.id)));
  const aiEvaluator = detectEvaluator(text, title, keys, titleKeys, input.company, sections, gigFormat, annualSalary(pay), clientsUnnamedOn(input.url));

  const doc: SignalDocument = {
    text,
    tokens: keys.tokens,
    title: title ?? '',
    company: input.company,
    url: input.url,
    source: input.source,
    pay,
    aiEvaluator: aiEvaluator.match,
    askedFor: askedForCount(keywords),
    english: language.english,
    words: docWords(keys.index),
    titleTokens: titleKeys?.tokens,
    titleWords: titleKeys && docWords(titleKeys.index),
  };
  const custom = options.customRedFlags?.length ? customRedFlagRules(options.customRedFlags) : [];
  const redFlags = findSignals(custom.length ? [...redFlagRules, ...custom] : redFlagRules, doc);
  const healthySignals = findSignals(healthySignalRules, doc);
  const risk = assessRisk(redFlags, healthySignals, { aiEvaluator: aiEvaluator.match, scamTalk: scamTalk(keys.index) });
  // Nothing returned reads the tokens or their word index: their buffers go to the next analysis.
  releaseHits(keys);
  releaseTokens(keys.tokens);
  keys.index.release();
  releaseDocWords(doc.words!);
  if (titleKeys) {
    releaseTokens(titleKeys.tokens);
    titleKeys.index.release();
    releaseDocWords(doc.titleWords!);
  }
  const analysis: Analysis = { aiEvaluator, risk, redFlags, healthySignals, keywords, pay };
  if (unwrapped) mapAnalysisToOriginal(analysis, unwrapped, given);
  return analysis;
}
