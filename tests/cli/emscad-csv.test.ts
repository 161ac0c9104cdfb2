import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEmscadCsv } from '../../src/cli/emscad-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'evalscout-emscad-'));
function file(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
}

describe('readEmscadCsv', () => {
  it('runs the text sections together under their headings, as the dev rows have them', () => {
    const path = file(
      'ok.csv',
      'job_id,title,salary_range,company_profile,description,requirements,benefits,fraudulent\n' +
        '7,Clerk,30000-40000,"Harbor Tools makes ladders.","Answer calls, ""politely"".\nFile papers.",,Dental,0\n' +
        '8,Typist,,,"Type at home, earn big.",None needed,,1\n',
    );
    expect(readEmscadCsv(path)).toEqual([
      {
        id: 'csv-7',
        jobId: '7',
        title: 'Clerk',
        salary_range: '30000-40000',
        text: 'Company:\nHarbor Tools makes ladders.\nDescription:\nAnswer calls, "politely".\nFile papers.\nBenefits:\nDental',
        labels: { fraudulent: false },
      },
      { id: 'csv-8', jobId: '8', title: 'Typist', salary_range: null, text: 'Description:\nType at home, earn big.\nRequirements:\nNone needed', labels: { fraudulent: true } },
    ]);
  });

  it('has no job id when the file has no job_id column, and numbers the rows instead', () => {
    const rows = readEmscadCsv(file('noid.csv', 'title,description,fraudulent\nClerk,Answer calls,0\n'));
    expect(rows.map((r) => [r.id, r.jobId])).toEqual([['csv-1', null]]);
  });

  it('says which columns a file lacks', () => {
    expect(() => readEmscadCsv(file('cols.csv', 'title,body\nClerk,Answer calls\n'))).toThrow(/lacks the EMSCAD column\(s\) description, fraudulent/);
  });

  it('says when the file is not CSV at all, or empty', () => {
    expect(() => readEmscadCsv(file('bad.csv', 'title,description,fraudulent\n"unterminated,quote,1\n'))).toThrow(/is not a readable CSV/);
    expect(() => readEmscadCsv(file('empty.csv', 'title,description,fraudulent\n'))).toThrow(/has no rows/);
    expect(() => readEmscadCsv(join(dir, 'absent.csv'))).toThrow(/is not a readable CSV/);
  });
});
