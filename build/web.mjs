// `npm run web`: build the renderer and serve it on localhost, where it runs over the browser
// bridge. PORT chooses the port (default 4173).
import { spawnSync, spawn } from 'node:child_process';

const port = process.env.PORT ?? '4173';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const config = 'build/vite.renderer.config.ts';

const built = spawnSync(npx, ['vite', 'build', '--config', config, '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

console.log(`Lifecycle Planner (web build) on http://127.0.0.1:${port}/  (set PORT to change it)`);
const server = spawn(npx, ['vite', 'preview', '--config', config, '--port', port], {
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
