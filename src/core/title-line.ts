// Where a posting comes without a separate title (plain text in the CLI, a pasted ad), what in its
// text says which job it is.

/** Of a first line standing in for a missing title, this much is read. */
const FIRST_LINE_READ = 200;

/** The text's first line (up to 200 characters), or '' when the text is a single line. */
export function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end > 0 ? text.slice(0, Math.min(end, FIRST_LINE_READ)) : '';
}

/** A first line longer than this is a paragraph, not a title. */
const TITLE_LINE_MAX = 120;

/**
 * End of a first line that reads as a title ("AI Trainer", "Senior Linguist – Model Evaluation"),
 * else -1. A first line that ends as a sentence, a heading ("Description:") or is all there is, is
 * no title.
 */
export function titleLineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end <= 0 || end > TITLE_LINE_MAX || !text.slice(end).trim()) return -1;
  const line = text.slice(0, end).trimEnd();
  return line && !/[.!?:;,]$/.test(line) ? end : -1;
}

/** How much of a text without a title its opening is: its first sentence or two, where a posting says which job it is. */
const OPENING_REACH = 300;

/**
 * The opening of a text without a title, as one line: "Description:\nAdministrative Assistant
 * provides support to…" reads "Administrative Assistant provides support to…". A heading line
 * ("Description:") is skipped.
 */
export function openingLine(text: string): string {
  let from = 0;
  const end = text.indexOf('\n');
  if (end > 0 && end <= 40 && /:\s*$/.test(text.slice(0, end))) from = end + 1;
  return text.slice(from, from + OPENING_REACH).replace(/\s+/g, ' ');
}
