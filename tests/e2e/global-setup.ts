// Browser tests need the built extension: build once if dist/ is missing (or EVALSCOUT_BUILD=1).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(process.env.EVALSCOUT_DIST ?? resolve(root, 'dist'));
  if (existsSync(resolve(dist, 'manifest.json')) && process.env.EVALSCOUT_BUILD !== '1') return;
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
}
