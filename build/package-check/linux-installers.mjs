// Checks of the deb and AppImage installers, from what electron-builder computed for them just
// before it would have run fpm and appimagetool (its effectiveOptionComputed hook): the deb's
// control fields and every file it installs beside the app (the generated MIME type and
// desktop files read in the hook, `captured.generated`), and each desktop entry.
import { desktopEntryProblems, parseDesktopEntry } from './desktop-entry.mjs';
import { expect, expectEqual } from './checks.mjs';

/** fpm's `--flag value` pairs and `source=destination` mappings. */
export function readFpmArgs(args) {
  const flags = new Map();
  const files = new Map();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      flags.set(arg.slice(2), args[i + 1]);
      i += 1;
    } else {
      const at = arg.lastIndexOf('=');
      files.set(arg.slice(at + 1), arg.slice(0, at));
    }
  }
  return { flags, files };
}

/** The checks for one captured deb; `app` holds what package.json and the config say. */
export function debChecks(captured, app) {
  const { flags, files } = readFpmArgs(captured.args);
  return [
    [
      'deb: name, version and architecture',
      () => {
        expectEqual(
          [flags.get('name'), flags.get('version'), flags.get('architecture')],
          [app.executableName, app.version, 'amd64'],
          'name, version, architecture',
        );
      },
    ],
    [
      'deb: maintainer, vendor, homepage and licence are set',
      () => {
        expectEqual(flags.get('maintainer'), app.maintainer, 'maintainer');
        expect(
          /^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]+>$/.test(flags.get('maintainer') ?? ''),
          'maintainer is not "Name <email>"',
        );
        expectEqual(flags.get('url'), app.homepage, 'homepage');
        expectEqual(flags.get('license'), 'MIT', 'licence');
      },
    ],
    [
      'deb: a one-line synopsis, then the description',
      () => {
        const [synopsis, ...rest] = (flags.get('description') ?? '').split('\n');
        expect(
          synopsis && synopsis.length <= 80 && !synopsis.endsWith('.'),
          `synopsis "${synopsis}" is not a short phrase`,
        );
        expect(
          rest.join('\n').trim() === app.description,
          "the long description is not package.json's",
        );
      },
    ],
    [
      'deb: installs the app under /opt and icons at every hicolor size',
      () => {
        expect(files.has(`/opt/${app.productName}`), 'the app is not installed under /opt');
        for (const size of app.linuxIconSizes) {
          const to = `/usr/share/icons/hicolor/${String(size)}x${String(size)}/apps/${app.executableName}.png`;
          expect(files.has(to), `no ${String(size)}×${String(size)} icon`);
        }
      },
    ],
    [
      'deb: the .lcplan MIME type is registered with shared-mime-info',
      () => {
        const xml = captured.generated.get(`/usr/share/mime/packages/${app.executableName}.xml`);
        expect(xml !== undefined, 'no MIME type file');
        expect(xml.includes(`<mime-type type="${app.mimeType}">`), 'the MIME type is not declared');
        expect(xml.includes('<glob pattern="*.lcplan"/>'), 'no *.lcplan glob');
        expect(
          xml.includes(`<comment>${app.fileDescription}</comment>`),
          'no description of the file type',
        );
      },
    ],
    [
      'deb: the desktop entry is named by desktopName and opens .lcplan files',
      () => {
        const entry = captured.generated.get(`/usr/share/applications/${app.desktopName}`);
        expect(entry !== undefined, `no /usr/share/applications/${app.desktopName}`);
        const problems = desktopEntryProblems(parseDesktopEntry(entry), app.desktop);
        expect(problems.length === 0, problems.join('; '));
      },
    ],
  ];
}

/** The checks for one captured AppImage desktop entry. */
export function appImageChecks(captured, app) {
  return [
    [
      'AppImage: the desktop entry is named by desktopName and opens .lcplan files',
      () => {
        expectEqual(captured.desktopFileName, app.desktopName, 'desktop file name');
        const keys = parseDesktopEntry(captured.desktop);
        const problems = desktopEntryProblems(keys, app.desktop);
        expect(problems.length === 0, problems.join('; '));
        expectEqual(keys.get('X-AppImage-Version'), app.version, 'X-AppImage-Version');
      },
    ],
  ];
}
