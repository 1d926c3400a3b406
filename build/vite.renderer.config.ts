// One renderer build serves both hosts: Electron loads it from disk, `npm run web` serves it.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${rootDir}package.json`, 'utf8')) as { version: string };

export default defineConfig({
  root: `${rootDir}renderer`,
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    // RENDERER_OUT_DIR lets two builds (say, a benchmark and the end-to-end tests) not clash.
    outDir: process.env.RENDERER_OUT_DIR ?? `${rootDir}dist/renderer`,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // The board's code is read at start; views a session may not open (the workspace, the
    // portfolio views, some dialogs) are split off and read on first use (app/lazy-views).
    chunkSizeWarningLimit: 1500,
  },
  preview: { host: '127.0.0.1', strictPort: true },
});
