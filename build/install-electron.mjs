// Downloads Electron's binary for `npm start`, with progress from the first byte, then lets the
// electron package's own installer (node_modules/electron/install.js) unpack it. That installer
// would download too, but it stays silent for its first 30 seconds and shows nothing at all
// when the output is not a terminal; so the download runs here first, through the same
// @electron/get with the same version, checksums and cache, and install.js then finds the zip
// in the cache. Run as a child of build/start.mjs: on failure it exits non-zero and its last
// line on stderr is the reason, in plain words.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** "42% of 112.4 MB", or "31.0 MB" while the size is unknown. */
export function describeProgress(transferred, total) {
  const mb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (!total) return mb(transferred);
  return `${String(Math.floor((transferred / total) * 100))}% of ${mb(total)}`;
}

function progressReporter(version) {
  const label = `Downloading Electron ${version}`;
  const tty = process.stdout.isTTY === true;
  let lastTenth = -1;
  return ({ transferred, total }) => {
    const line = `${label}: ${describeProgress(transferred, total)}`;
    if (tty) {
      process.stdout.write(`\r${line}\u001b[K`);
      return;
    }
    // Logs and CI output get one line per tenth instead of a redrawn one.
    const tenth = total ? Math.floor((transferred / total) * 10) : lastTenth;
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      console.log(line);
    }
  };
}

/** The first line of an error without its stack: what went wrong, not where in @electron/get. */
function reasonOf(error) {
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  const message = error instanceof Error ? error.message : String(error);
  return `${message.split('\n')[0]}${cause}`;
}

async function main() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const fromElectron = createRequire(join(electronDir, 'package.json'));
  const { version } = fromElectron('./package.json');
  const { downloadArtifact } = await import(
    pathToFileURL(fromElectron.resolve('@electron/get')).href
  );
  // The same choices install.js makes, so its look-up in the cache finds this download.
  const platform =
    process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform;
  const arch = process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch;
  await downloadArtifact({
    version,
    artifactName: 'electron',
    platform,
    arch,
    cacheRoot: process.env.electron_config_cache,
    checksums: fromElectron('./checksums.json'),
    downloadOptions: { quiet: true, getProgressCallback: progressReporter(version) },
  });
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`Unpacking Electron ${version}…`);
  const unpack = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (unpack.status !== 0) {
    const firstLine = (unpack.stderr || '').trim().split('\n')[0] || `exit code ${unpack.status}`;
    throw new Error(`unpacking failed (${firstLine})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.error(reasonOf(error));
    process.exit(1);
  });
}
