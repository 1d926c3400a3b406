/**
 * Plan files as documents in the desktop app itself: Open binds a plan to a file on disk,
 * edits reach the file, and a change another copy of the app writes is taken in. The system's
 * dialogs cannot be answered by a test, so main's dialog is told which file the user picks.
 * Needs Electron's binary; where its download could not run the file is skipped, with the
 * reason, like the rest of this suite.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON, findElectronBinary } from '../../build/electron-binary.mjs';
import { planText } from '../unit/electron/plan-texts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const mainBundle = join(root, 'dist', 'electron', 'main', 'index.cjs');
const electronBinary = findElectronBinary();

// Skipped, with this reason, where Electron's binary is not installed: there is no app to launch.
test.skip(!electronBinary.found, ELECTRON_SKIP_REASON);

let app: ElectronApplication;
let userData: string;
let folder: string;

test.beforeEach(async () => {
  if (!electronBinary.found) return;
  expect(existsSync(mainBundle), 'run `npm run build` before the Electron tests').toBe(true);
  userData = await mkdtemp(join(tmpdir(), 'planner-e2e-'));
  folder = await mkdtemp(join(tmpdir(), 'planner-e2e-shared-'));
  app = await _electron.launch({
    executablePath: electronBinary.path,
    args: [mainBundle, `--user-data-dir=${userData}`],
    cwd: root,
  });
});

test.afterEach(async () => {
  await app?.close();
  if (userData) await rm(userData, { recursive: true, force: true });
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('Open binds a plan to its file; changes on disk are taken in, and the title names it', async () => {
  const path = join(folder, 'shared.lcplan');
  await writeFile(path, planText('plan-shared', 'Shared plan', 2));
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await app.evaluate(({ dialog }, picked) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [picked] });
  }, path);
  await page.locator('body').press('Control+o');
  await expect(page.locator('.toast')).toContainText('Opened “shared.lcplan”.');
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
    .toBe('shared.lcplan — Lifecycle Planner');

  // Another copy of the app saves a third product to the file.
  await writeFile(path, planText('plan-shared', 'Shared plan', 3));
  await expect(page.getByRole('button', { name: /^Product 2/ })).toBeVisible();
  expect(await readFile(path, 'utf8')).toContain('product-2');
});
