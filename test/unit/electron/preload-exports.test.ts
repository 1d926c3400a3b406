import { beforeEach, expect, test, vi } from 'vitest';
import type { PlannerApi } from '../../../shared/ipc/contract';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

beforeEach(() => {
  ipcRenderer.invoked = [];
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  vi.resetModules();
});

async function loadPlanner(): Promise<PlannerApi> {
  await import('../../../electron/preload/index');
  return contextBridge.exposed.get('planner') as PlannerApi;
}

test('the export methods invoke their channels with only the contract fields', async () => {
  const planner = await loadPlanner();
  // Extra properties a page attaches (a path, a scale) never cross the bridge.
  const view = { planName: 'Q3', viewName: 'Board', path: '/etc/passwd' };
  await expect(planner.exportPdf(view)).resolves.toBe('answer to file:export-pdf');
  const area = { x: 0, y: 56, width: 800, height: 600, scale: 9 };
  await planner.exportPng({ ...view, area });
  await planner.exportPng({ ...view, area: null });
  await expect(planner.print()).resolves.toBe('answer to app:print');
  expect(ipcRenderer.invoked).toEqual([
    ['file:export-pdf', { planName: 'Q3', viewName: 'Board' }],
    [
      'file:export-png',
      { planName: 'Q3', viewName: 'Board', area: { x: 0, y: 56, width: 800, height: 600 } },
    ],
    ['file:export-png', { planName: 'Q3', viewName: 'Board', area: null }],
    ['app:print', undefined],
  ]);
});

test('settings methods send nothing a page could smuggle in, and the backup count only if set', async () => {
  const planner = await loadPlanner();
  await planner.writeClipboard({ text: 'a', html: '<p>a</p>', path: '/x' } as never);
  await planner.getBackupFolder();
  await planner.chooseBackupFolder();
  await planner.resetBackupFolder();
  const backup = { planId: 'p', planName: 'Q3', products: 1, contents: '{}' };
  await planner.writeBackup(backup);
  await planner.writeBackup({ ...backup, keep: 5 });
  expect(ipcRenderer.invoked).toEqual([
    ['clipboard:write', { text: 'a', html: '<p>a</p>' }],
    ['backup:get-folder', undefined],
    ['backup:choose-folder', undefined],
    ['backup:reset-folder', undefined],
    ['backup:write', backup],
    ['backup:write', { ...backup, keep: 5 }],
  ]);
});
