// Sentences in which the employer describes itself: "Akur8 builds the OS for insurance pricing",
// "Olli Health streamlines ICD-10 coding for clinics", "At Labelbox, we're building…". A field or
// tool named there is what the company sells or serves, not what the job asks of the applicant.
// Only with the employer's name known: a capitalised subject alone may be anyone ("Data engineers build").
import { pinnedIds } from './lexicon.ts';
import type { Tokens } from './tokenize.ts';

/** "Pearson is currently seeking ESL teachers", "Roboflow is hiring": about the job after all. */
const HIRING = /^(?:is|are|has\s+been|we(?:'re|\s+are))\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|hiring|looking|recruiting|searching|in\s+need|inviting|expanding)\b/i;
/** What a company does in a sentence about itself. */
const COMPANY_VERB = /^(?:is|are|was|builds|built|helps|helped|provides|streamlines|powers|offers|develops|delivers|creates|makes|enables|serves|automates|transforms|uses|has|partners|specializes|specialises|was\s+founded|we)\b/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Opening {
  /** The whole opening, anchored at a sentence's head. */
  re: RegExp;
  /** The names' first words alone, anywhere (same flags): where an opening can be at all. */
  firstWord: RegExp;
  /** The same first words as written, for a quick substring test. */
  firstWords: string[];
}

/** A trailing word the employer drops in its own text ("Perplexity AI" writes "Perplexity has raised"). */
const GENERIC_TAIL = /\s+(?:ai|technologies|technology|labs|group|corporation|company|plc)$/i;

/** The names a posting may use for its employer: as given, without a generic last word, and the one in brackets ("Alignerr (Labelbox)"). */
function namesOf(company: string): string[] {
  const bracket = /\(([^)]{2,40})\)/.exec(company)?.[1]?.trim();
  const plain = company.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().replace(/,?\s+(?:inc|llc|ltd|gmbh|corp|co)\.?$/i, '');
  const names = [plain, plain.replace(GENERIC_TAIL, ''), ...(bracket ? [bracket] : [])];
  return [...new Set(names.filter((n) => n.length >= 2 && n.length <= 80))];
}

// By the company as given: the names cost several regexes, and a compiled opening's regexes are
// compiled again by the engine on first use. Room for a few hundred employers: the bench corpus
// alone has 57, and a smaller cache kept dropping and recompiling them.
const cache = new Map<string, Opening | null>();

/** "Akur8 builds", "At Akur8, we", "Akur8, Inc. is": the employer's name, then what it does. */
function openingFor(company: string): Opening | null {
  let opening = cache.get(company);
  if (opening === undefined) {
    opening = compileOpening(company);
    if (cache.size > 500) cache.clear();
    cache.set(company, opening);
  }
  return opening;
}

function compileOpening(company: string): Opening | null {
  const names = namesOf(company.trim());
  if (names.length === 0) return null;
  const firstWords = [...new Set(names.map((n) => n.split(/\s+/)[0]!))];
  const alternatives = names.map((n) => n.split(/\s+/).map(escape).join('\\s+'));
  return {
    // "Volga Partners, a U.S.-based company, specializes in…": an apposition may stand between.
    re: new RegExp(`^(?:at\\s+)?(?:${alternatives.join('|')})(?:,?\\s+(?:inc|llc|ltd|gmbh|corp)\\.?)?(?:\\s*\\([^)]{0,40}\\))?(?:\\s*,\\s+(?:a|an|the|one\\s+of)\\s[^,;]{1,60},)?[,:]?\\s+`, 'iu'),
    firstWord: new RegExp(firstWords.map(escape).join('|'), 'giu'),
    firstWords,
  };
}

/** Characters of a sentence's start that are read (HEAD), after its leading marks are dropped. */
const HEAD = 120;

/**
 * Start offsets of the sentences that open with the employer describing itself, given each
 * sentence's start offset. Reads only each sentence's first ~120 characters.
 */
export function companySentenceStarts(text: string, company: string | undefined, sentenceStarts: ArrayLike<number>, count: number): Set<number> {
  const out = new Set<number>();
  const opening = company ? openingFor(company) : null;
  // Most postings never open a sentence with the name: a substring search settles that first.
  if (!opening || !opening.firstWords.some((w) => text.includes(w))) return out;
  // An opening's first word lies in the sentence's first HEAD characters: only sentences with an
  // occurrence of it there are read (occurrences found overlapping, so none is missed).
  const find = opening.firstWord;
  find.lastIndex = 0;
  let s = 0;
  let last = -1;
  for (let m = find.exec(text); m !== null && s < count && m.index > last; m = find.exec(text)) {
    const at = (last = m.index);
    // The next occurrence may overlap this one, but never starts inside a surrogate pair (a
    // unicode regex would step back to the pair's start and find this one again, forever).
    const c = text.charCodeAt(at);
    find.lastIndex = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
    // Sentences starting after this occurrence can only use a later one.
    while (s < count && sentenceStarts[s]! + HEAD <= at) s++;
    for (let k = s; k < count && sentenceStarts[k]! <= at; k++) {
      if (!out.has(k) && namedAtHead(text, sentenceStarts[k]!, at) && opensAboutEmployer(text, sentenceStarts[k]!, opening.re)) out.add(k);
    }
  }
  return out;
}

/** What opensAboutEmployer drops from a sentence's head, and the "at " an opening may start with. */
const LEAD_MARKS = /[\s*#>•·\-–—_"'“]*/uy;
const AT_SPACE = /at\s+/iuy;

/**
 * Can the opening of the sentence starting at `from` name the employer at `at`: is `at` where its
 * head starts once the leading marks are dropped, or after an "at " there? Every name found in a
 * sentence's first characters is otherwise read as its opening, most of them mid-sentence, and
 * each read slices the head and runs two regexes.
 */
function namedAtHead(text: string, from: number, at: number): boolean {
  LEAD_MARKS.lastIndex = from;
  LEAD_MARKS.test(text);
  const head = Math.min(LEAD_MARKS.lastIndex, from + HEAD);
  if (at === head) return true;
  AT_SPACE.lastIndex = head;
  return AT_SPACE.test(text) && AT_SPACE.lastIndex === at;
}

function opensAboutEmployer(text: string, from: number, opening: RegExp): boolean {
  const head = text.slice(from, from + HEAD).replace(/^[\s*#>•·\-–—_"'“]+/u, '');
  const m = opening.exec(head);
  if (!m) return false;
  const rest = head.slice(m[0].length);
  return COMPANY_VERB.test(rest) && !HIRING.test(rest);
}

/**
 * "We help insurers price risk", "We are a global leader in construction and civil engineering",
 * "Our clients range from banks to hospitals": the employer describing itself in the first person,
 * with or without its name. Not a sentence that turns to the applicant ("We are a small team looking
 * for…", "We offer you…"), which is about the job.
 */
const SELF_OPENING =
  /^(?:at\s+[^,]{2,40},\s+)?(?:we(?:'re|’re|\s+are)\s+(?:a|an|the|one\s+of)\b|we\s+(?:provide|build|serve|help|deliver|offer|power|partner|specialize|specialise|develop|create|enable|support|operate|work\s+with)\b|our\s+(?:clients|customers|company|platform|products|solutions|mission|services|portfolio)\b)/i;
/**
 * About the job after all: the applicant, hiring, what is asked ("an understanding of Linux is
 * useful"), or the tools the work is done with ("our stack is Ruby on Rails").
 */
const TURNS_TO_APPLICANT =
  /\b(?:you|your|seeking|looking\s+for|hiring|join|candidates?|applicants?|experience|knowledge|understanding|familiar\w*|required|preferred|must|should|ideal(?:ly)?|plus|useful|bonus|stack|built\s+(?:on|with|in)|uses?|using)\b/i;
/** A "sentence" longer than this is a flattened scrape's run of sentences, not one description. */
const SELF_SENTENCE = 400;

let openerIds: number[] | null = null;

/**
 * Indexes of the sentences in which the employer describes itself in the first person. `tokens`:
 * the text's own, when the caller has them: a sentence SELF_OPENING can match opens with the token
 * "we", "our" or "at" (what follows each in it is a space or an apostrophe, which ends a token),
 * so only those are read further, not every sentence that starts with a w, an o or an a.
 */
export function selfDescriptionSentences(text: string, sentenceStarts: ArrayLike<number>, count: number, tokens?: Tokens): Set<number> {
  const out = new Set<number>();
  openerIds ??= pinnedIds(['we', 'our', 'at']);
  for (let k = 0; k < count; k++) {
    const from = sentenceStarts[k]!;
    const to = k + 1 < count ? sentenceStarts[k + 1]! : text.length;
    // Only sentences whose first letter can open one ("We", "Our", "At") are read further.
    let i = from;
    while (i < to && text.charCodeAt(i) <= 32) i++;
    const c = text.charCodeAt(i) | 32;
    if (c !== 119 && c !== 111 && c !== 97) continue;
    if (tokens) {
      const first = tokens.sentenceFirstToken[k]!;
      if (first >= tokens.count || tokens.start[first] !== i || !openerIds.includes(tokens.ids[first]!)) continue;
    }
    if (to - i > SELF_SENTENCE) continue;
    const sentence = text.slice(i, to);
    if (SELF_OPENING.test(sentence) && !TURNS_TO_APPLICANT.test(sentence)) out.add(k);
  }
  return out;
}
