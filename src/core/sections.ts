// How strongly a posting asks for something depends on where it says it: under "Requirements" or
// with "must", it is required; under "Nice to have" or with "a plus", preferred; elsewhere it is
// only mentioned. Sentence cues beat section headings ("Python is a plus" under Requirements).
import { Matcher, type TokenKeys } from './matcher.ts';
import type { Importance } from './types.ts';

const HEADING_PREFERRED = /\b(nice[ -]to[ -]haves?|preferred|bonus(?: points)?|pluses|a plus|desired|desirable|good[ -]to[ -]haves?|nice if|ideally|optional|extra credit|great if|advantageous)\b/;
const HEADING_REQUIRED =
  /\b(requirements?|required|qualifications?|what you(?:'|’)?ll need|what you need|what we(?:'|’)?re looking for|what we look for|looking for|must[ -]haves?|who you are|you have|you bring|you are|skills|minimum|basic|essential|about you|ideal candidate|candidate profile|eligibility|prerequisites|who can apply|who should apply|expertise)\b/;
// What the employer offers, not what it asks for: keywords here ("dental insurance") are not the job's.
const HEADING_BENEFITS = /\b(benefits|perks|what we offer|we offer|compensation(?: and| &) benefits|why join us|why work with us)\b/;
const HEADING_OTHER =
  /\b(responsibilities|what you(?:'|’)?ll do|duties|about (?:us|the (?:role|job|company|team|project))|benefits|perks|compensation|pay|salary|why join|how to apply|the role|overview|summary|description|location|schedule|our mission|equal opportunity)\b/;

const CUES = new Matcher([
  {
    id: 'preferred',
    aliases: ['preferred', 'nice to have', 'nice-to-have', 'a plus', 'bonus', 'ideally', 'desirable', 'advantage', 'advantageous', 'not required', 'helpful', 'beneficial', 'good to have', 'is a plus', 'are a plus'],
    stem: false,
  },
  {
    id: 'required',
    aliases: ['required', 'must', 'requires', 'require', 'requirement', 'essential', 'mandatory', 'need to have', 'minimum', 'at least'],
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
  /** Is this token under a benefits/perks heading? */
  inBenefits(tokenIndex: number): boolean;
}

type SectionClass = Importance | 'benefits' | null;

const LONG_PROSE_TOKENS = 40;

function classifyHeading(line: string): SectionClass | undefined {
  const t = line
    .replace(/^[\s#*>•·\-–—_]+|[\s*_:.\-–—]+$/g, '')
    .toLowerCase();
  if (!t || t.length > 70) return undefined;
  if (HEADING_PREFERRED.test(t)) return 'preferred';
  if (HEADING_BENEFITS.test(t) && !/\bqualifications?|requirements?\b/.test(t)) return 'benefits';
  if (HEADING_OTHER.test(t) && !/\bqualifications?|requirements?\b/.test(t)) return null;
  if (HEADING_REQUIRED.test(t)) return 'required';
  return undefined;
}

function looksLikeHeading(text: string, doc: TokenKeys, firstToken: number, lastToken: number, lineStart: number, lineEnd: number): boolean {
  const words = lastToken - firstToken + 1;
  if (words < 1 || words > 9) return false;
  const line = text.slice(lineStart, lineEnd).trim();
  if (/^#{1,6}\s/.test(line) || /^\*\*[^*]+\*\*:?$/.test(line)) return true;
  // A list item is content, not a heading ("* Medical, dental and basic life insurance").
  if (/^(?:[*\-•·●▪◦]|\d{1,2}[.)])\s/.test(line)) return false;
  if (/[:：]$/.test(line)) return true;
  // A short line with no sentence ending, set on its own ("Requirements", "Nice to have").
  const first = doc.rawAt(firstToken);
  return !/[.!?,;]$/.test(line) && first[0] === first[0]!.toUpperCase();
}

export function importanceMap(text: string, doc: TokenKeys): ImportanceMap {
  const t = doc.tokens;
  const n = t.count;
  // Sentence cues.
  const sentenceCue = new Map<number, Importance>();
  for (const hit of CUES.scan(doc)) {
    const s = t.sentence[hit.firstToken]!;
    const cue: Importance = hit.term === 0 ? 'preferred' : 'required';
    if (sentenceCue.get(s) !== 'preferred') sentenceCue.set(s, cue);
  }
  // Section class per line, carried forward from the last heading.
  const lineClass = new Map<number, SectionClass>();
  let current: SectionClass = null;
  let nextColon = text.indexOf(':');
  let i = 0;
  while (i < n) {
    const line = t.line[i]!;
    let j = i;
    while (j + 1 < n && t.line[j + 1] === line) j++;
    const lineStart = t.lineStart[line]!;
    const nextLineStart = t.lineStart[line + 1] ?? text.length;
    if (looksLikeHeading(text, doc, i, j, lineStart, nextLineStart)) {
      const cls = classifyHeading(text.slice(lineStart, nextLineStart));
      if (cls !== undefined) current = cls;
    } else {
      // "Requirements: Python, SQL" on one line. The next colon is looked up once per colon, not per line.
      if (nextColon !== -1 && nextColon < lineStart) nextColon = text.indexOf(':', lineStart);
      const colon = nextColon;
      if (colon > 0 && colon < nextLineStart && colon - lineStart < 40) {
        const cls = classifyHeading(text.slice(lineStart, colon));
        if (cls !== undefined) {
          lineClass.set(line, cls);
          i = j + 1;
          continue;
        }
      }
    }
    // A long paragraph of prose (an "about us" or equal-opportunity text after the lists) ends
    // the requirement section it follows.
    if (j - i + 1 >= LONG_PROSE_TOKENS && !/^\s*(?:[*\-•·●▪◦]|\d{1,2}[.)])\s/.test(text.slice(lineStart, nextLineStart))) current = null;
    lineClass.set(line, current);
    i = j + 1;
  }
  return {
    at(tokenIndex: number): Importance {
      const cue = sentenceCue.get(t.sentence[tokenIndex]!);
      if (cue) return cue;
      const cls = lineClass.get(t.line[tokenIndex]!);
      return cls === 'benefits' || !cls ? 'mentioned' : cls;
    },
    inBenefits(tokenIndex: number): boolean {
      return lineClass.get(t.line[tokenIndex]!) === 'benefits';
    },
  };
}

const RANK: Record<Importance, number> = { required: 2, preferred: 1, mentioned: 0 };

export function strongest(a: Importance, b: Importance): Importance {
  return RANK[a] >= RANK[b] ? a : b;
}
