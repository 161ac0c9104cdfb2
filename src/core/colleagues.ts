// Stretches of a posting that name the people around the job, not the job: "collaborate closely
// with data scientists and cloud architects", "working alongside practice nurses", "our team
// consists of pharmacists and therapists". A domain or credential named there describes
// colleagues, so it is not something the posting asks of the applicant.
import { pinnedIds } from './lexicon.ts';
import type { TokenKeys } from './matcher.ts';
import type { Tokens } from './tokenize.ts';

/** Words that open a list of colleagues, and what must follow (or precede) them. */
const AFTER_WITH = ['collaborate', 'collaborates', 'collaborating', 'collaboration', 'partner', 'partners', 'partnering', 'partnership', 'cooperation', 'interface', 'interfaces', 'interfacing', 'liaise', 'liaises', 'liaising'];
/** "Work closely with clinicians", but not "experience working with healthcare data": only with an adverb between. */
const AFTER_ADVERB_WITH = ['work', 'works', 'working'];
const OPENS_DIRECTLY = ['alongside'];
const TEAM_VERBS = ['consists', 'includes', 'comprises'];
/** Adverbs allowed between the verb and "with": "collaborate closely with". */
const BETWEEN = ['closely', 'directly', 'cross', 'functionally', 'regularly', 'daily'];
/** How far a list of colleagues runs at most, in tokens, within its sentence. */
const REACH = 25;
/** How far before "consists"/"includes" the word "team" may be: "our multidisciplinary team consists of". */
const TEAM_BEFORE = 3;
/**
 * "Work across engineering, product, and operations teams", "feedback to business and development
 * teams": functions named before a plural "teams", after a preposition, are other people's. A
 * singular team ("join our operations team") is the job's own, and "lead operations teams" has no
 * preposition.
 */
const TEAMS = ['teams', 'departments'];
const TEAMS_PREPOSITIONS = ['across', 'with', 'to', 'between', 'among', 'alongside', 'from'];
/** Where the job's own work begins after a list of colleagues: "…with AML teams on eval needs", "…while you provide quality control". */
const PURPOSE = ['to', 'on', 'while', 'you'];
/** Tokens at most between the preposition and "teams". */
const TEAMS_REACH = 8;

interface WordIds {
  afterWith: number[];
  afterAdverbWith: number[];
  opensDirectly: number[];
  teamVerbs: number[];
  between: Set<number>;
  with: number;
  team: number;
  teams: number[];
  teamsPrepositions: Set<number>;
  purpose: Set<number>;
}

let known: WordIds | null = null;

/** The lists' lexicon ids, made once (pinned: they stay valid through lexicon recycling). */
function wordIds(): WordIds {
  known ??= {
    afterWith: pinnedIds(AFTER_WITH),
    afterAdverbWith: pinnedIds(AFTER_ADVERB_WITH),
    opensDirectly: pinnedIds(OPENS_DIRECTLY),
    teamVerbs: pinnedIds(TEAM_VERBS),
    between: new Set(pinnedIds(BETWEEN)),
    with: pinnedIds(['with'])[0]!,
    team: pinnedIds(['team'])[0]!,
    teams: pinnedIds(TEAMS),
    teamsPrepositions: new Set(pinnedIds(TEAMS_PREPOSITIONS)),
    purpose: new Set(pinnedIds(PURPOSE)),
  };
  return known;
}

/**
 * Adds to `out` the range of tokens from `from` to the end of its sentence, `reach` tokens at
 * most; with `text`, also to the first break between two tokens (a stop, a semicolon, a line
 * break or an HTML tag), which a scrape that lost its sentence ends still shows; with `stops`,
 * also to the first of those words.
 */
export function pushList(out: number[], t: Tokens, from: number, sentence: number, reach: number, text?: string, stops?: Set<number>): void {
  if (from >= t.count || t.sentence[from] !== sentence) return;
  let last = from;
  while (last + 1 < t.count && last + 1 - from < reach && t.sentence[last + 1] === sentence) {
    if (text !== undefined && LIST_BREAK.test(text.slice(t.end[last]!, t.start[last + 1]!))) break;
    if (stops !== undefined && stops.has(t.ids[last + 1]!)) break;
    last++;
  }
  out.push(from, last);
}

const LIST_BREAK = /[.!?;\n<]/;

/** Lists after "collaborate with", "work closely with": one of `words`, adverbs (needed or not), then "with". */
function withAfter(doc: TokenKeys, out: number[], known: WordIds, words: number[], adverbNeeded: boolean, stops: Set<number> | undefined): void {
  const t = doc.tokens;
  for (const word of words) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      let k = at + 1;
      while (k < t.count && known.between.has(t.ids[k]!)) k++;
      if (adverbNeeded && k === at + 1) continue;
      if (k < t.count && t.ids[k] === known.with) pushList(out, t, k + 1, t.sentence[at]!, REACH, undefined, stops);
    }
  }
}

/**
 * Token ranges [first, last] (pairs in one array) holding lists of colleagues. With
 * `toPurpose`, a list ends where the job's own work begins ("partner with AI labs to advance agent
 * evaluations"): for tasks, which that clause names; a field there still describes the colleagues' work.
 */
