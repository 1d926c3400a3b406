// Everything the packages carry besides the built app, made from the build into
// build/resources/ (generated, not committed): the icons (make-icons.mjs) and
// THIRD_PARTY_NOTICES.txt for the code the bundles hold (third-party-notices.mjs). Run after
// `npm run build`, before electron-builder; `npm run dist` does all three.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeIcons } from './make-icons.mjs';
import { thirdPartyNotices } from './third-party-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RESOURCES_DIR = join(root, 'build', 'resources');
export const NOTICES_NAME = 'THIRD_PARTY_NOTICES.txt';

/** @param {{ distDir?: string, outDir?: string }} [options] */
export async function makeResources(options = {}) {
  const distDir = options.distDir ?? join(root, 'dist');
  const outDir = options.outDir ?? RESOURCES_DIR;
  await access(join(distDir, 'electron', 'main', 'index.cjs')).catch(() => {
    throw new Error('Nothing is built yet: run `npm run build` first.');
  });
  await mkdir(outDir, { recursive: true });
  const { productName } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const notices = await thirdPartyNotices(distDir, root, productName);
  await writeFile(join(outDir, NOTICES_NAME), notices.text);
  const icons = await makeIcons(outDir);
  return { packages: notices.packages.length, icons: icons.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const made = await makeResources();
  console.log(
    `Made ${String(made.icons)} icons and the notices of ${String(made.packages)} bundled packages in build/resources/`,
  );
}
