// Browser tests need both builds: build once if dist/ or dist-firefox/ is missing (or EVALSCOUT_BUILD=1).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(process.env.EVALSCOUT_DIST ?? resolve(root, 'dist'));
  const built = existsSync(resolve(dist, 'manifest.json')) && (process.env.EVALSCOUT_DIST !== undefined || existsSync(resolve(root, 'dist-firefox', 'manifest.json')));
  if (built && process.env.EVALSCOUT_BUILD !== '1') return;
  execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
}
