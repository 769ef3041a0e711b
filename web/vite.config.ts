import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the UI into dist/web, which `newsgraph serve` serves at /. `vite` alone serves it for development, API calls proxied to a running `newsgraph serve`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 200,
  },
  server: {
    proxy: { '/api': process.env.NEWSGRAPH_API ?? 'http://127.0.0.1:8080' },
  },
});
