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
import { parsePlanBlob } from '../../../shared/plan-file/parse-blob';
import type { PlanFileResult } from '../../../shared/plan-file/types';
import { sha256Hex } from '../../../shared/plan-file/fingerprint';
import { gunzipBlob, gzipParts } from './compress';
import type { Backup, PlannerDb } from './database';
import { addAsCopy, importAsNewPlan, replacePlan, type ImportOutcome } from './plan-io';
import { formatInstant } from '../../../shared/domain/region';

export type BackupSummary = Omit<Backup, 'contents'>;

/** The reason automatic snapshots carry, so retention only ever prunes those. */
export const AUTOMATIC_REASON = 'Automatic backup';

export function useBackups(db: PlannerDb): BackupSummary[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.backups.orderBy('createdAt').reverse().toArray();
    // Older backups hold their text in the row; it is left out of the list.
    return rows.map(({ contents: _contents, ...summary }) => summary);
  }, [db]);
}

/** An automatic backup ready to store: the plan file gzipped, with the plan's fingerprint. */
export interface CompressedBackup {
  planId: string;
  planName: string;
  products: number;
  fingerprint: string;
  gzip: Uint8Array;
}

export type LocalBackupResult = WriteBackupResult | { status: 'unchanged' };

/** The fingerprint of the newest automatic backup of a plan, read from the rows only. */
export async function latestBackupFingerprint(
  db: PlannerDb,
  planId: string,
): Promise<string | null> {
  const rows = await db.backups.where('planId').equals(planId).toArray();
  const newest = rows
    .filter((b) => b.reason === AUTOMATIC_REASON)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
  return newest?.fingerprint ?? null;
}

/**
 * Stores a compressed automatic backup and prunes old ones (by count, by day and by bytes) in
 * one transaction. A plan whose newest backup has the same fingerprint is not stored again.
 */
export async function writeCompressedBackup(
  db: PlannerDb,
  backup: CompressedBackup,
  now: Date = new Date(),
  /** How many of the newest automatic backups to keep (the user's setting). */
  keep?: number,
): Promise<LocalBackupResult> {
  try {
    const id = newId();
    let unchanged = false;
    await db.transaction('rw', db.backups, db.backupContents, async () => {
      if ((await latestBackupFingerprint(db, backup.planId)) === backup.fingerprint) {
        unchanged = true;
        return;
      }
      await db.backups.add({
        id,
        planId: backup.planId,
        planName: backup.planName,
        createdAt: nowIso(now),
        reason: AUTOMATIC_REASON,
        products: backup.products,
        fingerprint: backup.fingerprint,
        bytes: backup.gzip.byteLength,
      });
      await db.backupContents.add({ id, gzip: backup.gzip });
      const automatic = (await db.backups.where('planId').equals(backup.planId).toArray())
        .filter((b) => b.reason === AUTOMATIC_REASON)
        .map((b) => ({ id: b.id, createdAt: b.createdAt, bytes: storedBytes(b) }));
      const doomed = backupsToDelete(automatic, now, keep);
      await db.backups.bulkDelete(doomed);
      await db.backupContents.bulkDelete(doomed);
    });
    return unchanged ? { status: 'unchanged' } : { status: 'saved', id };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'error', message: `${message} Earlier backups are kept.` };
  }
}

/** The browser build's automatic backup of a plan file's text: compressed, then stored. */
export async function writeLocalBackup(
  db: PlannerDb,
  request: WriteBackupRequest,
  now: Date = new Date(),
): Promise<WriteBackupResult> {
  const gzip = await gzipParts([request.contents]);
  const { planId, planName, products } = request;
  const fingerprint = sha256Hex(request.contents);
  const result = await writeCompressedBackup(
    db,
    { planId, planName, products, fingerprint, gzip },
    now,
    request.keep,
  );
  // The same text as the newest backup: that backup already holds it.
  return result.status === 'unchanged' ? { status: 'saved', id: 'unchanged' } : result;
}

/** What a backup takes as stored: its gzip, or for older backups its text. */
function storedBytes(backup: Backup): number {
  return backup.bytes ?? backup.contents?.length ?? 0;
}

/** What every backup in the database takes, in bytes (for the settings to show). */
export async function backupStorageBytes(db: PlannerDb): Promise<number> {
  let total = 0;
  // Older backups keep their text in the row; newer ones only their size.
  await db.backups.each((backup) => (total += storedBytes(backup)));
  return total;
}

/**
 * The plan file a backup holds, as a Blob: its text, or its gzip unzipped as it streams. The
 * Blob's bytes are kept by the browser, not as one string on the JS heap.
 */
async function backupFile(db: PlannerDb, backup: Backup): Promise<Blob> {
  if (backup.contents !== undefined) return new Blob([backup.contents]);
  const stored = await db.backupContents.get(backup.id);
  if (!stored) throw new Error('The backup’s file is missing.');
  try {
    return await gunzipBlob(stored.gzip);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The backup is damaged: its compressed file cannot be unzipped (${reason}).`, {
      cause: error,
    });
  }
}

/** The text of the plan file a backup holds. */
export async function backupText(db: PlannerDb, backup: Backup): Promise<string> {
  return (await backupFile(db, backup)).text();
}

/**
 * Puts a backed-up plan back, as a new plan beside the others or in place of the plan it was
 * taken of (after a backup of that plan's current state).
 */
async function restorePlan(
  db: PlannerDb,
  parsed: PlanFileResult,
  createdAt: string,
  mode: 'new' | 'in-place',
  now: Date,
): Promise<ImportOutcome> {
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

/** Restores the text of a backed-up plan file read from main's folder. */
export function restorePlanText(
  db: PlannerDb,
  contents: string,
  createdAt: string,
  mode: 'new' | 'in-place',
  now: Date = new Date(),
): Promise<ImportOutcome> {
  return restorePlan(db, parsePlanText(contents), createdAt, mode, now);
}

export async function restoreBackup(
  db: PlannerDb,
  backupId: string,
  mode: 'new' | 'in-place',
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const backup = await db.backups.get(backupId);
  if (!backup) throw new Error('That backup no longer exists.');
  // Read by lines as it is unzipped: the file's whole text is never one string.
  const parsed = await parsePlanBlob(await backupFile(db, backup));
  return restorePlan(db, parsed, backup.createdAt, mode, now);
}