export function colleagueRanges(doc: TokenKeys, toPurpose = false, text?: string): number[] {
  const t = doc.tokens;
  const out: number[] = [];
  // Module functions, not closures made per call: tsx names each closure it makes (~0.3 µs).
  const known = wordIds();
  const stops = toPurpose ? known.purpose : undefined;
  withAfter(doc, out, known, known.afterWith, false, stops);
  withAfter(doc, out, known, known.afterAdverbWith, true, stops);
  for (const word of known.opensDirectly) for (const at of doc.index.tokensOfId(word) ?? []) pushList(out, t, at + 1, t.sentence[at]!, REACH, undefined, stops);
  for (const word of known.teamVerbs) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      for (let k = Math.max(0, at - TEAM_BEFORE); k < at; k++) {
        if (t.ids[k] === known.team && t.sentence[k] === t.sentence[at]) {
          pushList(out, t, at + 1, t.sentence[at]!, REACH, undefined, stops);
          break;
        }
      }
    }
  }
  for (const word of known.teams) {
    for (const at of doc.index.tokensOfId(word) ?? []) {
      for (let k = at - 1; k >= 0 && at - k <= TEAMS_REACH && t.sentence[k] === t.sentence[at]; k--) {
        if (known.teamsPrepositions.has(t.ids[k]!)) {
          if (k + 1 < at) out.push(k + 1, at - 1);
          if (text !== undefined) pushParenthesis(out, t, text, at);
          break;
        }
      }
    }
  }
  return out;
}

/** How far a parenthesis after "teams" may run, in characters. */
const PAREN_REACH = 300;

/** "work across teams (e.g., Design, Supply Chain, Finance)": the functions in the parenthesis right after "teams" are other people's too. */
function pushParenthesis(out: number[], t: Tokens, text: string, teams: number): void {
  const next = teams + 1;
  if (next >= t.count) return;
  const open = text.indexOf('(', t.end[teams]!);
  if (open === -1 || open >= t.start[next]!) return;
  const close = text.indexOf(')', open);
  if (close === -1 || close - open > PAREN_REACH) return;
  let last = next;
  while (last + 1 < t.count && t.start[last + 1]! < close) last++;
  out.push(next, last);
}

export function inTokenRanges(ranges: readonly number[], token: number): boolean {
  for (let k = 0; k < ranges.length; k += 2) if (token >= ranges[k]! && token <= ranges[k + 1]!) return true;
  return false;
}

/** Words right before a plural of people that make them others than the applicant: "work with developers", "other clinicians", "read by product managers", "gives developers access". */
const BEFORE_OTHER_PEOPLE = ['with', 'other', 'by', 'gives', 'empowers', 'helps', 'enables'];
/** Plurals of people by trade. A suffix alone would take "experience with microcontrollers" for people. */
const PEOPLE_PLURAL = /(?:developers|engineers|researchers|scientists|clinicians|managers|designers|analysts|writers|editors|reporters|journalists|lawyers|attorneys|doctors|physicians|surgeons|nurses|teachers|tutors|educators|instructors|administrators|founders|marketers|accountants|auditors|therapists|pharmacists|economists|statisticians|mathematicians|linguists|translators|annotators|consultants|specialists|practitioners|architects|executives|coordinators|technicians|programmers|testers)$/i;
/** Between two items of one list of people: "researchers, product managers and designers". */
const LIST_GAP = /^[\s,]*(?:(?:and|or|&)\s+)?$/;

/**
 * Plurals of people the posting names as someone else: colleagues ("work side-by-side with
 * researchers"), customers ("ElevenAPI gives developers access") and peers ("other clinicians"),
 * and the rest of a list so begun ("with researchers, designers and product managers"). "Looking
 * for developers" is the applicant, and is left alone. Asked of hits in text order.
 */
export class OtherPeople {
  private readonly before = otherPeopleIds();
  private listEnd = -1;

  constructor(private readonly text: string, private readonly doc: TokenKeys) {}

  named(first: number, last: number): boolean {
    const t = this.doc.tokens;
    const raw = this.doc.rawAt(last);
    // Every trade plural ends in "s" (or "S"): most hits are settled without the regex.
    if ((raw.charCodeAt(raw.length - 1) | 32) !== 115 || !PEOPLE_PLURAL.test(raw)) return false;
    const sentence = t.sentence[first]!;
    const continues = this.listEnd >= 0 && t.sentence[this.listEnd] === sentence && this.listEnd < first && LIST_GAP.test(this.text.slice(t.end[this.listEnd]!, t.start[first]!));
    if (continues || (first > 0 && t.sentence[first - 1] === sentence && this.before.has(t.ids[first - 1]!))) {
      this.listEnd = last;
      return true;
    }
    return false;
  }
}

let otherPeopleWords: Set<number> | null = null;

/** The ids of BEFORE_OTHER_PEOPLE, made once (pinned: they stay valid through lexicon recycling). */
function otherPeopleIds(): Set<number> {
  otherPeopleWords ??= new Set(pinnedIds(BEFORE_OTHER_PEOPLE));
  return otherPeopleWords;
}
