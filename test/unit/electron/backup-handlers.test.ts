import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createBackupStore } from '../../../electron/main/files/backups';
import { registerBackupHandlers } from '../../../electron/main/ipc/backup-handlers';
import { createIpcGate } from '../../../electron/main/ipc/handle';
import { MAX_PLAN_TEXT_LENGTH } from '../../../shared/ipc/contract';
import { FakeBrowserWindow, ipcMain, resetFakeElectron } from './fake-electron';
import { planText } from './plan-texts';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';
const PLAN_ID = '7d0c4a52-3f7e-4d5e-9a51-0b2d4f6a8c11';
const PLAN_TEXT = planText(PLAN_ID, 'Q3', 2);

let userData: string;
let window: FakeBrowserWindow;
const flushed = vi.fn();

function invokeAs(sender: FakeBrowserWindow['webContents'], channel: string, ...args: unknown[]) {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener({ sender, senderFrame: sender.mainFrame }, ...args) as Promise<unknown>;
}
const invoke = (channel: string, ...args: unknown[]) =>
  invokeAs(window.webContents, channel, ...args);

beforeEach(async () => {
  resetFakeElectron();
  flushed.mockClear();
  userData = await mkdtemp(join(tmpdir(), 'backup-handlers-'));
  window = new FakeBrowserWindow({});
  registerBackupHandlers(createIpcGate(APP_URL), createBackupStore(join(userData, 'backups')), {
    flushed,
  });
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

test('registers the four backup channels', () => {
  expect([...ipcMain.handlers.keys()].sort()).toEqual([
    'backup:flushed',
    'backup:list',
    'backup:read',
    'backup:write',
  ]);
});

describe('through the gate', () => {
  test('write, list and read a backup', async () => {
    const saved = (await invoke('backup:write', {
      planId: PLAN_ID,
      planName: 'Q3',
      products: 2,
      contents: PLAN_TEXT,
    })) as { status: string; id: string };
    expect(saved.status).toBe('saved');
    await expect(invoke('backup:list')).resolves.toEqual([
      expect.objectContaining({ id: saved.id, planId: PLAN_ID, planName: 'Q3', products: 2 }),
    ]);
    await expect(invoke('backup:read', { id: saved.id })).resolves.toMatchObject({
      status: 'opened',
      text: PLAN_TEXT,
    });
  });

  test('a backup longer than a plan file may be is refused at the gate, naming the field', async () => {
    // Built by repetition, so the string is long without a quarter gigabyte being allocated.
    const contents = 'x'.repeat(MAX_PLAN_TEXT_LENGTH + 1);
    await expect(
      invoke('backup:write', { planId: PLAN_ID, planName: 'Q3', products: 2, contents }),
    ).rejects.toThrow(
      /^IPC backup:write: malformed request at contents: Invalid length: Expected <=/,
    );
    await expect(invoke('backup:list')).resolves.toEqual([]);
  });

  test('backup:flushed passes the request id it answers on to the waiter', async () => {
    await expect(invoke('backup:flushed', { requestId: 'request-1' })).resolves.toBeUndefined();
    expect(flushed).toHaveBeenCalledExactlyOnceWith('request-1');
  });

  test('backup:flushed without a request id is refused as malformed', async () => {
    await expect(invoke('backup:flushed')).rejects.toThrow(/backup:flushed: malformed request/);
    expect(flushed).not.toHaveBeenCalled();
  });

  test('a foreign sender is refused before anything is written', async () => {
    const stray = new FakeBrowserWindow({}).webContents;
    FakeBrowserWindow.instances.pop();
    await expect(
      invokeAs(stray, 'backup:write', {
        planId: PLAN_ID,
        planName: 'Q3',
        products: 0,
        contents: PLAN_TEXT,
      }),
    ).rejects.toThrow('IPC backup:write refused: the sender is not one of our windows.');
    await expect(invokeAs(stray, 'backup:flushed', { requestId: 'request-1' })).rejects.toThrow(
      /refused/,
    );
    expect(flushed).not.toHaveBeenCalled();
    await expect(invoke('backup:list')).resolves.toEqual([]);
  });

  test('a malformed payload is refused, naming where', async () => {
    await expect(
      invoke('backup:write', { planId: PLAN_ID, planName: 'Q3', products: -1, contents: 'x' }),
    ).rejects.toThrow(/^IPC backup:write: malformed request at products: /);
    await expect(
      invoke('backup:write', {
        planId: PLAN_ID,
        planName: 'Q3',
        products: 1,
        contents: 'x',
        path: '/etc/passwd',
      }),
    ).rejects.toThrow(/^IPC backup:write: malformed request at \(root\): /);
    await expect(invoke('backup:read', { id: 42 })).rejects.toThrow(
      /^IPC backup:read: malformed request at id: /,
    );
    await expect(invoke('backup:list')).resolves.toEqual([]);
  });

  test('a path as an id is answered with an error, not a file', async () => {
    await expect(invoke('backup:read', { id: '../../recent-files.json' })).resolves.toEqual({
      status: 'error',
      message: 'That backup does not exist; it may have been removed.',
    });
  });
});
