import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  BACKUP_FLUSH_CHANNEL,
  FILE_OPENED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type OpenedFile,
  type PlannerApi,
} from '../../../shared/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// Each test is a fresh page: no traffic, no listeners, and the preload run anew.
beforeEach(() => {
  ipcRenderer.invoked = [];
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  vi.resetModules();
});

/** Runs the preload as a page load does and returns what it exposed to the page. */
async function loadPreload() {
  await import('../../../electron/preload/index');
  expect([...contextBridge.exposed.keys()]).toEqual(['planner']);
  const planner = contextBridge.exposed.get('planner') as PlannerApi;
  return { planner, ipcRenderer };
}

describe('preload bridge', () => {
  test('exposes exactly one named method per capability and nothing of ipcRenderer', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    expect(Object.keys(planner).sort()).toEqual([
      'chooseBackupFolder',
      'chooseDocumentLocation',
      'exportPdf',
      'exportPng',
      'getAppInfo',
      'getBackupFolder',
      'listBackups',
      'listRecentFiles',
      'onDocumentChanged',
      'onDocumentsQuit',
      'onFileOpened',
      'onFlushBackups',
      'onMenuCommand',
      'openDocument',
      'openDroppedDocument',
      'openExternal',
      'openPlanFile',
      'openRecentFile',
      'print',
      'readBackup',
      'readDocument',
      'resetBackupFolder',
      'sameDocument',
      'saveFile',
      'setEditState',
      'setThemeSource',
      'showDocument',
      'watchDocument',
      'writeBackup',
      'writeClipboard',
      'writeDocument',
    ]);
    expect(Object.values(planner)).not.toContain(ipcRenderer);
    expect(Object.values(planner).every((value) => typeof value === 'function')).toBe(true);
  });

  test('each method invokes its own channel with the contract payload', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    await expect(planner.getAppInfo()).resolves.toBe('answer to app:get-info');
    await planner.openExternal('https://example.com/');
    await planner.setThemeSource('dark');
    // Extra properties a caller smuggles in are not forwarded.
    const stateWithExtra = { canUndo: true, canRedo: false, extra: 1 };
    await planner.setEditState(stateWithExtra);
    const saveWithExtra = {
      kind: 'plan' as const,
      suggestedName: 'Q3',
      contents: '{}',
      path: '/x',
    };
    await expect(planner.saveFile(saveWithExtra)).resolves.toBe('answer to file:save');
    await planner.openPlanFile();
    await planner.openRecentFile('/home/ana/q3.lcplan');
    await planner.listRecentFiles();
    expect(ipcRenderer.invoked).toEqual([
      ['app:get-info', undefined],
      ['shell:open-external', { url: 'https://example.com/' }],
      ['theme:set-source', 'dark'],
      ['menu:set-edit-state', { canUndo: true, canRedo: false }],
      ['file:save', { kind: 'plan', suggestedName: 'Q3', contents: '{}' }],
      ['file:open-plan', undefined],
      ['file:open-recent', { path: '/home/ana/q3.lcplan' }],
      ['file:recent-list', undefined],
    ]);
  });

  test('onMenuCommand passes known commands only, without the IPC event', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const received: unknown[][] = [];
    planner.onMenuCommand((...args) => received.push(args));
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'new-product');
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'rm -rf');
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, { command: 'undo' });
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'undo');
    expect(received).toEqual([['new-product'], ['undo']]);
  });

  test('the function onMenuCommand returns unsubscribes that listener only', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = planner.onMenuCommand(first);
    planner.onMenuCommand(second);
    stopFirst();
    ipcRenderer.deliver(MENU_COMMAND_CHANNEL, 'redo');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('redo');
  });
});

