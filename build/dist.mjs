// `npm run dist`: build the app, make the icons and notices (make-resources.mjs), then package
// it with electron-builder for this system's targets in electron-builder.yml. Arguments after
// `--` go to electron-builder, e.g. `npm run dist -- --linux deb` or `-- --mac --arm64`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeResources } from './make-resources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Windows runs npm through npm.cmd, which only a shell can start.
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const npmCli = process.env.npm_execpath;
if (npmCli) run(process.execPath, [npmCli, 'run', 'build']);
else run('npm', ['run', 'build'], { shell: process.platform === 'win32' });
await makeResources();
run(process.execPath, [
  require.resolve('electron-builder/cli.js'),
  '--config',
  'electron-builder.yml',
  ...process.argv.slice(2),
]);
