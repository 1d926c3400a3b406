import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LOG_FILE_NAME, LOGS_FOLDER_NAME, createAppLog } from '../../../electron/main/app-log';
import { createProcessCare } from '../../../electron/main/process-care';
import { FakeBrowserWindow, app, dialog, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let dir: string;

beforeEach(async () => {
  resetFakeElectron();
  dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
  shell.openPath.mockResolvedValue('');
  dir = await mkdtemp(join(tmpdir(), 'process-care-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const logText = () => readFile(join(dir, LOG_FILE_NAME), 'utf8').catch(() => '');

function watchedWindow() {
  const log = createAppLog(dir);
  const care = createProcessCare(log);
  const window = new FakeBrowserWindow({});
  // The fake stands in for Electron's BrowserWindow, which Node cannot load.
  care.watchWindow(window as unknown as Electron.BrowserWindow);
  return { care, window, log };
}

describe('a page that is gone', () => {
  test('is logged, and the user is offered a reload that reloads the page', async () => {
    const { window } = watchedWindow();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    const [, options] = dialog.showMessageBox.mock.calls[0] as [unknown, { buttons: string[] }];
    expect(options.buttons).toEqual(['Reload', 'Quit']);
    expect(await logText()).toMatch(/render-process-gone reason="crashed" exitCode=139/);
  });

  test('choosing Quit quits instead of reloading', async () => {
    dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const { window } = watchedWindow();
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(window.webContents.reloads).toBe(0);
  });

  test('a clean exit (the window closing) is logged but asks nothing', async () => {
    const { window, log } = watchedWindow();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    await log.write('marker');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(await logText()).toContain('reason="clean-exit"');
  });

  test('a window already closed when the answer comes is left alone', async () => {
    const { window } = watchedWindow();
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => {};
    dialog.showMessageBox.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    window.webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    window.destroyed = true;
    answer({ response: 0, checkboxChecked: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(window.webContents.reloads).toBe(0);
  });
});

describe('helper processes', () => {
  test('one that dies is logged with its type; a clean exit is not', async () => {
    const { log } = watchedWindow();
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 5 });
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    await log.write('marker');
    const text = await logText();
    expect(text).toMatch(/child-process-gone type="GPU" reason="crashed" exitCode=5/);
    expect(text).not.toContain('Utility');
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('Show Logs', () => {
  test('opens the log folder, creating it when nothing was logged yet', async () => {
    const folder = join(dir, LOGS_FOLDER_NAME);
    const care = createProcessCare(createAppLog(folder));
    await care.showLogs();
    expect(shell.openPath).toHaveBeenCalledWith(folder);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  test('says where the log is when no file manager can open it', async () => {
    shell.openPath.mockResolvedValue('No application is registered');
    const care = createProcessCare(createAppLog(dir));
    await care.showLogs();
    const [options] = dialog.showMessageBox.mock.calls[0] as [{ detail: string }];
    expect(options.detail).toContain(dir);
  });
});

describe('the app', () => {
  const launchedIn = async (userData: string) => {
    app.userData = userData;
    vi.resetModules();
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    return FakeBrowserWindow.instances[0] as FakeBrowserWindow;
  };

  test('logs a dead page in the user-data folder and offers the reload', async () => {
    const window = await launchedIn(dir);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(1));
    const log = await readFile(join(dir, LOGS_FOLDER_NAME, LOG_FILE_NAME), 'utf8');
    expect(log).toContain('render-process-gone reason="crashed"');
  });

  test('Help → Show Logs opens that folder', async () => {
    await launchedIn(dir);
    const { Menu } = await import('./fake-electron');
    const template = Menu.buildFromTemplate.mock.calls.at(
      -1,
    )?.[0] as Electron.MenuItemConstructorOptions[];
    const help = template.find((item) => item.label === 'Help')
      ?.submenu as Electron.MenuItemConstructorOptions[];
    const showLogs = help.find((item) => item.label === 'Show Logs');
    showLogs?.click?.(
      ...([{}, undefined, {}] as unknown as Parameters<
        NonNullable<Electron.MenuItemConstructorOptions['click']>
      >),
    );
    await vi.waitFor(() =>
      expect(shell.openPath).toHaveBeenCalledWith(join(dir, LOGS_FOLDER_NAME)),
    );
  });
});
