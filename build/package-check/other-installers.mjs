// Checks of the Windows (NSIS) and macOS (dmg) installers' metadata that need no build of
// them: both builds need tools only their own systems have, or downloads (NSIS fetches its
// resources, a dmg needs macOS's hdiutil). What electron-builder will put in the installer
// and in Info.plist comes from the configuration it loaded, checked here against each
// system's rules; the icons are read back from the files it will use.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, expectEqual } from './checks.mjs';
import { readIcns, readIco } from './icon-files.mjs';

// Characters Windows forbids in file names, control characters among them.
// eslint-disable-next-line no-control-regex
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]|[. ]$/;
/** Info.plist's LSApplicationCategoryType values that suit this app. */
const APPLE_CATEGORIES = new Set([
  'public.app-category.productivity',
  'public.app-category.business',
  'public.app-category.utilities',
]);
const MAC_ROLES = new Set(['Editor', 'Viewer', 'Shell', 'None']);

export function nsisChecks(config, metadata, projectDir) {
  return [
    [
      'nsis: the installer and app names are valid Windows file names',
      () => {
        for (const name of [
          config.productName,
          `${config.productName} Setup ${metadata.version}.exe`,
        ]) {
          expect(!WINDOWS_FORBIDDEN.test(name), `"${name}" is not a valid Windows file name`);
        }
      },
    ],
    [
      'nsis: the version fits the four 16-bit numbers of a Windows version resource',
      () => {
        const parts = metadata.version.split('.').map(Number);
        expect(
          parts.length === 3 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 65535),
          `version ${metadata.version}`,
        );
      },
    ],
    [
      'nsis: an assisted installer that lets the user choose the folder',
      () => {
        expectEqual(
          [
            config.nsis?.oneClick,
            config.nsis?.allowToChangeInstallationDirectory,
            config.nsis?.perMachine ?? false,
          ],
          [false, true, false],
          'oneClick, allowToChangeInstallationDirectory, perMachine',
        );
      },
    ],
    [
      'nsis: publisher, copyright and help links are set',
      () => {
        expect(metadata.author?.name, 'no author name (the publisher)');
        expect(
          /^https:\/\//.test(metadata.homepage ?? ''),
          'no https homepage (the uninstaller links to it)',
        );
        expect(
          config.copyright?.includes(metadata.author.name),
          'the copyright does not name the author',
        );
      },
    ],
    [
      'nsis: the .ico holds every size Windows shows, 256 as PNG',
      async () => {
        const images = readIco(await readFile(resolve(projectDir, config.win.icon)));
        for (const image of images) {
          expect(
            image.width === image.stated && image.height === image.stated,
            `a ${String(image.stated)} entry is ${String(image.width)}×${String(image.height)}`,
          );
        }
        expectEqual(
          images.map((image) => image.stated),
          [16, 24, 32, 48, 64, 128, 256],
          'sizes',
        );
        expectEqual(images.at(-1)?.format, 'png', 'the 256 entry format');
      },
    ],
  ];
}

export function dmgChecks(config, metadata, projectDir) {
  return [
    [
      'dmg: the bundle identifier and version are valid for Info.plist',
      () => {
        expect(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(config.appId), `appId ${config.appId}`);
        expect(/^\d+\.\d+\.\d+$/.test(metadata.version), `version ${metadata.version}`);
      },
    ],
    [
      'dmg: a productivity category and a document type that opens .lcplan files',
      () => {
        expect(APPLE_CATEGORIES.has(config.mac?.category), `category ${config.mac?.category}`);
        const plan = config.fileAssociations?.find((association) => association.ext === 'lcplan');
        expect(
          plan && MAC_ROLES.has(plan.role) && plan.name,
          'no .lcplan document type with a valid role',
        );
      },
    ],
    [
      'dmg: signed ad hoc after the fuses are flipped, with the hardened runtime',
      () => {
        expectEqual(
          [config.mac?.identity, config.mac?.hardenedRuntime],
          ['-', true],
          'identity, hardenedRuntime',
        );
      },
    ],
    [
      'dmg: the volume name fits a disk image’s 27 characters',
      () => {
        const volume = `${config.productName} ${metadata.version}`;
        expect(volume.length <= 27, `"${volume}" is ${String(volume.length)} characters`);
      },
    ],
    [
      'dmg: the .icns holds every size and Retina size up to 1024',
      async () => {
        const elements = readIcns(await readFile(resolve(projectDir, config.mac.icon)));
        const sizes = {
          icp4: 16,
          icp5: 32,
          ic11: 32,
          icp6: 64,
          ic12: 64,
          ic07: 128,
          ic08: 256,
          ic13: 256,
          ic09: 512,
          ic14: 512,
          ic10: 1024,
        };
        expectEqual(
          elements.map((element) => element.type).sort(),
          Object.keys(sizes).sort(),
          'types',
        );
        for (const element of elements) {
          const size = sizes[element.type];
          expect(
            element.width === size && element.height === size,
            `${element.type} is not a ${String(size)}-pixel PNG`,
          );
        }
      },
    ],
  ];
}
