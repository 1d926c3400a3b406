// `npm run test:package`: packages the built app the way `npm run dist` does, on a machine
// with no Electron binary, and checks the result. electron-builder runs for real with a stub
// Electron (package-check/stub-electron.mjs) and builds the Linux folder target, then the deb
// and AppImage targets up to the moment it would hand them to fpm and appimagetool; what it
// computed for them is checked there. Then:
//   - app.asar holds the built main, worker, preload and renderer and package.json, nothing
//     else (no sources, source maps, node_modules or tests);
//   - the fuses read back from the packaged executable with @electron/fuses are the ones
//     electron-builder.yml sets, and the ones the app's security needs;
//   - the licence, the third-party notices and the icons are there and well formed;
//   - the Windows and macOS installers' metadata passes each system's rules (other-installers).
// Run after `npm run build`; `npm test` runs it. It writes only to a temporary folder and
// build/resources (generated).
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { ELECTRON_BUNDLES } from './build-electron.mjs';
import { makeResources, NOTICES_NAME, RESOURCES_DIR } from './make-resources.mjs';
import { LINUX_SIZES } from './make-icons.mjs';
import { createChecks, expect, expectEqual } from './package-check/checks.mjs';
import { pngInflates } from './package-check/icon-files.mjs';
import { appImageChecks, debChecks, readFpmArgs } from './package-check/linux-installers.mjs';
import { dmgChecks, nsisChecks } from './package-check/other-installers.mjs';
import { ELECTRON_DEFAULT_FUSES, writeStubElectron } from './package-check/stub-electron.mjs';
import { shippedPackageDirs } from './third-party-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { build, Platform, Arch } = require('electron-builder');

/** electron-builder.yml's fuse names, by their place in the fuse wire. */
const FUSE_NAMES = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};
/** What the app's security rests on, whatever the configuration says. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
};

/** Packages with electron-builder into `out`; returns what its hooks saw. */
async function packageLinux(stub, out) {
  const seen = { deb: null, appImage: null, config: null, metadata: null };
  const started = Date.now();
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(['dir', 'deb', 'AppImage'], Arch.x64),
    config: {
      extends: './electron-builder.yml',
      electronDist: stub,
      directories: { output: out },
      afterPack: (context) => {
        seen.config = context.packager.config;
        seen.metadata = context.packager.info.metadata;
      },
    },
    // Called by the deb and AppImage targets with what they would build; true stops there.
    effectiveOptionComputed: async (value) => {
      if (Array.isArray(value)) {
        // The files it generated are temporary: read them now, by where they would install.
        const [args] = value;
        const generated = new Map();
        for (const [to, from] of readFpmArgs(args).files) {
          if (to.startsWith('/usr/share/mime/') || to.startsWith('/usr/share/applications/')) {
            generated.set(to, await readFile(from, 'utf8'));
          }
        }
        seen.deb = { args, generated };
      } else if (value?.desktopFileName) seen.appImage = value;
      return true;
    },
  });
  console.log(`electron-builder packaged the stub in ${String(Date.now() - started)} ms`);
  return seen;
}

