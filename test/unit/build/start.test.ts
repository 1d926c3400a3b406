import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findElectronBinary } from '../../../build/electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// This machine cannot download Electron, so `npm start` must explain that rather than crash.
describe.runIf(!findElectronBinary().found)('npm start without the Electron binary', () => {
  test('exits non-zero with one line pointing at npm run web, and no stack trace', () => {
    const run = spawnSync(process.execPath, ['build/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('npm run web');
    expect(lines[0]).toContain('node node_modules/electron/install.js');
    // Neither a stack trace nor signs of a download or a build starting.
    expect(run.stderr).not.toMatch(/\n\s+at |Error:|Downloading|vite|esbuild/i);
  });
});

describe('findElectronBinary', () => {
  let packageDir: string;
  beforeEach(async () => {
    packageDir = await mkdtemp(join(tmpdir(), 'electron-package-'));
    // The override, when set, redirects the lookup the way the electron package does.
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', undefined);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(packageDir, { recursive: true, force: true });
  });

  test('no electron package: not found', () => {
    expect(findElectronBinary(null)).toEqual({
      found: false,
      reason: 'the electron package is not installed',
    });
  });

  test('no path.txt (the download never ran): not found', () => {
    expect(findElectronBinary(packageDir)).toMatchObject({ found: false, reason: /path\.txt/ });
  });

  test('path.txt naming a file that is not there: not found', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary(packageDir)).toMatchObject({ found: false, reason: /missing/ });
  });

  test('path.txt naming an existing executable: found at dist/<name>', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    await mkdir(join(packageDir, 'dist'));
    await writeFile(join(packageDir, 'dist', 'electron'), '#!/bin/sh\n');
    await chmod(join(packageDir, 'dist', 'electron'), 0o755);
    expect(findElectronBinary(packageDir)).toEqual({
      found: true,
      path: join(packageDir, 'dist', 'electron'),
    });
  });
});
