// Benefits named inside a sentence rather than under a heading: "Comprehensive health, dental and
// vision coverage", "a learning and development stipend", "two company-wide Mental Health Days
// Off". A field named there is a perk, not something the job asks for. Benefits under a heading
// are found by sections.ts; these are the ones inside a pay paragraph or a flattened scrape.
import type { TokenKeys } from './matcher.ts';

const OFFERED =
  /\b(?:benefits?\s(?:include|including|such\sas|like|packages?|programs?|plans?|coverage)|(?:our|competitive|comprehensive|company[- ]sponsored|full|great|excellent|generous|medical|healthcare|health)\s(?:\w+\s)?benefits|401\s?\(?k\)?|pto|paid\stime\soff|perks|stipends?|paid\s(?:vacation|holidays|parental\sleave)|(?:medical|health),\s(?:dental|vision)|dental(?:,|\sand)\svision|vision\s(?:coverage|insurance)|days?\soff)\b/i;
/** "Familiarity with retirement plans (401k, IRA) is advantageous" asks for it after all. */
const ASKED = /\b(?:familiar\w*|experience[ds]?|knowledge|understanding|advantageous|required|preferred|must|skills?)\b/i;
/**
 * Characters either side of a hit that are read. Flattened scrapes run a whole posting into one
 * "sentence"; a perk is named next to the others, not a paragraph away.
 */
const REACH = 90;

/** Is the hit at text[start, end) named among benefits? */
export function benefitCheck(text: string, doc: TokenKeys): (firstToken: number, start: number, end: number) => boolean {
  const { sentence, sentenceStart } = doc.tokens;
  return (firstToken, start, end) => {
    const s = sentence[firstToken]!;
    const from = Math.max(sentenceStart[s]!, start - REACH);
    const to = Math.min(sentenceStart[s + 1] ?? text.length, end + REACH);
    const around = text.slice(from, to);
    return OFFERED.test(around) && !ASKED.test(around);
  };
}
