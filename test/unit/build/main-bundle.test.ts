/**
 * The main process as built, not as written: build/build-electron.mjs bundles it into a folder
 * of this test's own, and the bundle is run in Node with only `electron` replaced by the fake
 * (the binary cannot run here) and a real temporary user-data folder. It must start, open one
 * window with locked-down preferences, keep a backup through its worker thread, and quit
 * cleanly: backups flushed, window state on disk, nothing logged as an error.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { buildElectron } from '../../../build/build-electron.mjs';
import { invokeChannels } from '../../../shared/ipc/contract';
import {
  FakeBrowserWindow,
  Menu,
  app,
  electronModule,
  ipcMain,
  resetFakeElectron,
} from '../electron/fake-electron';
import { planText } from '../electron/plan-texts';

let out: string;
let userData: string;
const realArgv = process.argv;

/** Runs a CommonJS bundle as Node would, except that `electron` is the fake. */
function runBundle(file: string, source: string): void {
  const realRequire = createRequire(file);
  const requireWithFakeElectron = Object.assign(
    (id: string): unknown => (id === 'electron' ? electronModule : realRequire(id)),
    realRequire,
  );
  const module = { exports: {} };
  const wrapper = compileFunction(
    source,
    ['exports', 'require', 'module', '__filename', '__dirname'],
    { filename: file },
  );
  wrapper(module.exports, requireWithFakeElectron, module, file, join(file, '..'));
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'main-bundle-'));
  userData = await mkdtemp(join(tmpdir(), 'main-bundle-user-'));
  await buildElectron(out);
}, 60_000);
afterAll(async () => {
  process.argv = realArgv;
  await rm(out, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

test('the built main bundle starts, opens a locked-down window, keeps a backup and quits cleanly', async () => {
  resetFakeElectron();
  app.userData = userData;
  process.argv = [process.execPath];
  const errors = vi.spyOn(console, 'error');
  const bundle = join(out, 'electron', 'main', 'index.cjs');
  runBundle(bundle, await readFile(bundle, 'utf8'));

  // Started: sandbox for every renderer, guards, the contract's channels, a menu, one window.
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window');
  expect(app.enableSandbox).toHaveBeenCalledOnce();
  expect(app.listenerCount('web-contents-created')).toBe(1);
  expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
  expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();

  // The window: the preload and renderer beside the bundle, preferences locked down.
  const preload = join(out, 'electron', 'preload', 'index.cjs');
  expect(existsSync(preload)).toBe(true);
  expect(window.options.webPreferences).toEqual({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  });
  expect(window.loadedFile).toBe(join(out, 'renderer', 'index.html'));

  // The page writes a backup; the bundled worker checks it before it is kept.
  window.webContents.mainFrame.url = pathToFileURL(window.loadedFile ?? '').href;
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  const writeBackup = ipcMain.handlers.get('backup:write');
  const contents = planText('plan-1', 'Portfolio', 2);
  await expect(
    writeBackup?.(event, { planId: 'plan-1', planName: 'Portfolio', products: 2, contents }),
  ).resolves.toMatchObject({ status: 'saved' });
  const [backup] = (await readdir(join(userData, 'backups', 'plan-1'))).filter((name) =>
    name.endsWith('.lcplan'),
  );
  expect(await readFile(join(userData, 'backups', 'plan-1', backup ?? ''), 'utf8')).toBe(contents);

  // Quitting: closing the window first asks the page for its backups...
  window.normalBounds = { x: 10, y: 20, width: 1100, height: 700 };
  window.close();
  expect(window.destroyed).toBe(false);
  const asked = (name: string) => window.webContents.sent.find(([channel]) => channel === name);
  const [, requestId] = asked('backup:flush-request') ?? [];
  expect(requestId).toEqual(expect.any(String));
  await ipcMain.handlers.get('backup:flushed')?.(event, { requestId });
  // ...and about files with unsaved changes, of which it has none...
  const [, question, action] = asked('document:quit-request') ?? [];
  expect(action).toBe('flush');
  await ipcMain.handlers.get('document:quit-answer')?.(event, { requestId: question, unsaved: [] });
  // ...then closes for real; the last window closing quits (on Linux and Windows)...
  await vi.waitFor(() => expect(window.destroyed).toBe(true));
  app.emit('window-all-closed');
  expect(app.quit).toHaveBeenCalledOnce();
  // ...and the quit waits until the window state is on disk, then goes through.
  let held = false;
  app.emit('will-quit', { preventDefault: () => (held = true) });
  expect(held).toBe(true);
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
  expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toEqual({
    x: 10,
    y: 20,
    width: 1100,
    height: 700,
    maximized: false,
  });
  let heldAgain = false;
  app.emit('will-quit', { preventDefault: () => (heldAgain = true) });
  expect(heldAgain).toBe(false);
  expect(errors).not.toHaveBeenCalled();
  expect(app.exit).not.toHaveBeenCalled();
});
