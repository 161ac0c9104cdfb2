// How strongly a posting asks for something depends on where it says it: under "Requirements" or
// with "must", it is required; under "Nice to have" or with "a plus", preferred; elsewhere it is
// only mentioned. Sentence cues beat section headings ("Python is a plus" under Requirements).
import { firstAtOrAfter, inlineHeadings, SPACED_FIRST_WORDS } from './inline-headings.ts';
import { pinnedIds } from './lexicon.ts';
import { Matcher, type TokenKeys } from './matcher.ts';
import { sortTokens } from './word-sets.ts';
import type { Importance } from './types.ts';

// Headings in English, and the usual ones of German, French, Spanish, Portuguese, Italian and Dutch
// postings, written without accents: a heading is read with its accents taken off (foldHeading),
// so "Profil recherché" and "Profil recherche" are one heading, and \b works at its last letter.
const HEADING_PREFERRED =
  /\b(nice[ -]to[ -]haves?|preferred|bonus(?: points)?|pluses|a plus|desired|desirable|good[ -]to[ -]haves?|nice if|ideally|optional|extra credit|great if|advantageous|wunschenswert|von vorteil|idealerweise|gewunscht|un plus|atouts?|souhaitee?s?|deseables?|valorable|se valorara|valoraremos|(?:es|sera) un plus|desejavel|diferencia(?:l|is)|gradito|costituisce un plus|pluspunten|highly regarded|we also value|(?:would be |is )?an advantage|would be ideal|prettige extra'?s|(?:sets? you(?:rself)?|set yourself) apart|(?:make|makes|will make|would make) you stand out|(?:considered |would be |is )?an (?:added )?asset)\b/;
const HEADING_REQUIRED =
  /\b(requirements?|required|qualifications?|(?:be|you(?:'|’)?re|you are|are you) qualified|what you(?:'|’)?ll need|what you need|(?:you|applicants|candidates) must(?: be| have)?$|(?:the )?(?:ideal|successful) (?:candidate|applicant)s? (?:will|should|must)(?: have| be| possess)?$|what we(?:'|’)?re looking for|what we look for|looking for|must[ -]haves?|who you are|you have|you bring|about you|ideal candidate|candidate profile|(?:your|the|ideal|desired|required) profile|eligibility|prerequisites?|who can apply|who should apply|who (?:this|the) (?:role|job|position|opportunity) is for|is this you|sounds? like you|you(?:'|’)?ll succeed|you will succeed|succeed if you|(?:what )?you should have|skills and experience|you(?:'|’)?(?:ll| will) need|what you will need|(?:you(?:'|’)?re|you are|you might be|you may be) a (?:great |good |strong )?fit|do you (?:tick the boxes|fit|have what it takes|qualify)|you(?:'|’)?ll bring|you will bring|qualifikationen|anforderungen|voraussetzungen|(?:ihr|dein) profil|was (?:du|sie) mitbringen|exigences|profil recherche|votre profil|ce que nous recherchons|competences requises|requisitos|requisiti|perfil(?: buscado| requerido| deseado)?|(?:tu|seu|su) perfil|(?:lo )?que buscamos|o que buscamos|qualificacoes|profilo(?: ricercato)?|cosa cerchiamo|vereisten|vereiste (?:kwalificaties|vaardigheden)|functie-eisen|wat (?:wij|we) vragen|jouw profiel|wat (?:hebben|heb) (?:wij|we) (?:van je|van jou|nodig)|(?:dit|wat) breng je mee|wie (?:zoeken|zoek) (?:wij|we)|(?:das|was) bringst du mit|was du mitbringst|das bringen sie mit|wymagania)\b/;
// Chinese, Japanese and Korean requirement headings (no \b: these scripts have no word boundaries).
const HEADING_REQUIRED_CJK = /(必备资格|必備資格|基本要求|任职条件|任職條件|任職要求|任职要求|岗位要求|崗位要求|职位要求|職位要求|任职资格|任職資格|应聘条件|應聘條件|応募資格|必須スキル|必須条件|応募条件|자격\s?요건|지원\s?자격|필수\s?요건)/;
const HEADING_PREFERRED_CJK = /(加分项|加分項|优先|優先|歓迎スキル|歓迎条件|우대\s?사항)/;
// "Experience in at least one of the following:": each item below is one option among several, not a
// must. Such a list is a run of short lines; the section it interrupts resumes after it.
const HEADING_OPTIONS = /\b(at least (?:one|two|1|2) of|one or more of|(?:any|some|one) of the following)\b/;
const OPTION_LINE_TOKENS = 8;
// Broad words that head a requirements list only in a short heading ("Skills", "Your expertise"),
// not in a tagline ("We build workforce skills for the AI economy").
const HEADING_REQUIRED_SHORT = /\b(you are|skills|minimum|basic|essential|expertise|profile|education|target profile)\b/;
const SHORT_HEADING_WORDS = 4;
// What the employer offers, not what it asks for: keywords here ("dental insurance") are not the job's.
const HEADING_BENEFITS = /\b(benefits|perks|what we offer|we offer|compensation(?: and| &) benefits|why join us|why work with us|what(?:'|’)?s in it for you|what you(?:'|’)?ll get(?! to)|what you get(?! to)|(?:lo que )?ofrecemos|beneficios|oferecemos|o que oferecemos|nous offrons|avantages|(?:was )?wir bieten|offriamo|vantaggi|(?:wat )?(?:wij|we) bieden|arbeidsvoorwaarden)\b/;
// The employer's own text: who it is and what it sells, and its legal statements. A field, tool or
// task named there is the company's ("we serve pharmaceutical and biotech clients"), not the job's.
// "About the role/team/opportunity" is about the job, and stays a plain section.
const HEADING_EMPLOYER =
  /^(?:about (?!.*\b(?:role|job|position|opportunit(?:y|ies)|teams?|projects?|work|program|programme|gig|tasks?|assignment|contract|internship|training|you|yourself)\b)|company$|(?:the |our )?company (?:profile|overview|description|background|information|info)\b|who we are(?! looking| seeking| hiring| searching)|our (?:mission|story|company|vision|values|culture)\b|equal (?:employment )?opportunit|eeo\b|diversity\b|reasonable accommodations?|accommodations?$|privacy\b|fair chance|disclaimer|sobre nosotros|quienes somos|sobre (?:a|la) empresa|sobre nos|qui sommes[ -]nous|a propos de nous|a propos de l'entreprise|uber uns|das unternehmen|chi siamo|over ons)/;
const HEADING_EMPLOYER_CJK = /^(会社概要|企業概要|会社紹介|公司简介|公司簡介|关于我们|關於我們|회사\s?소개)/;
const HEADING_OTHER =
  /\b((?:your |key |main )?tasks|responsibilities|what you(?:'|’)?ll do|what you(?:'|’)?ll be doing|what you will (?:be )?do(?:ing)?|duties|(?:key )?accountabilities|(?:role|job|position|project) (?:highlights|details)|highlights|your role|what you(?:(?:'|’)?ll)? get to do|the opportunity|day[ -]to[ -]day|about (?:us|the (?:role|job|company|team|project))|company profile|benefits|perks|compensation|pay|salary|why join|how to apply|the role|overview|summary|description|location|schedule|our mission|equal opportunity|aufgaben|missions?|responsabilidades|tareas|funciones|sobre nosotros|quienes somos|sobre nos|atividades|descriptif|uber uns|chi siamo|mansioni|responsabilita|taken|wat ga je doen|over ons|functieomschrijving)\b/;

const CUES = new Matcher([
  {
    id: 'preferred',
    // "helpful" and "beneficial" only as a verdict on the applicant's skill: postings about AI
    // talk of "helpful responses", and "take advantage of" is no cue either.
    aliases: ['preferred', 'preferably', 'nice to have', 'nice-to-have', 'a plus', 'bonus', 'ideally', 'desirable', 'an advantage', 'advantageous', 'not required', 'is helpful', 'are helpful', 'would be helpful', 'is beneficial', 'are beneficial', 'would be beneficial', 'good to have', 'is a plus', 'are a plus', 'priority given', 'priority will be given', 'preference given', 'preference will be given',
      // Spanish, Portuguese, French, German, Italian and Dutch.
      'se valora', 'se valorará', 'valorable', 'deseable', 'es un plus', 'será un plus', 'desejável', 'um diferencial', 'un plus', 'un atout', 'souhaité', 'souhaitée',
      'von Vorteil', 'wünschenswert', 'idealerweise', 'gradito', 'graditi', 'costituisce un plus', 'pluspunt', 'een pluspunt',
      // "Experience in real estate is highly regarded", "VBA skills (an asset)": Australian and Canadian postings' words for it.
      'highly regarded', 'an asset', 'an added asset',
      // "Strong preference for candidates with publications", "experience in teaching is ideal" (not "this role is ideal for physicians": idealFor).
      'strong preference', 'a preference for', 'is ideal', 'would be ideal', 'are ideal', 'highly desired', 'is desired', 'are desired'],
    stem: false,
  },
  {
    id: 'required',
    aliases: [
      'required', 'must', 'requires', 'require', 'requirement', 'essential', 'mandatory', 'need to have', 'minimum', 'at least', 'you should have', "you'll need", 'you will need',
      // Not "indispensable": English postings call their product that.
      'imprescindible', 'obligatorio', 'se requiere', 'obrigatório', 'indispensável', 'exigido', 'exigé', 'exigée', 'requis', 'requise', 'obligatoire',
      'erforderlich', 'zwingend', 'vorausgesetzt', 'richiesto', 'richiesta', 'indispensabile', 'obbligatorio', 'vereist', 'verplicht',
    ],
    stem: false,
  },
]);

/** The cue matcher, for scanning it together with the others (matcher.ts scanTogether). */
export function cueMatcher(): Matcher {
  return CUES;
}

export interface ImportanceMap {
  /** Importance for the token at this index. */
  at(tokenIndex: number): Importance;
  /** Is this token under a heading whose text is the employer's: its offer (benefits, perks) or itself (about us, equal-opportunity statements)? */
  aboutTheEmployer(tokenIndex: number): boolean;
}

type SectionClass = Importance | 'benefits' | 'employer' | null;

const LONG_PROSE_TOKENS = 40;

// A line's section class or a sentence's cue as a small number, for the per-line and per-sentence
// arrays of importanceMap. NONE: no cue, or no section that asks for anything.
const NONE = 0;
const PREFERRED = 1;
const REQUIRED = 2;
const BENEFITS = 3;
const EMPLOYER = 4;
const IMPORTANCE_OF: readonly Importance[] = ['mentioned', 'preferred', 'required'];

function codeOf(cls: SectionClass | undefined): number {
  return cls === 'preferred' ? PREFERRED : cls === 'required' ? REQUIRED : cls === 'benefits' ? BENEFITS : cls === 'employer' ? EMPLOYER : NONE;
}

// Verdicts by line text: postings reuse a small set of headings ("Requirements:", "About us"), and
// about two lines in three asked about are ones seen before, even across distinct postings.
const HEADING_CACHE = new Map<string, SectionClass | 'unclassified'>();
const MAX_CACHED_HEADINGS = 5000;

function classifyHeading(line: string): SectionClass | undefined {
  let cls = HEADING_CACHE.get(line);
  if (cls === undefined) {
    const found = classifyUncached(line);
    // null is a verdict (a heading of no interest), undefined is none: only the latter is marked.
    cls = found === undefined ? 'unclassified' : found;
    if (HEADING_CACHE.size >= MAX_CACHED_HEADINGS) HEADING_CACHE.clear();
    HEADING_CACHE.set(line, cls);
  }
  return cls === 'unclassified' ? undefined : cls;
}

/** Accents off Latin letters ("recherché" → "recherche"); other scripts as they are (Hangul recomposes). */
function foldHeading(t: string): string {
  return /[\u00c0-\u024f]/.test(t) ? t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : t;
}

/** Matches whenever one of classifyUncached's patterns does (its sources joined). */
const ANY_HEADING = new RegExp(
  [HEADING_PREFERRED, HEADING_PREFERRED_CJK, HEADING_BENEFITS, HEADING_EMPLOYER, HEADING_EMPLOYER_CJK, HEADING_OTHER, /^about (?!you\b|yourself\b)/, HEADING_REQUIRED, HEADING_REQUIRED_CJK, HEADING_REQUIRED_SHORT]
    .map((r) => `(?:${r.source})`)
    .join('|'),
);

function classifyUncached(line: string): SectionClass | undefined {
  // Spaces of any kind as one plain space: pages copied from the web write "You\u00a0bring" too.
  const t = foldHeading(
    line
      .replace(/^[\s#*>•·\\\-–—_]+|[\s*_:.\-–—]+$/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
  if (!t || t.length > 70) return undefined;
  // Most strings asked about (inline candidates from flattened text) are no heading: one pass of
  // the union of the patterns below turns them away, instead of one pass per pattern.
  if (!ANY_HEADING.test(t)) return undefined;
  if (HEADING_PREFERRED.test(t) || HEADING_PREFERRED_CJK.test(t)) return 'preferred';
  if (HEADING_BENEFITS.test(t) && !/\bqualifications?|requirements?\b/.test(t)) return 'benefits';
  if ((HEADING_EMPLOYER.test(t) || HEADING_EMPLOYER_CJK.test(t)) && !/\bqualifications?|requirements?\b/.test(t)) return 'employer';
  if (HEADING_OTHER.test(t) && !/\bqualifications?|requirements?\b/.test(t)) return null;
  // "About OpenTrain", "About the opportunity": the employer's own text follows, not requirements.
  if (/^about (?!you\b|yourself\b)/.test(t)) return null;
  if (HEADING_REQUIRED.test(t) || HEADING_REQUIRED_CJK.test(t)) return 'required';
  if (HEADING_REQUIRED_SHORT.test(t) && t.split(/\s+/).length <= SHORT_HEADING_WORDS) return 'required';
  return undefined;
}

const MAX_HEADING_WORDS = 9;
const NOT_HEADING = 'not-heading';
// Verdicts on whole lines (headingOf) by their text: the same headings and list items recur.
const LINE_CACHE = new Map<string, SectionClass | undefined | typeof NOT_HEADING>();

/**
 * Is the line a heading, and of which section? NOT_HEADING, or classifyHeading's verdict. A line's
 * words and first word follow from its text alone, so the verdict is kept by the line's text.
 */
function headingOf(text: string, doc: TokenKeys, firstToken: number, lastToken: number, lineStart: number, lineEnd: number): SectionClass | undefined | typeof NOT_HEADING {
  const line = text.slice(lineStart, lineEnd);
  let verdict = LINE_CACHE.get(line);
  if (verdict === undefined && !LINE_CACHE.has(line)) {
    verdict = looksLikeHeading(line, doc, firstToken, lastToken) ? classifyHeading(line) : NOT_HEADING;
    if (LINE_CACHE.size >= MAX_CACHED_HEADINGS) LINE_CACHE.clear();
    LINE_CACHE.set(line, verdict);
  }
  return verdict;
}

function looksLikeHeading(rawLine: string, doc: TokenKeys, firstToken: number, lastToken: number): boolean {
  const words = lastToken - firstToken + 1;
  if (words < 1 || words > MAX_HEADING_WORDS) return false;
  const line = rawLine.trim();
  if (/^#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*:?$/.test(line)) return true;
  // An emphasised list item stands in for a heading in some editors ("• *Required Expertise").
  if (/^\\?[*\-•·●▪◦]\s+[*_]{1,2}[^*_\s][^.!?,;]*$/.test(line)) return words <= 5;
  // A list item is content, not a heading ("* Medical, dental and basic life insurance"), unless it
  // is a few words ending in a colon ("- Requirements:").
  if (/^\\?(?:[*\-•·●▪◦]|\d{1,2}[.)])\s/.test(line)) return words <= 5 && /[:：]$/.test(line);
  if (/[:：]$/.test(line)) return true;
  // A short line with no sentence ending, set on its own ("Requirements", "Nice to have"), or a
  // question ("Is this you?"): only a line the heading patterns then recognise changes anything.
  const first = doc.rawAt(firstToken);
  return !/[.!,;]$/.test(line) && first[0] === first[0]!.toUpperCase();
}

/** Characters a cue's parenthesis is looked for on either side of it. */
const PAREN_REACH = 80;

/** Offset of the first `target` character walking from `from` by `step`, or -1 at a `stop` character, a line end or PAREN_REACH. */
function findOnLine(text: string, from: number, step: 1 | -1, target: number, stop: number): number {
  for (let k = from, left = PAREN_REACH; k >= 0 && k < text.length && left > 0; k += step, left--) {
    const c = text.charCodeAt(k);
    if (c === target) return k;
    if (c === stop || c === 10) return -1;
  }
  return -1;
}

/**
 * The parenthesis around text[start, end) on its line ("RN licence (BSN preferred)"), as
 * [open, close] offsets, when it holds words besides the cue: then the cue is about those words.
 * A parenthesis holding only the cue ("Python (preferred)") is about what precedes it: null.
 */
function ownParenthesis(text: string, doc: TokenKeys, start: number, end: number, cueFirst: number, cueLast: number): [number, number] | null {
  const open = findOnLine(text, start - 1, -1, 40, 41);
  if (open < 0) return null;
  const close = findOnLine(text, end, 1, 41, 40);
  if (close < 0) return null;
  const t = doc.tokens;
  const before = cueFirst > 0 && t.start[cueFirst - 1]! > open;
  const after = cueLast + 1 < t.count && t.end[cueLast + 1]! < close;
  return before || after ? [open, close] : null;
}

const SPACE = /\s/;

/** Is the UTF-16 unit one /\s/ matches? */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

/**
 * Does text[from, to) end in a colon, spaces aside (/[:：]\s*$/ on the slice)? Asked of every
 * line: read back from the line's end, it costs neither a slice nor a regex run along the line.
 */
function endsWithColon(text: string, from: number, to: number): boolean {
  return lastColon(text, from, to) >= 0;
}

/** Where the colon that ends the line stands (spaces after it aside), or -1. */
function lastColon(text: string, from: number, to: number): number {
  let k = to - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  const c = k >= from ? text.charCodeAt(k) : -1;
  return c === 58 || c === 0xff1a ? k : -1;
}

/** A heading this short at most ends a line of prose. */
const TRAILING_HEADING_CHARS = 60;
const TRAILING_HEADING_WORDS = 5;

/**
 * "… learning from other employees.  Key skills and experience:": a heading set after the last
 * sentence of a line, which the list below it belongs to. Its class, or undefined when the line
 * does not end so.
 */
function trailingHeading(text: string, from: number, to: number): SectionClass | undefined {
  const colon = lastColon(text, from, to);
  if (colon < 0) return undefined;
  let k = colon - 1;
  while (k >= from && colon - k <= TRAILING_HEADING_CHARS) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 59) break;
    k--;
  }
  if (k < from || colon - k > TRAILING_HEADING_CHARS) return undefined;
  const tail = text.slice(k + 1, colon).trim();
  // Longer, it is a sentence that introduces a list ("You will receive a bonus of:"), not a heading.
  if (!/^[A-Z\u00c0-\u00de]/.test(tail) || tail.split(/\s+/).length > TRAILING_HEADING_WORDS) return undefined;
  return classifyHeading(tail);
}

/** "This opportunity is ideal for physicians": who the posting is for, not a wish about one item. */
function idealFor(doc: TokenKeys, cueLast: number): boolean {
  const t = doc.tokens;
  return cueLast + 1 < t.count && t.sentence[cueLast + 1] === t.sentence[cueLast] && doc.rawAt(cueLast).toLowerCase() === 'ideal' && doc.rawAt(cueLast + 1).toLowerCase() === 'for';
}

export function importanceMap(text: string, doc: TokenKeys): ImportanceMap {
  const t = doc.tokens;
  const n = t.count;
  // Sentence cues, and cues that only speak for the words in their own parenthesis. Per sentence
  // and per line, typed arrays indexed by number rather than Maps: `at` is asked for every hit.
  const sentenceCue = new Uint8Array(t.sentenceStart.length);
  const parenCues: { open: number; close: number; cue: Importance }[] = [];
  // Sentence cues are applied once the lines are read: a cue word inside a heading set inline
  // ("**Preferred Qualifications**") names that section, not its sentence.
  const cueAt: number[] = [];
  const cueCode: number[] = [];
  for (const hit of CUES.scan(doc)) {
    const cue: Importance = hit.term === 0 ? 'preferred' : 'required';
    if (cue === 'preferred' && idealFor(doc, hit.lastToken)) continue;
    const paren = ownParenthesis(text, doc, t.start[hit.firstToken]!, t.end[hit.lastToken]!, hit.firstToken, hit.lastToken);
    if (paren) {
      parenCues.push({ open: paren[0], close: paren[1], cue });
      continue;
    }
    cueAt.push(hit.firstToken);
    cueCode.push(cue === 'preferred' ? PREFERRED : REQUIRED);
  }
  // Lines that hold inline headings, with where each heading starts and its section.
  let inline: Map<number, Segments> | null = null;
  let spacedStarts: number[] | undefined;
  // Section class per line, carried forward from the last heading.
  const lineClass = new Uint8Array(t.lineStart.length);
  let current: SectionClass = null;
  // The first paragraph under a heading belongs to it, however long ("Required:" and one long paragraph).
  let underFreshHeading = false;
  // Inside an "at least one of the following" list: the section to return to when it ends.
  let resumeAfterOptions: SectionClass | undefined;
  let nextColon = text.indexOf(':');
  // Read for every token while finding each line's last one: a local, not a property load each time.
  const lineOf = t.line;
  let i = 0;
  while (i < n) {
    const line = lineOf[i]!;
    let j = i;
    while (j + 1 < n && lineOf[j + 1] === line) j++;
    const lineStart = t.lineStart[line]!;
    const nextLineStart = t.lineStart[line + 1] ?? text.length;
    if (resumeAfterOptions !== undefined && (j - i + 1 > OPTION_LINE_TOKENS || /[.!?]\s*$/.test(text.slice(lineStart, nextLineStart)))) {
      current = resumeAfterOptions;
      resumeAfterOptions = undefined;
    }
    if (endsWithColon(text, lineStart, nextLineStart) && HEADING_OPTIONS.test(text.slice(lineStart, nextLineStart).toLowerCase())) {
      resumeAfterOptions ??= current;
      current = 'preferred';
      lineClass[line] = codeOf(resumeAfterOptions);
      i = j + 1;
      continue;
    }
    const heading = j - i + 1 <= MAX_HEADING_WORDS ? headingOf(text, doc, i, j, lineStart, nextLineStart) : NOT_HEADING;
    const long = j - i + 1 >= INLINE_MIN_TOKENS;
    if (heading !== NOT_HEADING) {
      if (heading !== undefined) {
        current = heading;
        resumeAfterOptions = undefined;
        underFreshHeading = true;
        lineClass[line] = codeOf(current);
        i = j + 1;
        continue;
      }
      // An "about us" text seldom has headings of its own: one it does not name ("Why AI Training
      // Work Matters") begins the posting's own text again.
      if (current === 'employer') current = null;
    }
    // A short line the heading patterns did not take whole may still start with one ("Education:
    // Bachelor's degree in Computer Science").
    {
      // "Requirements: Python, SQL" on one line. The next colon is looked up once per colon, not per line.
      if (nextColon !== -1 && nextColon < lineStart) nextColon = text.indexOf(':', lineStart);
      const colon = nextColon;
      if (colon > 0 && colon < nextLineStart && colon - lineStart < 40) {
        const cls = classifyHeading(text.slice(lineStart, colon));
        if (cls !== undefined) {
          lineClass[line] = codeOf(cls);
          if (long) inline = segmentLine(text, line, lineStart, nextLineStart, inline, (spacedStarts ??= spacedHeadingStarts(text, doc)), t.humps);
          i = j + 1;
          continue;
        }
      }
    }
    // A long paragraph of prose (an "about us" or equal-opportunity text after the lists) ends
    // the requirement section it follows.
    if (!underFreshHeading && j - i + 1 >= LONG_PROSE_TOKENS && !/^\s*\\?(?:[*\-•·●▪◦]|\d{1,2}[.)])\s/.test(text.slice(lineStart, nextLineStart))) current = null;
    underFreshHeading = false;
    lineClass[line] = codeOf(current);
    if (long) {
      inline = segmentLine(text, line, lineStart, nextLineStart, inline, (spacedStarts ??= spacedHeadingStarts(text, doc)), t.humps);
      const segments = inline?.get(line);
      if (segments) current = segments.classes[segments.classes.length - 1]!;
    }
    const below = trailingHeading(text, lineStart, nextLineStart);
    if (below !== undefined) {
      current = below;
      resumeAfterOptions = undefined;
      underFreshHeading = true;
    }
    i = j + 1;
  }
  // Built when a line with inline headings is first asked about.
  let cueIndex: CueIndex | undefined;
  for (let k = 0; k < cueAt.length; k++) {
    const token = cueAt[k]!;
    const segments = inline?.get(t.line[token]!);
    if (segments && inHeading(segments, t.start[token]!)) continue;
    const s = t.sentence[token]!;
    if (sentenceCue[s] !== PREFERRED) sentenceCue[s] = cueCode[k]!;
  }
  return {
    at(tokenIndex: number): Importance {
      const pos = t.start[tokenIndex]!;
      for (const p of parenCues) if (pos > p.open && pos < p.close) return p.cue;
      const line = t.line[tokenIndex]!;
      const segments = inline?.get(line);
      if (segments) return segmentImportance(segments, t, tokenIndex, lineClass[line]!, cueIndex ??= indexCues(t, cueAt, cueCode));
      const cue = sentenceCue[t.sentence[tokenIndex]!]!;
      if (cue !== NONE) return IMPORTANCE_OF[cue]!;
      const cls = lineClass[line]!;
      return cls >= BENEFITS ? 'mentioned' : IMPORTANCE_OF[cls]!;
    },
    aboutTheEmployer(tokenIndex: number): boolean {
      const line = t.line[tokenIndex]!;
      const segments = inline?.get(line);
      if (segments) return segmentCode(segments, t.start[tokenIndex]!, lineClass[line]!) >= BENEFITS;
      return lineClass[line]! >= BENEFITS;
    },
  };
}

/** A section's sentence longer than this is a list run together; a "preferred" cue there reaches these many words either side. */
const LONG_STRETCH_CHARS = 300;
const LOCAL_CUE_BEFORE = 12;
const LOCAL_CUE_AFTER = 8;

/** Lines of at least this many words are read for inline headings: only flattened text has them. */
const INLINE_MIN_TOKENS = 30;

/** A line's inline headings: where each starts and ends, and the section code it begins. */
interface Segments {
  starts: number[];
  ends: number[];
  codes: number[];
  classes: SectionClass[];
}

let spacedFirstWordIds: number[] | null = null;

/** Offsets, in text order, of the words a heading flattened with spaces may start with (inline-headings.ts). */
function spacedHeadingStarts(text: string, doc: TokenKeys): number[] {
  spacedFirstWordIds ??= pinnedIds(SPACED_FIRST_WORDS);
  // Straight from the word index's chains: a kept list per word ("what", "must", "key" are
  // common) and a typed-array copy to sort were most of this function's time and garbage.
  const tokens: number[] = [];
  for (const id of spacedFirstWordIds) doc.index.pushTokensOfId(id, tokens);
  const out: number[] = [];
  const start = doc.tokens.start;
  // Only capitalised ones can start a heading: "what", "must" and "key" are common words otherwise.
  for (const token of tokens) {
    const c = text.charCodeAt(start[token]!);
    if (c >= 65 && c <= 90) out.push(start[token]!);
  }
  // Tokens stand in text order: sorting their offsets sorts them.
  return sortTokens(out);
}

function segmentLine(text: string, line: number, lineStart: number, lineEnd: number, inline: Map<number, Segments> | null, spacedStarts: ArrayLike<number>, humps: readonly number[] | null | undefined): Map<number, Segments> | null {
  const found = inlineHeadings(text, lineStart, lineEnd, classifyHeading, spacedStarts, humps);
  if (found.length === 0) return inline;
  const segments: Segments = { starts: [], ends: [], codes: [], classes: [] };
  for (const h of found) {
    segments.starts.push(h.start);
    segments.ends.push(h.end);
    segments.codes.push(codeOf(h.cls));
    segments.classes.push(h.cls);
  }
  const map = inline ?? new Map<number, Segments>();
  map.set(line, segments);
  return map;
}

/** Index of the last inline heading starting at or before `pos`, or -1 (binary search: a hostile line may hold hundreds). */
function segmentIndex(segments: Segments, pos: number): number {
  // Offsets are integers: the last start at or before pos is just before the first one after it.
  return firstAtOrAfter(segments.starts, pos + 1) - 1;
}

function segmentCode(segments: Segments, pos: number, lineCode: number): number {
  const k = segmentIndex(segments, pos);
  return k < 0 ? lineCode : segments.codes[k]!;
}

function inHeading(segments: Segments, pos: number): boolean {
  const k = segmentIndex(segments, pos);
  return k >= 0 && pos < segments.ends[k]!;
}

/** Cue offsets in text order, and how many of the first n are 'preferred': any stretch's cues in two binary searches. */
interface CueIndex {
  at: number[];
  preferredBefore: Int32Array;
}

function indexCues(t: TokenKeys['tokens'], cueAt: number[], cueCode: number[]): CueIndex {
  const order = cueAt.map((_, k) => k).sort((a, b) => cueAt[a]! - cueAt[b]!);
  const at = order.map((k) => t.start[cueAt[k]!]!);
  const preferredBefore = new Int32Array(order.length + 1);
  order.forEach((k, n) => {
    preferredBefore[n + 1] = preferredBefore[n]! + (cueCode[k] === PREFERRED ? 1 : 0);
  });
  return { at, preferredBefore };
}

/** Importance in a line with inline headings: a cue in the same sentence and the same section, else the section's. */
function segmentImportance(segments: Segments, t: TokenKeys['tokens'], token: number, lineCode: number, cues: CueIndex): Importance {
  const pos = t.start[token]!;
  const k = segmentIndex(segments, pos);
  const sentence = t.sentence[token]!;
  // Cues count after this section's heading, before the next one, within the token's sentence.
  const from = Math.max(k < 0 ? -1 : segments.ends[k]!, t.sentenceStart[sentence]!);
  const to = Math.min(k + 1 < segments.starts.length ? segments.starts[k + 1]! : Infinity, t.sentenceStart[sentence + 1] ?? Infinity);
  const first = firstAtOrAfter(cues.at, from);
  const end = firstAtOrAfter(cues.at, to);
  if (end > first) {
    const preferred = cues.preferredBefore[end]! - cues.preferredBefore[first]!;
    if (preferred === 0) return 'required';
    // A long stretch is a list run together ("… Bachelor's degree SQL is a plus Native German …"):
    // a "preferred" cue there speaks for the item around it, not for every item.
    if (to - from <= LONG_STRETCH_CHARS) return 'preferred';
    const near = firstAtOrAfter(cues.at, Math.max(from, t.start[Math.max(0, token - LOCAL_CUE_BEFORE)]!));
    const nearEnd = firstAtOrAfter(cues.at, Math.min(to, t.end[Math.min(t.count - 1, token + LOCAL_CUE_AFTER)]!));
    if (cues.preferredBefore[nearEnd]! > cues.preferredBefore[near]!) return 'preferred';
    if (end - first > preferred) return 'required';
  }
  const code = k < 0 ? lineCode : segments.codes[k]!;
  return code >= BENEFITS ? 'mentioned' : IMPORTANCE_OF[code]!;
}

const RANK: Record<Importance, number> = { required: 2, preferred: 1, mentioned: 0 };

export function strongest(a: Importance, b: Importance): Importance {
  return RANK[a] >= RANK[b] ? a : b;
}
