// The labelled rows come with a title, a company and a salary line beside the text; a caller of
// the CLI may give fewer (a plain-text file is text alone, and the JSONL contract has no salary
// field). These lines say what the figures become then, so a rule that leans on a field shows it.
import type { Analysis, PostingInput } from '../core/types.ts';
import type { EmscadRow } from './emscad-csv.ts';
import { alarm, f3, pct } from './eval-holdouts.ts';
import { postingFromHtml } from './html.ts';

type Analyze = (input: PostingInput) => Analysis;

interface AiRow {
  title: string;
  company: string | null;
  text: string;
  labels: { ai_evaluator: boolean };
}

type Shape<R> = [name: string, (row: R) => PostingInput];

const AI_SHAPES: Shape<AiRow>[] = [
  ['title and text, no company', (r) => ({ text: r.text, title: r.title })],
  ['text alone, title as its first line', (r) => ({ text: r.title ? `${r.title}\n${r.text}` : r.text })],
  ['text alone', (r) => ({ text: r.text })],
  // What the CLI reads from a saved page with no JSON-LD: the heading, the paragraphs, and the site's chrome.
  ['as a plain HTML page', (r) => postingFromHtml(plainPage(r.title, r.text))],
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The posting as a bare careers page: a heading, its paragraphs, a nav bar and a footer. */
function plainPage(title: string, text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return `<!doctype html><html><head><title>${escapeHtml(title)} | Careers</title></head><body><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav><main><h1>${escapeHtml(title)}</h1>${paragraphs}</main><footer>Privacy · Terms</footer></body></html>`;
}

const EMSCAD_SHAPES: Shape<EmscadRow>[] = [
  ['title and text, no salary line', (r) => ({ text: r.text, title: r.title })],
  ['text alone', (r) => ({ text: r.text })],
];

/** One line per way of giving fewer fields: detection precision / recall, scam recall / false alarms. */
export function fewerFieldsLines(ai: readonly AiRow[] | null, emscad: readonly EmscadRow[] | null, analyze: Analyze): string[] {
  const lines: string[] = [];
  if (ai) {
    for (const [name, shape] of AI_SHAPES) {
      let tp = 0, fp = 0, fn = 0;
      for (const row of ai) {
        const said = analyze(shape(row)).aiEvaluator.match;
        if (said && row.labels.ai_evaluator) tp++;
        else if (said) fp++;
        else if (row.labels.ai_evaluator) fn++;
      }
      lines.push(`  AI-evaluator, ${name}:`.padEnd(54) + `precision ${f3(tp / (tp + fp))}  recall ${f3(tp / (tp + fn))}`);
    }
  }
  if (emscad) {
    for (const [name, shape] of EMSCAD_SHAPES) {
      let fraud = 0, caught = 0, legit = 0, alarms = 0;
      for (const row of emscad) {
        const hit = alarm(analyze(shape(row)));
        if (row.labels.fraudulent) {
          fraud++;
          if (hit) caught++;
        } else {
          legit++;
          if (hit) alarms++;
        }
      }
      lines.push(`  EMSCAD, ${name}:`.padEnd(54) + `scam recall ${pct(caught, fraud)}  false alarms ${pct(alarms, legit)}`);
    }
  }
  return lines;
}
