/**
 * The third-party notices are made from what the bundles hold, read from their source maps:
 * here a small project on disk with bundles, maps and packages of its own.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  packageDirOf,
  shippedPackageDirs,
  thirdPartyNotices,
} from '../../../build/third-party-notices.mjs';

let project: string;
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'notices-'));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

async function addPackage(name: string, files: Record<string, string>, manifest = {}) {
  const dir = join(project, 'node_modules', name);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.2.3', license: 'MIT', ...manifest }),
  );
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
}

async function addMap(path: string, sources: string[]) {
  await mkdir(join(project, 'dist', path, '..'), { recursive: true });
  await writeFile(join(project, 'dist', path), JSON.stringify({ version: 3, sources }));
}

describe('which packages ship', () => {
  test('every package a source map names, scoped or nested, once each', async () => {
    await addMap('renderer/assets/index.js.map', [
      '../../../renderer/src/main.tsx',
      '../../../node_modules/dexie/dist/dexie.js',
      '../../../node_modules/@scope/ui/lib/a.js',
      '../../../node_modules/@scope/ui/lib/b.js',
    ]);
    // A worker's map whose sources are relative to another folder (as Vite writes them).
    await addMap('renderer/assets/import.worker.js.map', [
      '../../node_modules/dexie/dist/dexie.js',
    ]);
    await addMap('electron/main/index.cjs.map', [
      '../../../node_modules/zod/index.js',
      '../../../node_modules/outer/node_modules/inner/x.js',
    ]);
    expect(await shippedPackageDirs(join(project, 'dist'), project)).toEqual(
      ['@scope/ui', 'dexie', 'outer/node_modules/inner', 'zod'].map((name) =>
        join(project, 'node_modules', name),
      ),
    );
  });

  test('a path outside node_modules belongs to no package', () => {
    expect(packageDirOf(join('/x', 'src', 'a.ts'))).toBeNull();
    expect(packageDirOf(join('/x', 'node_modules', '@scope'))).toBeNull();
  });
});

describe('the notices', () => {
  test('each package with its licence text, and its NOTICE where it has one', async () => {
    await addPackage(
      'dexie',
      { LICENSE: 'Apache licence text', NOTICE: 'Dexie.js, Copyright (c) David Fahlander' },
      { license: 'Apache-2.0', repository: { url: 'git+https://github.com/dexie/Dexie.js.git' } },
    );
    await addPackage('zod', { 'LICENSE.md': 'MIT licence of zod' });
    await addMap('electron/main/index.cjs.map', [
      '../../../node_modules/zod/index.js',
      '../../../node_modules/dexie/dist/dexie.js',
    ]);
    const { text, packages } = await thirdPartyNotices(join(project, 'dist'), project, 'Planner');
    expect(packages.map((pkg) => pkg.name)).toEqual(['dexie', 'zod']);
    expect(text).toContain('dexie 1.2.3 (Apache-2.0)\nhttps://github.com/dexie/Dexie.js\n');
    expect(text).toContain(
      'Apache licence text\n\nNOTICE of dexie:\n\nDexie.js, Copyright (c) David Fahlander',
    );
    expect(text).toContain('zod 1.2.3 (MIT)');
    expect(text).toContain('MIT licence of zod');
    expect(text.startsWith('Planner includes the following third-party software')).toBe(true);
  });

  test('a package with no licence text anywhere stops the build, naming it', async () => {
    await addPackage('mystery', { 'README.md': 'no licence here' });
    await addMap('electron/main/index.cjs.map', ['../../../node_modules/mystery/index.js']);
    await expect(thirdPartyNotices(join(project, 'dist'), project, 'Planner')).rejects.toThrow(
      /^mystery 1\.2\.3 ships no licence text/,
    );
  });

  test('a package whose release has no licence file gets the one kept in build/licences', async () => {
    await addPackage('react-remove-scroll-bar', { 'README.md': 'no licence file' });
    await addMap('renderer/assets/index.js.map', [
      '../../../node_modules/react-remove-scroll-bar/dist/index.js',
    ]);
    const { text } = await thirdPartyNotices(join(project, 'dist'), project, 'Planner');
    expect(text).toContain(
      '(The npm package has no licence file; this is the one in its repository.)',
    );
    expect(text).toContain('Copyright (c) 2025 Anton Korzunov');
  });
});
