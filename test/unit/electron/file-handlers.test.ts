import { mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  NOT_RECENT_MESSAGE,
  registerFileHandlers,
  suggestedFileName,
} from '../../../electron/main/ipc/file-handlers';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import {
  RECENT_FILES_NAME,
  createRecentFiles,
  type RecentFiles,
} from '../../../electron/main/files/recent-files';
import { MAX_EXPORT_TEXT_LENGTH, MAX_PLAN_TEXT_LENGTH } from '../../../shared/ipc/contract';
import { FakeBrowserWindow, dialog, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';
const PLAN_TEXT = '{"format":"lifecycle-plan","version":1}\n';

let dir: string;
let userData: string;
let recent: RecentFiles;
let window: FakeBrowserWindow;

/** Calls a channel the way the preload would, from our own window's main frame. */
function invoke(channel: string, ...args: unknown[]): unknown {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    ...args,
  );
}

const saved = (path: string) => ({ canceled: false, filePath: path });
const chosen = (...paths: string[]) => ({ canceled: false, filePaths: paths });

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'file-handlers-'));
  userData = await mkdtemp(join(tmpdir(), 'file-handlers-user-'));
  recent = createRecentFiles(join(userData, RECENT_FILES_NAME));
  window = new FakeBrowserWindow({});
  registerFileHandlers(createIpcGate(APP_URL), recent);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

test('registers the four file channels', () => {
  expect([...ipcMain.handlers.keys()].sort()).toEqual([
    'file:open-plan',
    'file:open-recent',
    'file:recent-list',
    'file:save',
  ]);
});

