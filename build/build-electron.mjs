// Bundles the main process, its plan-check worker and the preload into CommonJS files under
// dist/electron. The preload must be a single file: a sandboxed preload can require nothing
// but `electron`. The worker is a file of its own because a worker thread starts from a file.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundles, relative to the output folder (dist/ for the app). */
export const ELECTRON_BUNDLES = [
  'electron/main/index.cjs',
  'electron/main/plan-check-worker.cjs',
  'electron/preload/index.cjs',
];

/**
 * Builds the bundles into `outDir`. Tests build into a folder of their own, the same way.
 * @param {string} [outDir]
 */
export async function buildElectron(outDir = join(root, 'dist')) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    absWorkingDir: root,
  };
  // Electron 45 runs Node 24; the tests also load these bundles in Node 22.12, the oldest Node
  // the tooling supports (package.json engines), so that is the floor.
  const node = { ...common, target: 'node22.12' };
  await Promise.all([
    build({
      ...node,
      entryPoints: ['electron/main/index.ts'],
      outfile: join(outDir, 'electron/main/index.cjs'),
    }),
    build({
      ...node,
      entryPoints: ['electron/main/files/plan-check-worker.ts'],
      outfile: join(outDir, 'electron/main/plan-check-worker.cjs'),
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: join(outDir, 'electron/preload/index.cjs'),
      target: 'chrome120',
    }),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildElectron();
  console.log(`Built ${ELECTRON_BUNDLES.map((bundle) => `dist/${bundle}`).join(', ')}`);
}
