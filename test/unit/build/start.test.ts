/**
 * `npm start`'s decision about Electron's binary. Tests never download: the installer is passed
 * in, one that puts a binary in place the way the real download does and one that fails the
 * way a machine without internet makes it fail.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findElectronBinary } from '../../../build/electron-binary.mjs';
import { describeProgress } from '../../../build/install-electron.mjs';
import { canDownloadElectron, ensureElectron } from '../../../build/start.mjs';

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

/** What a finished download leaves: path.txt naming the executable under dist/. */
async function putBinaryInPlace(): Promise<void> {
  await mkdir(join(packageDir, 'dist'), { recursive: true });
  await writeFile(join(packageDir, 'dist', 'electron'), '#!/bin/sh\n');
  await chmod(join(packageDir, 'dist', 'electron'), 0o755);
  await writeFile(join(packageDir, 'path.txt'), 'electron');
}

const NODE_22 = 'v22.12.0';

describe('npm start: Electron binary', () => {
  test('an installed binary is used as it is; nothing is downloaded', async () => {
    await putBinaryInPlace();
    const install = vi.fn(() => Promise.resolve({ ok: true as const }));
    const ready = await ensureElectron({
      find: () => findElectronBinary(packageDir),
      install,
      nodeVersion: NODE_22,
      log: () => undefined,
    });
    expect(ready).toEqual({ ok: true, path: join(packageDir, 'dist', 'electron') });
    expect(install).not.toHaveBeenCalled();
  });

  test('a missing binary is downloaded, said so first, then run', async () => {
    const said: string[] = [];
    const install = vi.fn(async () => {
      await putBinaryInPlace();
      return { ok: true as const };
    });
    const ready = await ensureElectron({
      find: () => findElectronBinary(packageDir),
      install,
      nodeVersion: NODE_22,
      log: (line) => said.push(line),
    });
    expect(install).toHaveBeenCalledOnce();
    expect(ready).toEqual({ ok: true, path: join(packageDir, 'dist', 'electron') });
    expect(said).toEqual([expect.stringMatching(/not installed yet; downloading it/)]);
  });

  test('a failed download gives one line with the real reason and points at npm run web', async () => {
    const ready = await ensureElectron({
      find: () => findElectronBinary(packageDir),
      install: () =>
        Promise.resolve({
          ok: false as const,
          reason: 'fetch failed: getaddrinfo ENOTFOUND github.com',
        }),
      nodeVersion: NODE_22,
      log: () => undefined,
    });
    expect(ready.ok).toBe(false);
    const message = ready.ok ? '' : ready.message;
    expect(message).toBe(
      "Could not download Electron's binary (fetch failed: getaddrinfo ENOTFOUND github.com); run `npm run web` to open the app in a browser instead.",
    );
    expect(message).not.toContain('\n');
  });

  test('a download that reports success but leaves no binary is not run', async () => {
    const ready = await ensureElectron({
      find: () => findElectronBinary(packageDir),
      install: () => Promise.resolve({ ok: true as const }),
      nodeVersion: NODE_22,
      log: () => undefined,
    });
    expect(ready).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Electron's download finished, but .*path\.txt is missing; run `npm run web`/,
      ) as unknown,
    });
  });

  test('on a Node too old for the downloader, nothing is tried and the line says what is needed', async () => {
    const install = vi.fn(() => Promise.resolve({ ok: true as const }));
    const ready = await ensureElectron({
      find: () => findElectronBinary(packageDir),
      install,
      nodeVersion: 'v20.19.0',
      log: () => undefined,
    });
    expect(install).not.toHaveBeenCalled();
    expect(ready).toEqual({
      ok: false,
      message:
        "Electron's binary is not installed, and downloading it needs Node 22.12 or newer (this is Node 20.19.0); install a newer Node, or run `npm run web` to open the app in a browser instead.",
    });
  });

  test('the Node floor is 22.12', () => {
    expect(
      ['v22.11.9', 'v22.12.0', 'v23.0.0', 'v24.3.1', 'v20.19.0'].map(canDownloadElectron),
    ).toEqual([false, true, true, true, false]);
  });

  test('download progress reads as a share of the size, or as bytes while the size is unknown', () => {
    expect(describeProgress(47_200_000, 112_400_000)).toBe('41% of 112.4 MB');
    expect(describeProgress(112_400_000, 112_400_000)).toBe('100% of 112.4 MB');
    expect(describeProgress(31_000_000, null)).toBe('31.0 MB');
  });
});

describe('findElectronBinary', () => {
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
    await putBinaryInPlace();
    expect(findElectronBinary(packageDir)).toEqual({
      found: true,
      path: join(packageDir, 'dist', 'electron'),
    });
  });
});
