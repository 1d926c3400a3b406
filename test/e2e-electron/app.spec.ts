/**
 * The desktop app itself, driven through Playwright's Electron support. It needs Electron's
 * binary; where its download could not run the whole file is reported as skipped, with the
 * reason, rather than failing or silently passing.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON, findElectronBinary } from '../../build/electron-binary.mjs';
import { STAGES, STAGE_LABELS } from '../../shared/domain/lifecycle';
import { planText } from '../unit/electron/plan-texts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainBundle = join(root, 'dist', 'electron', 'main', 'index.cjs');
const electronBinary = findElectronBinary();

// Skipped, with this reason, where Electron's binary is not installed (its download could not
// run, as on machines without network access): there is no app to launch.
test.skip(!electronBinary.found, ELECTRON_SKIP_REASON);

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  if (!electronBinary.found) return;
  expect(existsSync(mainBundle), 'run `npm run build` before the Electron tests').toBe(true);
  // Each test gets its own profile: no shared IndexedDB, window state or single-instance lock.
  userData = await mkdtemp(join(tmpdir(), 'planner-e2e-'));
  app = await _electron.launch({
    executablePath: electronBinary.path,
    args: [mainBundle, `--user-data-dir=${userData}`],
    cwd: root,
  });
});

test.afterEach(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
});

test('opens a window showing the six lifecycle stages', async () => {
  const window = await app.firstWindow();
  for (const stage of STAGES) {
    await expect(
      window.getByRole('region', { name: new RegExp(`^${STAGE_LABELS[stage]}`) }),
    ).toBeVisible();
  }
});

test('the page has the bridge and no Node', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const globals = await page.evaluate(() => ({
    planner: typeof (globalThis as { planner?: unknown }).planner,
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
  }));
  expect(globals).toEqual({ planner: 'object', require: 'undefined', process: 'undefined' });
});

test('the window runs with locked-down web preferences', async () => {
  await app.firstWindow();
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    // getLastWebPreferences exists at run time but is missing from Electron's type definitions.
    const read =
      contents && 'getLastWebPreferences' in contents ? contents.getLastWebPreferences : null;
    const result: unknown = typeof read === 'function' ? read.call(contents) : null;
    return result;
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
  });
});

test('the page cannot navigate away or open windows', async () => {
  const page = await app.firstWindow();
  const before = page.url();
  // Targets beside our document, not web pages, so a passing guard launches no browser.
  await page.evaluate(() => {
    window.location.href = './index.html?elsewhere=1';
  });
  // Nothing to wait for when the guard works: give a navigation time to have happened.
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => window.open('./index.html?popup=1') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('a backup the page writes is checked in the worker thread before it is kept', async () => {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const good = planText('plan-e2e', 'Portfolio', 2);
  const results = await page.evaluate(async (contents) => {
    type Result = { status: string; message?: string };
    const planner = (
      globalThis as unknown as {
        planner: { writeBackup(request: unknown): Promise<Result> };
      }
    ).planner;
    const request = { planId: 'plan-e2e', planName: 'Portfolio', products: 2 };
    return [
      await planner.writeBackup({ ...request, contents }),
      await planner.writeBackup({ ...request, contents: '{"not":"a plan"}' }),
    ];
  }, good);
  expect(results[0]).toMatchObject({ status: 'saved' });
  expect(results[1]).toMatchObject({
    status: 'error',
    message: expect.stringContaining('it is not a plan file the app could read back') as unknown,
  });
});
