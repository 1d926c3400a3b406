/**
 * "Restore from backup": every kept state of every plan, newest first: the automatic
 * snapshots (files written by main in the desktop app, the database in the browser) and the
 * states kept before an import replaced a plan. Each restores as a new plan or in place.
 */
import '../ui/file-dialogs.css';
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { noteChange } from '../commands/plan-changes';
import { db, usePlans } from '../db';
import { useBackups } from '../db/backups';
import { platform } from '../platform';
import { withPlanWorker } from '../worker/plan-worker';
import type { ImportResult, RestoreSource } from '../worker/plan-worker-core';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import { formatInstant } from '../../../shared/domain/region';

interface Listed {
  key: string;
  planId: string;
  planName: string;
  createdAt: string;
  products: number;
  reason: string;
  /** What to restore: read only when asked, as a file backup is read from disk. */
  source: () => Promise<RestoreSource>;
}

function fromFile(info: BackupInfo): Listed {
  return {
    key: `file:${info.id}`,
    planId: info.planId,
    planName: info.planName,
    createdAt: info.createdAt,
    products: info.products,
    reason: 'Automatic backup',
    source: async () => {
      const picked = await platform.readFileBackup(info.id);
      if (picked.status !== 'picked') {
        throw new Error(picked.status === 'error' ? picked.message : 'The backup was not read.');
      }
      const source = picked.source;
      if (!('text' in source)) throw new Error('The backup was not read as text.');
      return { kind: 'text', text: source.text, createdAt: info.createdAt };
    },
  };
}

/** Restores off the page, as an import: a large plan takes seconds to unzip, check and write. */
async function restoreOffThePage(entry: Listed, mode: 'new' | 'in-place'): Promise<ImportResult> {
  const source = await entry.source();
  return withPlanWorker((worker) => worker.restore(source, mode));
}

/**
 * Restores one entry. The dialog closes only once the restore is saved; if it fails, the
 * dialog stays open and says why (see Modal). True when it was restored.
 */
async function restore(entry: Listed, mode: 'new' | 'in-place'): Promise<boolean> {
  const ui = useUi.getState();
  try {
    const outcome = await restoreOffThePage(entry, mode);
    // Switch first: opening another plan starts a fresh undo history, which this step joins.
    ui.openPlan(outcome.planId);
    ui.recordAction({
      label: `Restore ${entry.planName}`,
      changes: [],
      importKey: outcome.undoKey,
    });
    noteChange(outcome.planId);
    ui.closeDialog();
    ui.showToast(`Restored “${outcome.planName}”.`, true);
    return true;
  } catch (error) {
    ui.showError(`Could not restore: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function useFileBackups(): BackupInfo[] | undefined {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    platform.listFileBackups().then(
      (list) => !cancelled && setBackups(list),
      () => !cancelled && setBackups([]),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return backups;
}

export function BackupsDialog() {
  const closeDialog = useUi((s) => s.closeDialog);
  const local = useBackups(db);
  const files = useFileBackups();
  const plans = usePlans();
  const livePlans = new Set((plans ?? []).map((p) => p.id));
  const loaded = local !== undefined && files !== undefined;
  // One restore at a time: a second click while the first is saved would restore twice.
  const [restoring, setRestoring] = useState(false);
  const start = (entry: Listed, mode: 'new' | 'in-place') => {
    if (restoring) return;
    setRestoring(true);
    void restore(entry, mode).then((done) => !done && setRestoring(false));
  };
  const entries: Listed[] = [
    ...(files ?? []).map(fromFile),
    ...(local ?? []).map((b) => ({
      key: `db:${b.id}`,
      planId: b.planId,
      planName: b.planName,
      createdAt: b.createdAt,
      products: b.products,
      reason: b.reason,
      source: () => Promise.resolve<RestoreSource>({ kind: 'stored', backupId: b.id }),
    })),
  ].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return (
    <Modal title="Restore from backup" onClose={closeDialog} wide>
      {loaded && entries.length === 0 && (
        <p className="modal-note">
          No backups yet. Plans are backed up automatically while you edit, and before an import
          replaces one.
        </p>
      )}
      {entries.length > 0 && (
        <ul className="backup-list">
          {entries.map((entry) => (
            <li key={entry.key} className="backup-item">
              <div className="backup-text">
                <strong className="backup-name">{entry.planName}</strong>
                <span className="backup-meta">
                  <time dateTime={entry.createdAt}>{formatInstant(entry.createdAt)}</time>
                  {' · '}
                  {entry.products} {entry.products === 1 ? 'product' : 'products'} · {entry.reason}
                </span>
              </div>
              <button
                type="button"
                className="button"
                disabled={restoring}
                onClick={() => start(entry, 'new')}
              >
                Restore as new plan
              </button>
              <button
                type="button"
                className="button"
                disabled={restoring || !livePlans.has(entry.planId)}
                onClick={() => start(entry, 'in-place')}
              >
                Restore in place
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button button-primary" onClick={closeDialog}>
          Close
        </button>
      </div>
    </Modal>
  );
}
