import { defineConfig } from '@playwright/test';
import { ELECTRON_SKIP_REASON, findElectronBinary } from './build/electron-binary.mjs';

// Said once per run, so a skipped desktop suite never passes unnoticed.
if (!findElectronBinary().found)
  console.log(`test/e2e-electron is skipped: ${ELECTRON_SKIP_REASON}`);

const port = Number(process.env.E2E_PORT ?? 4317);
// Debian's Chromium; Playwright never downloads a browser of its own here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'e2e-electron/**/*.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --config build/vite.renderer.config.ts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
