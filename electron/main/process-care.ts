/**
 * What main does when a process of the app dies: the window's page (render-process-gone) or
 * a helper such as the GPU process (child-process-gone). Each is written to the local log;
 * a page that is gone leaves a blank window, so the user is told and offered a reload (plans
 * live in IndexedDB and are saved at every change, so a reload loses nothing but the view).
 */
import { mkdir } from 'node:fs/promises';
import { app, dialog, shell } from 'electron';
import type { BrowserWindow, Details, RenderProcessGoneDetails } from 'electron';
import type { AppLog } from './app-log';

const REASONS: Record<string, string> = {
  'abnormal-exit': 'it ended unexpectedly',
  killed: 'it was stopped by the system or another program',
  crashed: 'it crashed',
  oom: 'it ran out of memory',
  'launch-failed': 'it could not start',
  'integrity-failure': 'its code failed an integrity check',
  'memory-eviction': 'the system reclaimed its memory',
};

export function describeGoneReason(reason: string): string {
  return REASONS[reason] ?? `it stopped (${reason})`;
}

export const RELOAD_BUTTON = 0;

export interface ProcessCare {
  /** Watches one window's page; call once per window. */
  watchWindow(window: BrowserWindow): void;
  /** Help → Show Logs: opens the log's folder in the system's file manager. */
  showLogs(): Promise<void>;
}

export function createProcessCare(log: AppLog): ProcessCare {
  // Helpers (GPU, network, utility) are restarted by Chromium itself; the log keeps a trace.
  app.on('child-process-gone', (_event, details: Details) => {
    if (details.reason === 'clean-exit') return;
    void log.write('child-process-gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      name: details.name,
      serviceName: details.serviceName,
    });
  });

  async function offerReload(window: BrowserWindow, reason: string): Promise<void> {
    const { response } = await dialog.showMessageBox(window, {
      type: 'error',
      title: 'Lifecycle Planner',
      message: 'The window stopped working',
      detail:
        `The page that draws your plans stopped because ${describeGoneReason(reason)}. ` +
        'Your plans are kept as they were at the last change you made. Reload to go on working; ' +
        'Help → Show Logs has the details.',
      buttons: ['Reload', 'Quit'],
      defaultId: RELOAD_BUTTON,
      cancelId: 1,
      noLink: true,
    });
    if (window.isDestroyed()) return;
    if (response === RELOAD_BUTTON) window.webContents.reload();
    else app.quit();
  }

  return {
    watchWindow(window) {
      const contents = window.webContents;
      contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
        void log.write('render-process-gone', {
          reason: details.reason,
          exitCode: details.exitCode,
        });
        // A clean exit is the page closing with its window, not a failure to report.
        if (details.reason === 'clean-exit' || window.isDestroyed()) return;
        offerReload(window, details.reason).catch((error: unknown) => {
          void log.write('reload-offer-failed', { message: String(error) });
        });
      });
      contents.on('unresponsive', () => void log.write('window-unresponsive'));
      contents.on('responsive', () => void log.write('window-responsive'));
    },
    async showLogs() {
      let problem: string;
      try {
        await mkdir(log.folder, { recursive: true });
        problem = await shell.openPath(log.folder);
      } catch (error) {
        problem = String(error);
      }
      if (!problem) return;
      // No file manager to open it in: at least say where the log is.
      await dialog.showMessageBox({
        type: 'info',
        title: 'Lifecycle Planner',
        message: 'The log is kept in this folder',
        detail: `${log.folder}\n\n(${problem})`,
        buttons: ['OK'],
      });
    },
  };
}
