/**
 * A backup of a plan's current state, taken before something replaces it (a file, a restored
 * backup, a schema upgrade): gzipped as automatic backups are, with the plan's fingerprint, so
 * a large plan's backup takes a sixth of its text, and its text is never held on the JS heap.
 */
import Dexie from 'dexie';
import { newId, nowIso } from '../../../shared/domain/records';
import { textWithBase, unbasedText } from '../../../shared/plan-file/fingerprint';
import type { PlanFile } from '../../../shared/plan-file/types';
import { gzipBlob } from './compress';
import type { Backup, BackupContent, PlannerDb } from './database';

export interface PreparedBackup {
  row: Backup;
  content: BackupContent;
}

/**
 * How long a transaction is kept open while a plan is compressed for its backup: the largest
 * plans take seconds; a machine stalled for this long fails the write, and nothing changes.
 */
const COMPRESSING_FOR_MS = 5 * 60_000;

/** The backup's row and its gzipped file, ready to store; reads and writes nothing. */
export async function prepareBackup(
  snapshot: PlanFile,
  reason: string,
  now: Date = new Date(),
): Promise<PreparedBackup> {
  const text = unbasedText(snapshot);
  const gzip = await gzipBlob(textWithBase(text, snapshot.base));
  const id = newId();
  const row: Backup = {
    id,
    planId: snapshot.plan.id,
    planName: snapshot.plan.name,
    createdAt: nowIso(now),
    reason,
    products: snapshot.products.length,
    fingerprint: text.fingerprint,
    bytes: gzip.byteLength,
  };
  return { row, content: { id, gzip } };
}

export async function storeBackup(db: PlannerDb, { row, content }: PreparedBackup): Promise<void> {
  await db.backups.add(row);
  await db.backupContents.add(content);
}

/**
 * Stores the plan's current state as a backup. Inside the caller's transaction the compression
 * (not a database request) is awaited through Dexie.waitFor, which keeps the transaction open,
 * so the backup is of exactly the state the transaction then changes.
 */
export async function backUpPlan(
  db: PlannerDb,
  snapshot: PlanFile,
  reason: string,
  now: Date = new Date(),
): Promise<Backup> {
  const prepared = await Dexie.waitFor(prepareBackup(snapshot, reason, now), COMPRESSING_FOR_MS);
  await storeBackup(db, prepared);
  return prepared.row;
}
