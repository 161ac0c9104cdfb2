// `npm test`: every check in one command, ending with one "N passed, N failed" line that counts
// vitest tests one by one and each other check (type check, lint, build, Firefox lint) as one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string;
  /** vitest JSON report to count tests from. */
  report?: string;
}

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const steps: Step[] = [
  { name: 'type check', command: 'npx tsc --noEmit' },
  { name: 'lint', command: 'npx eslint .' },
  { name: 'build (Chrome + Firefox)', command: 'npm run --silent build' },
  { name: 'Firefox lint (web-ext)', command: 'npm run --silent lint:firefox' },
  { name: 'unit tests', command: `npx vitest run --reporter=default --reporter=json --outputFile.json=${resultsDir}/unit.json`, report: `${resultsDir}/unit.json` },
  { name: 'browser tests', command: `npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=${resultsDir}/e2e.json`, report: `${resultsDir}/e2e.json` },
];

let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) {
      failed += 1;
      failures.push(`${step.name}: no tests ran`);
    } else if (run.status !== 0 && report.numFailedTests === 0) {
      failed += 1;
      failures.push(`${step.name}: exited ${run.status}`);
    }
    if (report.numFailedTests > 0) failures.push(`${step.name}: ${report.numFailedTests} failed`);
  } else if (run.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(`${step.name}: exited ${run.status}`);
  }
}

if (failures.length) console.log(`\nFailures:\n- ${failures.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
