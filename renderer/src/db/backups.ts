/**
 * Backups of plans kept in the database: a replaced plan's previous state, and in the browser
 * build the automatic snapshots too (the desktop app keeps those as files, written by main).
 * Restoring one makes it a new plan or puts it in place, after a backup of the current state.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { backupsToDelete } from '../../../shared/backups/retention';
import { newId, nowIso } from '../../../shared/domain/records';
import type { WriteBackupRequest, WriteBackupResult } from '../../../shared/ipc/contract';
import { parsePlanText } from '../../../shared/plan-file/parse';
import type { Backup, PlannerDb } from './database';
import { addAsCopy, importAsNewPlan, replacePlan, type ImportOutcome } from './plan-io';
import { formatInstant } from '../../../shared/domain/region';

export type BackupSummary = Omit<Backup, 'contents'>;

/** The reason automatic snapshots carry, so retention only ever prunes those. */
export const AUTOMATIC_REASON = 'Automatic backup';

export function useBackups(db: PlannerDb): BackupSummary[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.backups.orderBy('createdAt').reverse().toArray();
    return rows.map(({ contents: _contents, ...summary }) => summary);
  }, [db]);
}

/** The browser build's automatic backup: stored, then old ones pruned, in one transaction. */
export async function writeLocalBackup(
  db: PlannerDb,
  request: WriteBackupRequest,
  now: Date = new Date(),
): Promise<WriteBackupResult> {
  try {
    const id = newId();
    await db.transaction('rw', db.backups, async () => {
      await db.backups.add({
        id,
        planId: request.planId,
        planName: request.planName,
        createdAt: nowIso(now),
        reason: AUTOMATIC_REASON,
        products: request.products,
        contents: request.contents,
      });
      const automatic = (await db.backups.where('planId').equals(request.planId).toArray()).filter(
        (b) => b.reason === AUTOMATIC_REASON,
      );
      await db.backups.bulkDelete(backupsToDelete(automatic, now, request.keep));
    });
    return { status: 'saved', id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'error', message: `${message} Earlier backups are kept.` };
  }
}

/** Restores the text of a backed-up plan file, from the database or from main's folder. */
export async function restorePlanText(
  db: PlannerDb,
  contents: string,
  createdAt: string,
  mode: 'new' | 'in-place',
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const parsed = parsePlanText(contents);
  if (!parsed.ok) throw new Error(`The backup is damaged: ${parsed.problem.message}`);
  const file = parsed.file;
  const when = formatInstant(createdAt);
  if (mode === 'in-place' && (await db.plans.get(file.plan.id))) {
    return replacePlan(db, file, `Before restoring the backup of ${when}`, false, now);
  }
  if (mode === 'in-place') return importAsNewPlan(db, file, now);
  // As a new plan it always gets its own ids, beside whatever is there now.
  return addAsCopy(db, file, `backup of ${when}`, now);
}

export async function restoreBackup(
  db: PlannerDb,
  backupId: string,
  mode: 'new' | 'in-place',
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const backup = await db.backups.get(backupId);
  if (!backup) throw new Error('That backup no longer exists.');
  return restorePlanText(db, backup.contents, backup.createdAt, mode, now);
}