function asarChecks(asar) {
  const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const bundles = ELECTRON_BUNDLES.map((bundle) => `/dist/${bundle}`);
  return [
    [
      'app.asar holds the built main, worker, preload, renderer and package.json',
      () => {
        for (const needed of [...bundles, '/dist/renderer/index.html', '/package.json']) {
          expect(entries.includes(needed), `${needed} is missing`);
        }
      },
    ],
    [
      'app.asar holds nothing else: no sources, maps, node_modules or tests',
      () => {
        const folders = new Set([
          '/dist',
          '/dist/electron',
          '/dist/electron/main',
          '/dist/electron/preload',
          '/dist/renderer',
          '/dist/renderer/assets',
        ]);
        const stray = entries.filter(
          (entry) =>
            !folders.has(entry) &&
            !bundles.includes(entry) &&
            entry !== '/package.json' &&
            !(entry.startsWith('/dist/renderer/') && /\.(js|css|html|svg)$/.test(entry)),
        );
        expectEqual(stray, [], 'unexpected entries');
        expect(
          !entries.some((entry) => /\.(map|tsx?)$|node_modules|\/test\//.test(entry)),
          'a source, map, module or test',
        );
      },
    ],
    [
      'app.asar’s package.json starts the main bundle and names the desktop entry',
      () => {
        const manifest = JSON.parse(extractFile(asar, 'package.json').toString('utf8'));
        expect(
          entries.includes(`/${manifest.main}`),
          `main ${manifest.main} is not in the archive`,
        );
        expectEqual(manifest.desktopName, 'lifecycle-planner.desktop', 'desktopName');
      },
    ],
  ];
}

function fuseChecks(executable, config) {
  return [
    [
      'the fuses read back from the executable are the ones electron-builder.yml sets',
      async () => {
        const wire = await getCurrentFuseWire(executable);
        for (const [name, index] of Object.entries(FUSE_NAMES)) {
          const configured = config.electronFuses?.[name];
          const expected =
            configured === undefined ? ELECTRON_DEFAULT_FUSES[index] : configured ? '1' : '0';
          expectEqual(String.fromCharCode(wire[index]), expected, name);
        }
      },
    ],
    [
      'the configuration keeps the fuses the app’s security rests on',
      () => {
        for (const [name, value] of Object.entries(REQUIRED_FUSES)) {
          expectEqual(config.electronFuses?.[name], value, name);
        }
      },
    ],
  ];
}

async function resourceChecks(unpacked) {
  const resources = join(unpacked, 'resources');
  const notices = await readFile(join(resources, NOTICES_NAME), 'utf8');
  return [
    [
      'the app carries its MIT licence',
      async () => {
        const licence = await readFile(join(resources, 'LICENSE.txt'), 'utf8');
        expectEqual(licence, await readFile(join(root, 'LICENSE'), 'utf8'), 'LICENSE.txt');
        expect(
          licence.startsWith('MIT License') && licence.includes('Lifecycle Planner contributors'),
          'not MIT, or not ours',
        );
      },
    ],
    [
      'the notices name every bundled package, with Dexie’s NOTICE',
      async () => {
        for (const dir of await shippedPackageDirs(join(root, 'dist'), root)) {
          const { name, version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
          expect(notices.includes(`\n${name} ${version} (`), `${name} ${version} is not named`);
        }
        const dexieNotice = (
          await readFile(join(root, 'node_modules/dexie/NOTICE'), 'utf8')
        ).trim();
        expect(notices.includes(dexieNotice), 'Dexie’s NOTICE is missing');
      },
    ],
    [
      'the Linux icons are whole PNGs at every size',
      async () => {
        for (const size of LINUX_SIZES) {
          const png = await readFile(
            join(RESOURCES_DIR, 'icons', `${String(size)}x${String(size)}.png`),
          );
          expectEqual(
            [png.readUInt32BE(16), png.readUInt32BE(20)],
            [size, size],
            `${String(size)} icon size`,
          );
          expect(pngInflates(png), `the ${String(size)} icon is damaged`);
        }
      },
    ],
  ];
}

const checks = createChecks();
const work = await mkdtemp(join(tmpdir(), 'package-check-'));
try {
  await stat(join(root, 'dist', 'electron', 'main', 'index.cjs')).catch(() => {
    throw new Error('Nothing is built yet: run `npm run build` first.');
  });
  await makeResources();
  const stub = join(work, 'electron');
  const electronVersion = require('electron/package.json').version;
  await writeStubElectron(stub, electronVersion);
  const seen = await packageLinux(stub, join(work, 'out'));
  const { config, metadata } = seen;
  const unpacked = join(work, 'out', 'linux-unpacked');
  const app = {
    executableName: 'lifecycle-planner',
    productName: config.productName,
    version: metadata.version,
    description: metadata.description,
    homepage: metadata.homepage,
    maintainer: config.linux.maintainer,
    desktopName: metadata.desktopName,
    mimeType: 'application/x-lifecycle-plan',
    fileDescription: config.fileAssociations[0].description,
    linuxIconSizes: LINUX_SIZES,
    desktop: {
      name: config.productName,
      icon: 'lifecycle-planner',
      wmClass: metadata.desktopName.replace(/\.desktop$/, ''),
      mimeType: 'application/x-lifecycle-plan',
    },
  };
  const all = [
    ...asarChecks(join(unpacked, 'resources', 'app.asar')),
    ...fuseChecks(join(unpacked, app.executableName), config),
    ...(await resourceChecks(unpacked)),
    ...(seen.deb
      ? debChecks(seen.deb, app)
      : [['deb: electron-builder computed it', () => expect(false, 'it did not')]]),
    ...(seen.appImage
      ? appImageChecks(seen.appImage, app)
      : [['AppImage: electron-builder computed it', () => expect(false, 'it did not')]]),
    ...nsisChecks(config, metadata, root),
    ...dmgChecks(config, metadata, root),
  ];
  for (const [name, test] of all) await checks.check(name, test);
} catch (error) {
  await checks.check('packaging ran', () => {
    throw error;
  });
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exitCode = checks.finish('package checks') ? 0 : 1;
