// A stand-in for an unpacked Electron distribution, for packaging where no Electron binary can
// be downloaded. electron-builder copies the folder, renames the executable, writes app.asar
// beside it and flips the fuses, which it finds by the fuse sentinel; so the stub executable
// carries the sentinel, the fuse wire's version (1) and length, and one '0'/'1' per fuse.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The sentinel @electron/fuses searches Electron's binary for. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The stub's fuses as Electron ships them, in @electron/fuses' order: RunAsNode on, cookie
 * encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, load only from asar off,
 * browser V8 snapshot off, file: privileges on. Each of the app's settings differs from these
 * defaults but the last, so a fuse electron-builder failed to flip shows when read back.
 */
export const ELECTRON_DEFAULT_FUSES = '10110001';

/** Writes a stub distribution for `platform` ('linux' or 'win32') into `dir`. */
export async function writeStubElectron(dir, version, platform = 'linux') {
  await mkdir(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, platform === 'win32' ? 'electron.exe' : 'electron');
  const wire = Buffer.concat([
    Buffer.from('Stub of an Electron executable, for packaging checks only.\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1'),
    Buffer.from('\n'),
  ]);
  await writeFile(executable, wire, { mode: 0o755 });
  await writeFile(join(dir, 'version'), version);
  await writeFile(join(dir, 'LICENSE'), 'Stub of Electron’s licence.\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<p>Stub of Chromium’s licences.</p>\n');
  return executable;
}
