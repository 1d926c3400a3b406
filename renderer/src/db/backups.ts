/**
 * Backups of plans kept in the database (a replaced plan's previous state), and restoring one
 * as a new plan or in place, itself after a backup of the current state.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { parsePlanText } from '../../../shared/plan-file/parse';
import type { Backup, PlannerDb } from './database';
import { asCopy, importAsNewPlan, replacePlan, type ImportOutcome } from './plan-io';
import { writeChanges } from './changes';
import { additionsOf } from './plan-snapshot';
import { planTables } from './database';

export type BackupSummary = Omit<Backup, 'contents'>;

export function useBackups(db: PlannerDb): BackupSummary[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.backups.orderBy('createdAt').reverse().toArray();
    return rows.map(({ contents: _contents, ...summary }) => summary);
  }, [db]);
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export async function restoreBackup(
  db: PlannerDb,
  backupId: string,
  mode: 'new' | 'in-place',
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const backup = await db.backups.get(backupId);
  if (!backup) throw new Error('That backup no longer exists.');
  const parsed = parsePlanText(backup.contents);
  if (!parsed.ok) throw new Error(`The backup is damaged: ${parsed.problem.message}`);
  const when = dateTime.format(new Date(backup.createdAt));
  if (mode === 'in-place' && (await db.plans.get(backup.planId))) {
    return replacePlan(db, parsed.file, `Before restoring the backup of ${when}`);
  }
  if (mode === 'in-place') return importAsNewPlan(db, parsed.file, now);
  // As a new plan it always gets its own ids, beside whatever is there now.
  return db.transaction('rw', planTables(db), async () => {
    const copy = asCopy(parsed.file, `${backup.planName} (backup of ${when})`, now);
    const changes = additionsOf(copy);
    await writeChanges(db, changes, 'apply');
    return { planId: copy.plan.id, planName: copy.plan.name, changes };
  });
}
