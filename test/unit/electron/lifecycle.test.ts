import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { invokeChannels } from '../../../shared/ipc/contract';
import { DOCUMENT_QUIT_CHANNEL } from '../../../shared/ipc/document-contract';
import { FakeBrowserWindow, Menu, app, ipcMain, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let userData: string;
const realPlatform = process.platform;
const realArgv = process.argv;

function pretendPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

/** Runs electron/main/index.ts from the top, as Electron does when the app starts. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/index');
}

async function launchToFirstWindow(): Promise<FakeBrowserWindow> {
  await launch();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  const [window] = FakeBrowserWindow.instances;
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(async () => {
  resetFakeElectron();
  userData = await mkdtemp(join(tmpdir(), 'lifecycle-'));
  app.userData = userData;
});
afterEach(async () => {
  pretendPlatform(realPlatform);
  process.argv = realArgv;
  await rm(userData, { recursive: true, force: true });
});

describe('main process lifecycle', () => {
  test('a second instance quits at once and opens nothing', async () => {
    app.hasLock = false;
    await launch();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  test('the first instance guards, registers IPC, builds the menu, then opens the window', async () => {
    const window = await launchToFirstWindow();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    // Exactly the contract's channels: one not in the contract has no handler to reach.
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(window.loadedFile).toMatch(/[/\\]renderer[/\\]index\.html$/);
    expect(window.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    expect(app.quit).not.toHaveBeenCalled();
  });

  test('starting a second copy brings the existing window forward', async () => {
    const window = await launchToFirstWindow();
    window.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focusCount).toBe(1);
  });

  test('closing the last window quits, except on macOS', async () => {
    await launchToFirstWindow();
    pretendPlatform('darwin');
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
    pretendPlatform('linux');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  test('activating the app reopens the window only when it is gone', async () => {
    const window = await launchToFirstWindow();
    app.emit('activate');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(FakeBrowserWindow.instances).toHaveLength(1);

    window.emit('closed');
    FakeBrowserWindow.instances = [];
    app.emit('activate');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  });

  test('a menu command reaches the focused window', async () => {
    const window = await launchToFirstWindow();
    FakeBrowserWindow.focused = window;
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      label?: string;
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const newProduct = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.label === 'New Product…');
    newProduct?.click?.();
    expect(window.webContents.sent).toEqual([['menu:command', 'new-product']]);
  });

  test('the Help menu’s link opens in the system browser through the one guarded function', async () => {
    await launchToFirstWindow();
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      submenu?: { label?: string; click?: () => void }[];
    }[];
    const learnMore = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.label?.startsWith('Learn More'));
    learnMore?.click?.();
    await vi.waitFor(() =>
      expect(shell.openExternal).toHaveBeenCalledWith(
        'https://en.wikipedia.org/wiki/Product_lifecycle',
      ),
    );
  });

  test('quitting waits until the window state is on disk', async () => {
    const window = await launchToFirstWindow();
    window.normalBounds = { x: 12, y: 34, width: 900, height: 650 };
    window.emit('close', { preventDefault: () => undefined });
    let prevented = false;
    app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const saved: unknown = JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 12, y: 34, width: 900, height: 650, maximized: false });

    let preventedAgain = false;
    app.emit('will-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});

describe('backups before quitting', () => {
  test('the first quit asks the page to write its backups and quits once it has', async () => {
    const window = await launchToFirstWindow();
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    const backupRequests = () =>
      window.webContents.sent.filter(([channel]) => channel === 'backup:flush-request');
    expect(backupRequests()).toEqual([['backup:flush-request', expect.any(String)]]);
    expect(app.quit).not.toHaveBeenCalled();
    // The page answers from our document, as the gate requires, naming the request.
    window.webContents.mainFrame.url = pathToFileURL(window.loadedFile ?? '').href;
    const flushed = ipcMain.handlers.get('backup:flushed');
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await flushed?.(event, { requestId: 'not-the-one-main-sent' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.quit).not.toHaveBeenCalled();
    await flushed?.(event, { requestId: backupRequests()[0]?.[1] });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    // Main also asked about files with unsaved changes; the page answers that there are none.
    const question = window.webContents.sent.find(([channel]) => channel === DOCUMENT_QUIT_CHANNEL);
    expect(question).toEqual([DOCUMENT_QUIT_CHANNEL, expect.any(String), 'flush']);
    const answer = ipcMain.handlers.get('document:quit-answer');
    await answer?.(event, { requestId: question?.[1], unsaved: [] });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));

    let preventedAgain = false;
    app.emit('before-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});

describe('plan files opened from outside the window', () => {
  const PLAN = '{"format":"lifecycle-plan","version":1}\n';
  const openedPlan = { status: 'opened', fileName: 'q3.lcplan', text: PLAN };

  async function writePlan(): Promise<string> {
    const path = join(userData, 'q3.lcplan');
    await writeFile(path, PLAN);
    return path;
  }

  type Item = { label?: string; submenu?: Item[]; click?: () => void };
  function lastMenuItem(label: string): Item | undefined {
    const template = Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as Item[];
    const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
    return all(template).find((item) => item.label === label);
  }

  test('a file macOS hands over before the app is ready reaches the page once it has loaded', async () => {
    const plan = await writePlan();
    let becomeReady: () => void = () => undefined;
    app.whenReady.mockImplementationOnce(
      () => new Promise<void>((resolve) => (becomeReady = resolve)),
    );
    await launch();
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, plan);
    expect(prevented).toBe(true);
    becomeReady();

    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [window] = FakeBrowserWindow.instances;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window?.webContents.sent).toEqual([]);
    window?.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window?.webContents.sent).toEqual([['file:opened', openedPlan]]));
    // Remembered, and the rebuilt menu lists it.
    await vi.waitFor(() => expect(lastMenuItem('q3.lcplan')).toBeDefined());
    const saved = JSON.parse(await readFile(join(userData, 'recent-files.json'), 'utf8')) as {
      files: { path: string }[];
    };
    expect(saved.files.map((file) => file.path)).toEqual([plan]);
  });

  test('macOS handing over a file that is not a plan opens nothing and unlocks nothing', async () => {
    const notes = join(userData, 'notes.txt');
    await writeFile(notes, 'private');
    const window = await launchToFirstWindow();
    window.webContents.emit('did-finish-load');
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, notes);
    expect(prevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.webContents.sent).toEqual([]);
    // Not remembered, so the page cannot have it read through Open Recent either.
    window.webContents.mainFrame.url = pathToFileURL(window.loadedFile ?? '').href;
    const openRecent = ipcMain.handlers.get('file:open-recent');
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(openRecent?.(event, { path: notes })).resolves.toEqual({
      status: 'error',
      message: 'That file is not in the recent files list; use Import Plan… to open it.',
    });
  });

  test('a plan named on the command line opens at start', async () => {
    const plan = await writePlan();
    process.argv = [process.execPath, plan, '--no-sandbox-please', join(userData, 'gone.lcplan')];
    const window = await launchToFirstWindow();
    window.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['file:opened', openedPlan]]));
  });

  test('a second launch with a file opens it in the running window', async () => {
    await writePlan();
    const window = await launchToFirstWindow();
    window.webContents.emit('did-finish-load');
    window.minimized = true;
    app.emit('second-instance', {}, ['/opt/planner/planner', 'q3.lcplan'], userData);
    expect(window.minimized).toBe(false);
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['file:opened', openedPlan]]));
  });

  test('File > Open Recent reads the file in main and sends it to the page', async () => {
    const plan = await writePlan();
    const entry = { path: plan, fileName: 'q3.lcplan', openedAt: '2025-01-01T00:00:00.000Z' };
    await writeFile(
      join(userData, 'recent-files.json'),
      JSON.stringify({ version: 1, files: [entry] }),
    );
    const window = await launchToFirstWindow();
    window.webContents.emit('did-finish-load');
    lastMenuItem('q3.lcplan')?.click?.();
    await vi.waitFor(() => expect(window.webContents.sent).toEqual([['file:opened', openedPlan]]));

    lastMenuItem('Clear Recent')?.click?.();
    await vi.waitFor(() => expect(lastMenuItem('No Recent Files')).toBeDefined());
  });

  test('on macOS with no window left, opening a file opens a window for it', async () => {
    const plan = await writePlan();
    const first = await launchToFirstWindow();
    first.webContents.emit('did-finish-load');
    first.webContents.destroyed = true;
    first.emit('closed');
    FakeBrowserWindow.instances = [];
    app.emit('open-file', { preventDefault: () => undefined }, plan);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [second] = FakeBrowserWindow.instances;
    second?.webContents.emit('did-finish-load');
    await vi.waitFor(() => expect(second?.webContents.sent).toEqual([['file:opened', openedPlan]]));
  });
});
