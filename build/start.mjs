// `npm start`: build everything, then run the desktop app. Without Electron's binary there is
// nothing to run, so it says so in one line and points at the browser build instead.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MISSING_BINARY_MESSAGE, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const electron = findElectronBinary();
if (!electron.found) {
  console.error(MISSING_BINARY_MESSAGE);
  process.exit(1);
}

// Prefer the npm that launched us; Windows needs a shell to run npm.cmd.
const npmCli = process.env.npm_execpath;
const build = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
if (build.status !== 0) {
  console.error('The build failed, so the app was not started.');
  process.exit(build.status ?? 1);
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
