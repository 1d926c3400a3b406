// Finds the Electron executable the way the `electron` package does, without its fallback:
// requiring `electron` in Node starts a download when the binary is missing, which must only
// ever happen when `npm start` decides so (build/start.mjs), never as a side effect of a test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function installedPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * @param {string | null} [packageDir] the electron package's folder; tests pass their own
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(packageDir = installedPackageDir()) {
  if (packageDir === null) return { found: false, reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: 'node_modules/electron/path.txt is missing' };
  }
  const executable = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? join(override, executable || 'electron')
    : join(packageDir, 'dist', executable);
  if (executable === '' || !existsSync(binary)) {
    return { found: false, reason: `the Electron executable ${binary} is missing` };
  }
  return { found: true, path: binary };
}

export const ELECTRON_SKIP_REASON =
  "Electron's binary is not installed; `npm start` downloads it (or run `npx install-electron`) where the network allows.";
