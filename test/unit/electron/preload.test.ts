import { beforeEach, describe, expect, test, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL, type PlannerApi } from '../../../shared/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

// The preload runs once, as it does in a page; each test starts with no traffic or listeners.
beforeEach(() => {
  ipcRenderer.invoked = [];
  ipcRenderer.listeners.clear();
});

/** What the preload exposed to the page. */
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
      'getAppInfo',
      'onMenuCommand',
      'openExternal',
      'setEditState',
      'setThemeSource',
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
    expect(ipcRenderer.invoked).toEqual([
      ['app:get-info', undefined],
      ['shell:open-external', { url: 'https://example.com/' }],
      ['theme:set-source', 'dark'],
      ['menu:set-edit-state', { canUndo: true, canRedo: false }],
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
