// The core must run unchanged in the content script, popup, CLI and tests: no browser APIs,
// no UI framework, no DOM or Node globals. ESLint enforces the same; this test keeps it true even
// if someone loosens the lint config.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const roots = ['src/core', 'src/data'];
const forbiddenImports = [/from\s+['"]webextension-polyfill['"]/, /from\s+['"]preact/, /from\s+['"]node:/, /from\s+['"]linkedom['"]/, /from\s+['"][./]*\/(platform|content-scripts|popup|options)\//];
// Node's too: `process.env` in the core throws in the browser wherever the bundler leaves it.
const forbiddenGlobals = /\b(?:document|window|chrome|browser|localStorage|navigator|process|Buffer)\s*\.|\bfetch\s*\(|\brequire\s*\(|\bnew\s+DOMParser\b/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const files = roots.flatMap(filesUnder);
  it('finds the core files', () => {
    expect(files.length).toBeGreaterThan(3);
  });
  for (const file of files) {
    it(`${file} uses no browser API, UI or Node module`, () => {
      const source = readFileSync(file, 'utf8');
      for (const pattern of forbiddenImports) expect(source, String(pattern)).not.toMatch(pattern);
      // Globals are looked for in code only: data files are full of sentences ("a Word document.").
      const code = source
        .replace(/String\.raw`(?:[^`\\]|\\.)*`/g, '``')
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      expect(code).not.toMatch(forbiddenGlobals);
    });
  }
});
