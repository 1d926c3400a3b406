/** "Restore from backup": every kept state of a plan, restorable as a new plan or in place. */
import { db, usePlans } from '../db';
import { restoreBackup, useBackups, type BackupSummary } from '../db/backups';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

async function restore(backup: BackupSummary, mode: 'new' | 'in-place') {
  const ui = useUi.getState();
  try {
    const outcome = await restoreBackup(db, backup.id, mode);
    ui.openPlan(outcome.planId);
    ui.recordAction({ label: `Restore ${backup.planName}`, changes: outcome.changes });
    ui.closeDialog();
    ui.showToast(`Restored “${outcome.planName}”.`, true);
  } catch (error) {
    ui.showError(`Could not restore: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function BackupsDialog() {
  const closeDialog = useUi((s) => s.closeDialog);
  const backups = useBackups(db);
  const plans = usePlans();
  const livePlans = new Set((plans ?? []).map((p) => p.id));
  return (
    <Modal title="Restore from backup" onClose={closeDialog} wide>
      {backups && backups.length === 0 && (
        <p className="modal-note">
          No backups yet. When an import replaces a plan, its previous state is kept here.
        </p>
      )}
      {backups && backups.length > 0 && (
        <ul className="backup-list">
          {backups.map((backup) => (
            <li key={backup.id} className="backup-item">
              <div className="backup-text">
                <strong className="backup-name">{backup.planName}</strong>
                <span className="backup-meta">
                  <time dateTime={backup.createdAt}>
                    {dateTime.format(new Date(backup.createdAt))}
                  </time>
                  {' · '}
                  {backup.products} {backup.products === 1 ? 'product' : 'products'} ·{' '}
                  {backup.reason}
                </span>
              </div>
              <button type="button" className="button" onClick={() => void restore(backup, 'new')}>
                Restore as new plan
              </button>
              <button
                type="button"
                className="button"
                disabled={!livePlans.has(backup.planId)}
                onClick={() => void restore(backup, 'in-place')}
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
