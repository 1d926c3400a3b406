import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeBrowserWindow, Menu, app, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let userData: string;
const realPlatform = process.platform;

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
    expect([...ipcMain.handlers.keys()]).toHaveLength(4);
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

  test('quitting waits until the window state is on disk', async () => {
    const window = await launchToFirstWindow();
    window.normalBounds = { x: 12, y: 34, width: 900, height: 650 };
    window.emit('close');
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
