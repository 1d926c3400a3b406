// Writes THIRD_PARTY_NOTICES.txt for what the app ships: every npm package whose code is in
// the built bundles, with its licence text and, where the package has one, its NOTICE file
// (Apache-2.0 asks for that to travel with the code: Dexie has one). The bundlers drop licence
// comments, so the list is made from the build itself: each bundle's source map names the
// files it was made from, and a file under node_modules belongs to the package around it.
// A package that ships without a licence text takes it from build/licences/, or fails the
// build rather than going unnoticed.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Licence texts for packages whose npm release has none (see build/licences/README.md). */
const SUPPLIED_LICENCES = join(dirname(fileURLToPath(import.meta.url)), 'licences');

const LICENCE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NOTICE_FILE = /^notice([.-].*)?$/i;

/** Every source map under `distDir`. */
async function sourceMaps(distDir) {
  const names = await readdir(distDir, { recursive: true });
  return names
    .map(String)
    .filter((name) => name.endsWith('.map'))
    .map((name) => join(distDir, name));
}

/** `/x/node_modules/@scope/pkg/lib/a.js` → `/x/node_modules/@scope/pkg`, or null. */
export function packageDirOf(file) {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1 || at + 1 >= parts.length) return null;
  const depth = parts[at + 1]?.startsWith('@') ? 2 : 1;
  if (at + depth >= parts.length) return null;
  return parts.slice(0, at + 1 + depth).join(sep);
}

/**
 * The folders of the packages whose files are in the bundles under `distDir`, sorted. A
 * source's path is taken from its first node_modules on, against `projectDir`: Vite writes a
 * worker's sources relative to another folder than the worker's map, so the map's own folder
 * is not a reliable base.
 */
export async function shippedPackageDirs(distDir, projectDir) {
  const dirs = new Set();
  for (const map of await sourceMaps(distDir)) {
    const { sources = [] } = JSON.parse(await readFile(map, 'utf8'));
    for (const source of sources) {
      const at = source.replaceAll('\\', '/').indexOf('node_modules/');
      if (at === -1) continue;
      const dir = packageDirOf(resolve(projectDir, source.slice(at)));
      if (dir !== null) dirs.add(dir);
    }
  }
  return [...dirs].sort();
}

async function filesMatching(dir, pattern) {
  const names = (await readdir(dir)).filter((name) => pattern.test(name)).sort();
  return Promise.all(names.map(async (name) => (await readFile(join(dir, name), 'utf8')).trim()));
}

function repositoryUrl(manifest) {
  const repository = manifest.repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  const address = manifest.homepage ?? url ?? null;
  // `git+https://host/x.git` reads better as the page it names.
  return address?.replace(/^git\+/, '').replace(/\.git$/, '') ?? null;
}

/** Name, version, licence, address, licence texts and notices of the package in `dir`. */
export async function describePackage(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  let licences = await filesMatching(dir, LICENCE_FILE);
  if (licences.length === 0) {
    const supplied = join(SUPPLIED_LICENCES, `${manifest.name.replace('/', '__')}.txt`);
    licences = await readFile(supplied, 'utf8').then(
      (text) => [
        `(The npm package has no licence file; this is the one in its repository.)\n\n${text.trim()}`,
      ],
      () => [],
    );
  }
  if (licences.length === 0) {
    throw new Error(
      `${manifest.name} ${manifest.version} ships no licence text (${dir}); its notice cannot be written.`,
    );
  }
  return {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? 'see the licence text',
    url: repositoryUrl(manifest),
    licences,
    notices: await filesMatching(dir, NOTICE_FILE),
  };
}

const RULE = '='.repeat(78);

/** The notices file's text for the packages described. */
export function noticesText(productName, packages) {
  const intro = [
    `${productName} includes the following third-party software in its own code. Each is`,
    'listed with its licence as its authors distribute it and, where it has one, its NOTICE.',
    'Electron and Chromium, which run the app, list theirs in LICENSE and',
    'LICENSES.chromium.html in the folder the app is installed in.',
  ].join('\n');
  const sections = packages.map((pkg) =>
    [
      RULE,
      `${pkg.name} ${pkg.version} (${pkg.license})`,
      ...(pkg.url ? [pkg.url] : []),
      RULE,
      ...pkg.licences,
      ...pkg.notices.flatMap((notice) => ['', `NOTICE of ${pkg.name}:`, '', notice]),
    ].join('\n'),
  );
  return `${[intro, ...sections].join('\n\n')}\n`;
}

/** The notices for everything bundled under `distDir`, its packages in `projectDir`. */
export async function thirdPartyNotices(distDir, projectDir, productName) {
  const packages = [];
  for (const dir of await shippedPackageDirs(distDir, projectDir)) {
    packages.push(await describePackage(dir));
  }
  return { text: noticesText(productName, packages), packages };
}
