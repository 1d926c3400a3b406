/**
 * The backup folder the user chooses in Settings, and rich text to the clipboard, through the
 * IPC gate: main shows the folder dialog, refuses a folder it cannot write to, remembers the
 * choice across restarts, and backups go to the folder in force.
 */
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createBackupFolderStore } from '../../../electron/main/files/backup-folder';
import { createBackupStore } from '../../../electron/main/files/backups';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import { registerSettingsHandlers } from '../../../electron/main/ipc/settings-handlers';
import { FakeBrowserWindow, clipboard, dialog, ipcMain, resetFakeElectron } from './fake-electron';
import { planText } from './plan-texts';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';
let userData: string;
let window: FakeBrowserWindow;

const settingPath = () => join(userData, 'backup-folder.json');
const defaultFolder = () => join(userData, 'backups');

function invoke(channel: string, ...args: unknown[]) {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    ...args,
  );
}

function register() {
  ipcMain.handlers.clear();
  const folders = createBackupFolderStore(settingPath(), defaultFolder());
  registerSettingsHandlers(createIpcGate(APP_URL), folders);
  return folders;
}

beforeEach(async () => {
  resetFakeElectron();
  userData = await mkdtemp(join(tmpdir(), 'settings-handlers-'));
  window = new FakeBrowserWindow({});
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

test('backups go to the app’s own folder until the user chooses another', async () => {
  register();
  await expect(invoke('backup:get-folder')).resolves.toEqual({
    path: defaultFolder(),
    isDefault: true,
  });
});

test('a chosen folder is remembered after a restart, and backups are written there', async () => {
  const folders = register();
  const synced = join(userData, 'Dropbox', 'Plans backups');
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [synced] });
  await expect(invoke('backup:choose-folder')).resolves.toEqual({
    status: 'chosen',
    folder: { path: synced, isDefault: false },
  });
  const store = createBackupStore(folders.current);
  const saved = await store.write({
    planId: 'plan-1',
    planName: 'Q3',
    products: 1,
    // Main keeps only a backup that parses as the plan it names.
    contents: planText('plan-1', 'Q3', 1),
  });
  expect(saved.status).toBe('saved');
  expect(await readdir(join(synced, 'plan-1'))).toHaveLength(2);

  register();
  await expect(invoke('backup:get-folder')).resolves.toEqual({ path: synced, isDefault: false });
  await expect(invoke('backup:reset-folder')).resolves.toEqual({
    path: defaultFolder(),
    isDefault: true,
  });
  register();
  await expect(invoke('backup:get-folder')).resolves.toMatchObject({ isDefault: true });
});

test('cancelling the dialog changes nothing', async () => {
  register();
  await expect(invoke('backup:choose-folder')).resolves.toEqual({ status: 'cancelled' });
  await expect(invoke('backup:get-folder')).resolves.toMatchObject({ isDefault: true });
});

// A folder made read-only with chmod: Windows has no such mode, and root writes to any folder,
// so there the test cannot make one (the next test refuses a file in the way for everyone).
test.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
  'a folder that takes no write is refused with the reason, and the old one stays (skipped on Windows and as root, who may write anywhere)',
  async () => {
    register();
    const locked = join(userData, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [locked] });
    const result = (await invoke('backup:choose-folder')) as { status: string; message: string };
    expect(result.status).toBe('error');
    expect(result.message).toMatch(/^Cannot write backups to “.*locked”/);
    await expect(invoke('backup:get-folder')).resolves.toMatchObject({ isDefault: true });
    await chmod(locked, 0o700);
  },
);

test('a file in the way of the folder is refused the same way', async () => {
  register();
  const { writeFile } = await import('node:fs/promises');
  const blocker = join(userData, 'not-a-folder');
  await writeFile(blocker, 'x');
  dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [blocker] });
  const result = (await invoke('backup:choose-folder')) as { status: string };
  expect(result.status).toBe('error');
  await expect(invoke('backup:get-folder')).resolves.toMatchObject({ isDefault: true });
});

test('a damaged setting means the default folder, never a failed start', async () => {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(settingPath(), '{"version":1,"folder":"relative/path"}');
  register();
  await expect(invoke('backup:get-folder')).resolves.toMatchObject({ isDefault: true });
});

test('rich text goes to the clipboard as plain text and HTML in one item', async () => {
  register();
  await expect(
    invoke('clipboard:write', { text: '# Update', html: '<h1>Update</h1>' }),
  ).resolves.toBe(true);
  expect(clipboard.written).toEqual([
    expect.objectContaining({
      items: { 'text/plain': '# Update', 'text/html': '<h1>Update</h1>' },
    }),
  ]);
  // The gate refuses anything the contract does not describe.
  await expect(invoke('clipboard:write', { text: 'x' })).rejects.toThrow();
});