describe('onFileOpened', () => {
  const opened: OpenedFile = { status: 'opened', fileName: 'q3.lcplan', text: '{}' };

  test('passes well-formed files only, with their known fields, without the IPC event', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const received: unknown[][] = [];
    planner.onFileOpened((...args) => received.push(args));
    const payloads: unknown[] = [
      opened,
      { status: 'error', message: 'gone' },
      { status: 'cancelled' },
      { ...opened, extra: 'dropped' },
      { status: 'opened', fileName: 'q3.lcplan' },
      { status: 'opened', fileName: 'q3.lcplan', text: 42 },
      { status: 'error', message: { toString: () => 'x' } },
      { status: 'deleted' },
      'opened',
      null,
      undefined,
      ['opened'],
    ];
    for (const payload of payloads) ipcRenderer.deliver(FILE_OPENED_CHANNEL, payload);
    expect(received).toEqual([
      [opened],
      [{ status: 'error', message: 'gone' }],
      [{ status: 'cancelled' }],
      [opened],
    ]);
  });

  test('files that arrive before the page subscribes are held for the first subscriber', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    ipcRenderer.deliver(FILE_OPENED_CHANNEL, opened);
    ipcRenderer.deliver(FILE_OPENED_CHANNEL, { status: 'error', message: 'gone' });
    const listener = vi.fn();
    planner.onFileOpened(listener);
    // Not during the call: the page gets its unsubscribe function first.
    expect(listener).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    expect(listener.mock.calls).toEqual([[opened], [{ status: 'error', message: 'gone' }]]);

    const late = vi.fn();
    planner.onFileOpened(late);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(late).not.toHaveBeenCalled();
  });

  test('a subscriber that leaves at once (React strict mode) does not take the held files', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    ipcRenderer.deliver(FILE_OPENED_CHANNEL, opened);
    const first = vi.fn();
    planner.onFileOpened(first)();
    const second = vi.fn();
    planner.onFileOpened(second);
    await vi.waitFor(() => expect(second).toHaveBeenCalledWith(opened));
    expect(first).not.toHaveBeenCalled();
  });

  test('unsubscribing stops that listener only', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = planner.onFileOpened(first);
    planner.onFileOpened(second);
    stopFirst();
    ipcRenderer.deliver(FILE_OPENED_CHANNEL, opened);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(opened);
  });
});

describe('backups', () => {
  test('each backup method invokes its own channel with only the contract fields', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const withExtra = { planId: 'p1', planName: 'Q3', products: 2, contents: '{}', path: '/x' };
    await expect(planner.writeBackup(withExtra)).resolves.toBe('answer to backup:write');
    await expect(planner.listBackups()).resolves.toBe('answer to backup:list');
    await expect(planner.readBackup('p1/x.lcplan')).resolves.toBe('answer to backup:read');
    expect(ipcRenderer.invoked).toEqual([
      ['backup:write', { planId: 'p1', planName: 'Q3', products: 2, contents: '{}' }],
      ['backup:list', undefined],
      ['backup:read', { id: 'p1/x.lcplan' }],
    ]);
  });

  test('a flush request runs the listener, then tells main it is done', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    let finish: () => void = () => undefined;
    const listener = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    planner.onFlushBackups(listener);
    ipcRenderer.deliver(BACKUP_FLUSH_CHANNEL, 'request-7');
    expect(listener).toHaveBeenCalledOnce();
    // The listener receives nothing from IPC, not even the event.
    expect(listener.mock.calls[0]).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ipcRenderer.invoked).toEqual([]);
    finish();
    // The answer names the request it answers.
    await vi.waitFor(() =>
      expect(ipcRenderer.invoked).toEqual([['backup:flushed', { requestId: 'request-7' }]]),
    );
  });

  test('a flush request without a request id is not answered', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const listener = vi.fn(() => Promise.resolve());
    planner.onFlushBackups(listener);
    ipcRenderer.deliver(BACKUP_FLUSH_CHANNEL);
    ipcRenderer.deliver(BACKUP_FLUSH_CHANNEL, { requestId: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(listener).not.toHaveBeenCalled();
    expect(ipcRenderer.invoked).toEqual([]);
  });

  test('a failing listener still lets main quit', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    planner.onFlushBackups(() => Promise.reject(new Error('disk full')));
    ipcRenderer.deliver(BACKUP_FLUSH_CHANNEL, 'request-8');
    await vi.waitFor(() =>
      expect(ipcRenderer.invoked).toEqual([['backup:flushed', { requestId: 'request-8' }]]),
    );
  });

  test('unsubscribing stops the listener', async () => {
    const { planner, ipcRenderer } = await loadPreload();
    const listener = vi.fn(() => Promise.resolve());
    planner.onFlushBackups(listener)();
    ipcRenderer.deliver(BACKUP_FLUSH_CHANNEL, 'request-9');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(listener).not.toHaveBeenCalled();
    expect(ipcRenderer.invoked).toEqual([]);
  });
});
