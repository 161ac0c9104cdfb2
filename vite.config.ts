// Two builds from one source: dist/ for Chromium (service worker) and dist-firefox/ for Firefox
// (background scripts + gecko settings). `TARGET=firefox vite build` picks the second.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import baseManifest from './manifest.json' with { type: 'json' };

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest as ManifestV3Export;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'evalscout@evalscout.app',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

/**
 * A script the background injects with scripting.executeScript({ files }): one self-contained IIFE,
 * built the way crxjs builds `contentScripts.standaloneFiles`. crxjs builds a standalone file only
 * when the manifest's content_scripts list it (this one must not run on its own) or when it is
 * imported with `?script`, which also lists it in web_accessible_resources for every http(s) page
 * (any page could then probe for the extension). So the build is done here.
 */
function standaloneScript(entry: string, fileName: string): Plugin {
  let parent: ResolvedConfig;
  return {
    name: 'evalscout:standalone-script',
    apply: 'build',
    configResolved(config) {
      parent = config;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root: parent.root,
        mode: parent.mode,
        define: parent.define,
        build: {
          write: false,
          emptyOutDir: false,
          lib: { entry, formats: ['iife'], name: 'evalscoutUi', fileName: () => fileName },
          rollupOptions: { output: { entryFileNames: fileName, inlineDynamicImports: true } },
          minify: parent.build.minify,
          target: parent.build.target,
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
      if (chunk?.type !== 'chunk') throw new Error(`No IIFE output for ${entry}`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      // A self-contained IIFE: no web_accessible_resources exposing our chunks to job-board pages.
      contentScripts: { standaloneFiles: ['content-scripts/main.ts'] },
    }),
    // The in-page UI, injected on demand (src/background/ui-script.ts).
    standaloneScript('content-scripts/ui-main.ts', 'content-scripts/ui-main.js'),
  ],
  build: {
    outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // esbuild, not the default oxc minifier: oxc turns every \`const\` into \`let\`, and V8 then reads
    // module-level tables (the tokenizer's character classes, the lexicon's constants) from the
    // module context on every use instead of folding them in; the analysis ran ~10% slower (npm run bench).
    minify: 'esbuild',
  },
  server: { port: 5173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'threads',
  },
});
