// The popup on its own, after the extension build: in the shared build rolldown puts all of the
// zod core the background and options page use into a chunk the popup loads too (92 KB); alone,
// the popup pulls in only zod/mini and preact. Overwrites popup/index.html in the same outDir.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const outDir = process.env.TARGET === 'firefox' ? 'dist-firefox' : 'dist';

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    // As vite.config.ts, for the same reason.
    minify: 'esbuild',
    rollupOptions: { input: { popup: 'popup/index.html' }, output: { entryFileNames: 'assets/popup-[hash].js', chunkFileNames: 'assets/popup-[hash].js', assetFileNames: 'assets/popup-[hash][extname]' } },
  },
});
