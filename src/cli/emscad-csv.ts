// Reads an EMSCAD-format CSV (the public "fake_job_postings.csv" of the Employment Scam Aegean
// Dataset, or any subset with its columns) into the rows eval scores. The dev rows in
// ../shared/data are a few hundred of these; the rest of the dataset is a much larger check that
// rules tuned on the dev rows hold on ads nobody tuned them on. Read at run time, never copied.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export interface EmscadRow {
  id: string;
  /** The dataset's own job_id when the CSV has that column (dev rows are named `emscad-<job_id>`). */
  jobId: string | null;
  title: string;
  salary_range: string | null;
  text: string;
  labels: { fraudulent: boolean };
}

const REQUIRED = ['description', 'fraudulent'] as const;
/** The ad's text sections, run together under these headings as in emscad-dev.jsonl. */
const SECTIONS: [heading: string, column: string][] = [
  ['Company', 'company_profile'],
  ['Description', 'description'],
  ['Requirements', 'requirements'],
  ['Benefits', 'benefits'],
];

/** Rows of the CSV at `path`; throws an Error whose message says what is wrong with the file. */
export function readEmscadCsv(path: string): EmscadRow[] {
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch (e) {
    throw new Error(`${path} is not a readable CSV: ${e instanceof Error ? e.message : String(e)}`);
  }
  const first = records[0];
  if (!first) throw new Error(`${path} has no rows`);
  const missing = REQUIRED.filter((c) => !(c in first));
  if (missing.length > 0) throw new Error(`${path} lacks the EMSCAD column(s) ${missing.join(', ')}`);
  return records.map((r, i) => ({
    id: `csv-${r.job_id || i + 1}`,
    jobId: r.job_id?.trim() || null,
    title: r.title ?? '',
    salary_range: r.salary_range?.trim() || null,
    text: SECTIONS.filter(([, column]) => r[column]?.trim())
      .map(([heading, column]) => `${heading}:\n${r[column]}`)
      .join('\n'),
    labels: { fraudulent: String(r.fraudulent).trim() === '1' || String(r.fraudulent).trim().toLowerCase() === 'true' },
  }));
}
