/** The window's automatic backups, wired to the database, the host and the error banner. */
import { useEffect } from 'react';
import { withPlanWorker } from '../worker/plan-worker';
import { serializePlanOffPage } from '../worker/serialize-off-page';
import { platform } from '../platform';
import { useUi } from '../store';
import { useSettings } from '../store/settings';
import { AutoBackup } from './auto-backup';

export const autoBackup = new AutoBackup({
  snapshot: async (planId) => {
    const serialized = await serializePlanOffPage(planId);
    return serialized && { planId, ...serialized, keep: useSettings.getState().keepBackups };
  },
  write: (request) => platform.writeBackup(request),
  // The browser build stores backups in the database, which the worker writes directly.
  backUp:
    platform.kind === 'browser'
      ? (planId) =>
          withPlanWorker((worker) => worker.backUp(planId, useSettings.getState().keepBackups))
      : undefined,
  onError: (message) => useUi.getState().showError(message),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (timer) => window.clearTimeout(timer as number),
  now: () => Date.now(),
});

/** Lets the host ask for pending backups (before quitting, or when the page is hidden). */
export function useAutoBackupFlush(): void {
  useEffect(() => platform.onFlushBackups(() => autoBackup.flush()), []);
}
