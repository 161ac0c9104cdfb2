// Which of the names found in a posting is its employer? A page or feed that gives no company
// (plain text pasted into the CLI, a board card without one) still says who hires, in the posting's
// own words: "About Mercor", "At TELUS Digital, we…", "micro1 is engaging…", "Company: micro1".
// A name in any other place may be a client, a former employer asked for ("experience at Outlier")
// or a platform the work is done on, so only these ways of introducing oneself count.
import type { Evidence } from './types.ts';

/** Words just before the name that introduce the employer: "About", "Join (the)", "Company:", "Welcome to", "We are". */
const INTRODUCED = /(?:\b(?:about|join|joining)(?:\sthe)?|\b(?:company|employer|hiring\scompany|organi[sz]ation)\s?[:–-]|\bwelcome\sto|\bwe\sare|\bwe['’]re)\s$/i;
/** "At X, we": the employer speaking of itself. */
const AT_BEFORE = /\bat\s$/i;
const WE_AFTER = /^,\s(?:we|our)\b/i;
/**
 * The name as the subject of a sentence about what it does or is: "Mercor is seeking", "micro1 is
 * engaging", "Outlier connects experts". "Scale AI is one of our clients" is not it.
 */
const SUBJECT_OF = /^\s(?:(?:is|are)\s(?!an?\s(?:plus|bonus|must|advantage|asset|strong))(?:(?:now|currently|actively|excited|proud|looking|seeking|hiring|recruiting|partnering|collaborating|engaging|building|working|connecting|helping|expanding|growing|inviting|offering|on\sa\smission|a|an|the)\b)|(?:connects|partners|helps|hires|builds|offers|provides|seeks|needs|invites|works)\b)/i;

const REACH = 24;

/** Does the text introduce one of the names found at `names` as the one who hires? */
export function introducedAsEmployer(text: string, names: readonly Evidence[]): boolean {
  for (const name of names) {
    if (name.start < 0) continue;
    const before = text.slice(Math.max(0, name.start - REACH), name.start);
    const after = text.slice(name.end, name.end + REACH);
    if (INTRODUCED.test(before) || (AT_BEFORE.test(before) && WE_AFTER.test(after)) || SUBJECT_OF.test(after)) return true;
  }
  return false;
}
