// `npm start`: make sure Electron's binary is there (downloading it the first time, with
// progress), build everything, then run the desktop app. Only when the binary cannot be had
// does it stop, with one line giving the real reason and pointing at the browser build.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_HINT = 'run `npm run web` to open the app in a browser instead';

/** Node 22.12 is the oldest that Electron's downloader (@electron/get 5) runs on. */
export function canDownloadElectron(nodeVersion) {
  const [major = 0, minor = 0] = nodeVersion.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
}

/**
 * The default installer: build/install-electron.mjs in a child process, its progress shown as
 * it comes. Resolves to `{ ok: true }` or `{ ok: false, reason }`, the child's last line.
 */
export function installElectron() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'build', 'install-electron.mjs')], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('close', (code) => {
      if (code === 0) return resolve({ ok: true });
      const lines = stderr.trim().split('\n').filter(Boolean);
      resolve({ ok: false, reason: lines.at(-1) ?? `the download exited with code ${code}` });
    });
  });
}

/**
 * Decides whether Electron can run: found as installed, or fetched now by `install`.
 * @param {{
 *   find?: () => { found: true, path: string } | { found: false, reason: string },
 *   install?: () => Promise<{ ok: true } | { ok: false, reason: string }>,
 *   nodeVersion?: string,
 *   log?: (line: string) => void,
 * }} [options] tests pass their own installer and look-up; nothing else does
 * @returns {Promise<{ ok: true, path: string } | { ok: false, message: string }>}
 */
export async function ensureElectron(options = {}) {
  const find = options.find ?? (() => findElectronBinary());
  const install = options.install ?? installElectron;
  const nodeVersion = options.nodeVersion ?? process.version;
  const log = options.log ?? ((line) => console.log(line));

  const before = find();
  if (before.found) return { ok: true, path: before.path };
  if (!canDownloadElectron(nodeVersion)) {
    return {
      ok: false,
      message: `Electron's binary is not installed, and downloading it needs Node 22.12 or newer (this is Node ${nodeVersion.replace(/^v/, '')}); install a newer Node, or ${WEB_HINT}.`,
    };
  }
  log("Electron's binary is not installed yet; downloading it once (about 110 MB)…");
  const installed = await install();
  if (!installed.ok) {
    return {
      ok: false,
      message: `Could not download Electron's binary (${installed.reason}); ${WEB_HINT}.`,
    };
  }
  const after = find();
  if (after.found) return { ok: true, path: after.path };
  return {
    ok: false,
    message: `Electron's download finished, but ${after.reason}; ${WEB_HINT}.`,
  };
}

function build() {
  // Prefer the npm that launched us; Windows needs a shell to run npm.cmd.
  const npmCli = process.env.npm_execpath;
  return npmCli
    ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], {
        cwd: root,
        stdio: 'inherit',
        shell: process.platform === 'win32',
      });
}

async function main() {
  const electron = await ensureElectron();
  if (!electron.ok) {
    console.error(electron.message);
    process.exit(1);
  }
  const built = build();
  if (built.status !== 0) {
    console.error('The build failed, so the app was not started.');
    process.exit(built.status ?? 1);
  }
  const child = spawn(electron.path, ['.'], { cwd: root, stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
