import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import { registerAppHandlers } from '../../../electron/main/ipc/app-handlers';
import {
  FakeBrowserWindow,
  FakeMenuItem,
  Menu,
  ipcMain,
  nativeTheme,
  resetFakeElectron,
  shell,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';

/** Calls a channel the way the preload would, from our own window's main frame. */
function invoke(channel: string, ...args: unknown[]): unknown {
  const window = FakeBrowserWindow.instances[0] ?? new FakeBrowserWindow({});
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    ...args,
  );
}

beforeEach(() => {
  resetFakeElectron();
  registerAppHandlers(createIpcGate(APP_URL));
});

describe('app handlers', () => {
  test('register every channel of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'app:get-info',
      'menu:set-edit-state',
      'shell:open-external',
      'theme:set-source',
    ]);
  });

  test('app:get-info reports name, version and platform', async () => {
    await expect(invoke('app:get-info')).resolves.toEqual({
      name: 'Lifecycle Planner',
      version: '9.8.7',
      platform: process.platform,
    });
  });

  test('shell:open-external opens a public web page', async () => {
    await expect(invoke('shell:open-external', { url: 'https://example.com/' })).resolves.toBe(
      true,
    );
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  test.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'https://user@evil.example',
    'http://[::1]',
  ])('shell:open-external refuses %s without touching the shell', async (url) => {
    await expect(invoke('shell:open-external', { url })).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('shell:open-external answers false when the system cannot open the page, and logs why', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no handler'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(invoke('shell:open-external', { url: 'https://example.com/' })).resolves.toBe(
      false,
    );
    expect(errors).toHaveBeenCalledWith(
      'Could not open a link in the system browser:',
      expect.objectContaining({ message: 'no handler' }),
    );
  });

  test('theme:set-source sets the native theme source', async () => {
    await invoke('theme:set-source', 'dark');
    expect(nativeTheme.themeSource).toBe('dark');
    await expect(invoke('theme:set-source', 'sepia')).rejects.toThrow(
      /theme:set-source: malformed request/,
    );
    expect(nativeTheme.themeSource).toBe('dark');
  });

  test('menu:set-edit-state enables and disables Undo and Redo', async () => {
    const items = { undo: new FakeMenuItem('undo', false), redo: new FakeMenuItem('redo', true) };
    Menu.applicationMenu = {
      getMenuItemById: (id) => (id === 'undo' || id === 'redo' ? items[id] : null),
    };
    await invoke('menu:set-edit-state', { canUndo: true, canRedo: false });
    expect(items.undo.enabled).toBe(true);
    expect(items.redo.enabled).toBe(false);
  });

  test('menu:set-edit-state is harmless before a menu exists', async () => {
    await expect(
      invoke('menu:set-edit-state', { canUndo: true, canRedo: true }),
    ).resolves.toBeUndefined();
  });
});
