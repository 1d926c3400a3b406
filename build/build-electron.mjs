// Bundles the main process and the preload into CommonJS files under dist/electron. The
// preload must be a single file: a sandboxed preload can require nothing but `electron`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'dist/electron/main/index.cjs',
    // Electron 45 runs Node 24; the tests also load this bundle in Node 22.12, the oldest
    // Node the tooling supports (package.json engines), so that is the floor.
    target: 'node22.12',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/electron/preload/index.cjs',
    target: 'chrome120',
  }),
]);
console.log('Built dist/electron/main/index.cjs and dist/electron/preload/index.cjs');
