// Browser tests: the built extension in real Chromium (Playwright) and Firefox ESR (puppeteer-core
// over WebDriver BiDi). One file at a time, since each launches a browser and the CI machine has
// two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