describe('file:save size caps', () => {
  // Long strings built by repetition: their length is known without a gigabyte being allocated.
  test('a plan longer than a plan file may be is refused at the gate, before any dialog', async () => {
    const contents = 'x'.repeat(MAX_PLAN_TEXT_LENGTH + 1);
    await expect(
      invoke('file:save', { kind: 'plan', suggestedName: 'Q3', contents }),
    ).rejects.toThrow(/^IPC file:save: malformed request at contents: A plan can be at most/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  test('an export longer than half as much again is refused at the gate', async () => {
    const contents = 'x'.repeat(MAX_EXPORT_TEXT_LENGTH + 1);
    await expect(
      invoke('file:save', { kind: 'html', suggestedName: 'Q3', contents }),
    ).rejects.toThrow(/^IPC file:save: malformed request at contents: Invalid length: Expected <=/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  test('a plan within the characters but over the bytes is not saved, and says why', async () => {
    // 150 Mi two-byte characters: 300 MiB as UTF-8.
    const contents = 'é'.repeat(150 * 1024 * 1024);
    await expect(
      invoke('file:save', { kind: 'plan', suggestedName: 'Q3', contents }),
    ).resolves.toEqual({
      status: 'error',
      message:
        'The plan is 300.0 MB as a file, and plan files can be at most 256.0 MB, so it could not be opened again; nothing was saved.',
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('file:save', () => {
  test.each([
    ['plan', 'lcplan', 'Lifecycle plans'],
    ['markdown', 'md', 'Markdown'],
    ['csv', 'csv', 'CSV (comma-separated values)'],
    ['html', 'html', 'Web page'],
  ])(
    'a %s export offers .%s in a dialog on the window and writes the file',
    async (kind, ext, filter) => {
      const target = join(dir, `Portfolio.${ext}`);
      dialog.showSaveDialog.mockResolvedValueOnce(saved(target));
      await expect(
        invoke('file:save', { kind, suggestedName: 'Portfolio', contents: 'Café ✓\n' }),
      ).resolves.toEqual({ status: 'saved', fileName: `Portfolio.${ext}` });
      expect(await readFile(target, 'utf8')).toBe('Café ✓\n');
      expect(dialog.showSaveDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({
          defaultPath: `Portfolio.${ext}`,
          filters: [{ name: filter, extensions: [ext] }],
        }),
      );
      expect(await readdir(dir)).toEqual([`Portfolio.${ext}`]);
    },
  );

  test('a saved plan joins the recent list; Markdown and CSV exports do not', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce(saved(join(dir, 'a.lcplan')));
    await invoke('file:save', { kind: 'plan', suggestedName: 'a', contents: PLAN_TEXT });
    dialog.showSaveDialog.mockResolvedValueOnce(saved(join(dir, 'a.md')));
    await invoke('file:save', { kind: 'markdown', suggestedName: 'a', contents: '# a' });
    expect((await recent.list()).map((file) => file.path)).toEqual([join(dir, 'a.lcplan')]);
  });

  test('the next save starts in the folder of the last one', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce(saved(join(dir, 'a.lcplan')));
    await invoke('file:save', { kind: 'plan', suggestedName: 'a', contents: PLAN_TEXT });
    await invoke('file:save', { kind: 'csv', suggestedName: 'b', contents: 'x' });
    expect(dialog.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({
      defaultPath: join(dir, 'b.csv'),
    });
  });

  test('cancelling writes nothing', async () => {
    await expect(
      invoke('file:save', { kind: 'plan', suggestedName: 'a', contents: PLAN_TEXT }),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
    expect(await recent.list()).toEqual([]);
  });

  test('a failed write comes back as a message, not a crash', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce(saved(join(dir, 'gone', 'a.lcplan')));
    await expect(
      invoke('file:save', { kind: 'plan', suggestedName: 'a', contents: PLAN_TEXT }),
    ).resolves.toEqual({
      status: 'error',
      message: `Could not save “a.lcplan”: the folder “${join(dir, 'gone')}” does not exist (ENOENT).`,
    });
    expect(await recent.list()).toEqual([]);
  });

  test('a dialog that fails comes back as a message', async () => {
    dialog.showSaveDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(
      invoke('file:save', { kind: 'csv', suggestedName: 'a', contents: 'x' }),
    ).resolves.toEqual({ status: 'error', message: 'no display' });
  });

  test.each([
    [{ kind: 'exe', suggestedName: 'a', contents: 'x' }, 'at kind'],
    [{ kind: 'plan', suggestedName: '', contents: 'x' }, 'at suggestedName'],
    [{ kind: 'plan', suggestedName: 'a', contents: 'x', path: '/etc/passwd' }, 'at (root)'],
  ])('the gate refuses a malformed request %#', async (request, where) => {
    await expect(invoke('file:save', request)).rejects.toThrow(`malformed request ${where}`);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('suggestedFileName', () => {
  test.each([
    ['Portfolio', 'lcplan', 'Portfolio.lcplan'],
    ['Portfolio.lcplan', 'lcplan', 'Portfolio.lcplan'],
    ['Road map.MD', 'md', 'Road map.MD'],
    ['../../etc/passwd', 'csv', 'etc passwd.csv'],
    ['Q3/Q4: "Growth" <draft>?', 'lcplan', 'Q3 Q4 Growth draft.lcplan'],
    ['C:\\Users\\me\\plan', 'lcplan', 'C Users me plan.lcplan'],
    ['line\nbreak\ttab', 'md', 'line break tab.md'],
    ['...', 'lcplan', 'Untitled.lcplan'],
    ['.hidden', 'csv', 'hidden.csv'],
  ])('%j → %s', (suggested, ext, expected) => {
    expect(suggestedFileName(suggested, ext)).toBe(expected);
  });
});

describe('file:open-plan', () => {
  test('offers plans, Trello exports and all files, reads the choice and remembers it', async () => {
    const plan = join(dir, 'plan.lcplan');
    await writeFile(plan, PLAN_TEXT);
    dialog.showOpenDialog.mockResolvedValueOnce(chosen(plan));
    await expect(invoke('file:open-plan', undefined)).resolves.toEqual({
      status: 'opened',
      fileName: 'plan.lcplan',
      text: PLAN_TEXT,
    });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [
        { name: 'Lifecycle plans (*.lcplan)', extensions: ['lcplan'] },
        { name: 'Trello exports (*.json)', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect((await recent.list()).map((file) => file.path)).toEqual([plan]);
  });

  test('cancelling reads nothing', async () => {
    await expect(invoke('file:open-plan', undefined)).resolves.toEqual({ status: 'cancelled' });
  });

  test('a file that cannot be used is explained and not remembered', async () => {
    const empty = join(dir, 'empty.lcplan');
    await writeFile(empty, '');
    dialog.showOpenDialog.mockResolvedValueOnce(chosen(empty));
    await expect(invoke('file:open-plan', undefined)).resolves.toEqual({
      status: 'error',
      message: 'Could not open “empty.lcplan”. The file is empty.',
    });
    expect(await recent.list()).toEqual([]);
  });
});

describe('file:open-recent and file:recent-list', () => {
  test('a path main never listed is refused, even if it exists', async () => {
    const secret = join(dir, 'secret.json');
    await writeFile(secret, '{"token":"do not read"}');
    await expect(invoke('file:open-recent', { path: secret })).resolves.toEqual({
      status: 'error',
      message: NOT_RECENT_MESSAGE,
    });
    await expect(invoke('file:open-recent', { path: '/etc/passwd' })).resolves.toEqual({
      status: 'error',
      message: NOT_RECENT_MESSAGE,
    });
  });

  test('a listed path is read and moves to the top', async () => {
    const [a, b] = [join(dir, 'a.lcplan'), join(dir, 'b.lcplan')];
    await writeFile(a, PLAN_TEXT);
    await recent.add(a);
    await recent.add(b);
    await expect(invoke('file:open-recent', { path: a })).resolves.toMatchObject({
      status: 'opened',
      fileName: 'a.lcplan',
    });
    const list = (await invoke('file:recent-list', undefined)) as { path: string }[];
    expect(list.map((file) => file.path)).toEqual([a, b]);
  });

  test('a listed file that has gone is explained and dropped from the list', async () => {
    const a = join(dir, 'a.lcplan');
    await writeFile(a, PLAN_TEXT);
    await recent.add(a);
    await unlink(a);
    await expect(invoke('file:open-recent', { path: a })).resolves.toEqual({
      status: 'error',
      message: '“a.lcplan” no longer exists; it may have been moved or deleted.',
    });
    await expect(invoke('file:recent-list', undefined)).resolves.toEqual([]);
  });
});
