// The analysis contract. The CLI prints these shapes as JSON, the content script renders them,
// the popup compares them with the profile. Offsets are UTF-16 indices into `PostingInput.text`.

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export type Severity = 'low' | 'medium' | 'high';
export type RiskLevel = 'none' | 'low' | 'medium' | 'high';
export type Importance = 'required' | 'preferred' | 'mentioned';

export type KeywordCategory =
  | 'domain'
  | 'task'
  | 'skill'
  | 'tool'
  | 'credential'
  | 'language'
  | 'work-format';

/** What every producer (board adapter, CLI, "analyze selection") hands to the core. */
export interface PostingInput {
  text: string;
  title?: string;
  company?: string;
  url?: string;
  /** Pay line shown outside the description (top card pill, JSON-LD baseSalary text). */
  payText?: string;
  /** Hostname of the apply/hiring source if known (e.g. "jobs.ashbyhq.com"). */
  source?: string;
}

export interface SignalHit {
  id: string;
  severity: Severity;
  title: string;
  explanation: string;
  evidence: Evidence[];
}

export interface KeywordHit {
  id: string;
  label: string;
  /** 'custom' for the user's own keywords (ids start with "custom-"). */
  category: KeywordCategory | 'custom';
  importance: Importance;
  evidence: Evidence[];
  /** For languages: the level the posting asks for (native, bilingual, fluent, proficient, conversational). */
  level?: string;
}

export interface EvaluatorReason {
  id: string;
  label: string;
  weight: number;
  evidence: Evidence[];
}

export interface EvaluatorVerdict {
  match: boolean;
  score: number;
  reasons: EvaluatorReason[];
}

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year' | 'task' | 'project';

export interface Pay {
  min: number | null;
  max: number | null;
  /** ISO code; empty when a separate pay line gave bare figures ("30000-45000"). */
  currency: string;
  period: PayPeriod;
  hourlyMin: number | null;
  hourlyMax: number | null;
  /** Where the figure sits relative to the market band for this kind of work. */
  band?: 'below' | 'within' | 'above' | 'unknown';
  evidence?: Evidence;
}

export interface Risk {
  level: RiskLevel;
  score: number;
  reasons: string[];
}

export interface Analysis {
  aiEvaluator: EvaluatorVerdict;
  risk: Risk;
  redFlags: SignalHit[];
  healthySignals: SignalHit[];
  keywords: KeywordHit[];
  pay: Pay | null;
}

/** The simple keyword profile the core can match against (the stored profile maps onto it). */
export interface MatchProfile {
  /** Taxonomy ids or free-text terms the user claims. */
  keywords: string[];
  resumeText?: string;
  /** Free-text custom keywords with their synonyms. */
  customKeywords?: { term: string; synonyms: string[] }[];
  hourlyFloor?: number;
}

export interface MatchItem {
  id: string;
  label: string;
  category: KeywordCategory | 'custom';
  importance: Importance;
  /** resume: on the resume text; profile: claimed in the profile but absent from the resume. */
  source?: 'resume' | 'profile';
}

export interface MatchResult {
  score: number;
  explanation: string;
  matched: MatchItem[];
  missing: MatchItem[];
  suggestions: Suggestion[];
}

export interface Suggestion {
  kind: 'skills-line' | 'bullet-rewrite' | 'tools-line' | 'availability-line' | 'summary-line' | 'add-keyword';
  title: string;
  text: string;
  /** What in the user's own profile/resume the text is drawn from — never invented. */
  basedOn: string[];
}

/** What a board adapter reads off the page (plain data; the DOM stays in the content script). */
export interface ExtractedPosting {
  board: string;
  url: string;
  jobKey: string;
  title: string | null;
  company: string | null;
  location: string | null;
  payText: string | null;
  description: string;
  sections: { heading: string; text: string }[];
  /** Where the fields came from: the JSON-LD JobPosting or the board's own markup. */
  via: 'json-ld' | 'dom';
}
