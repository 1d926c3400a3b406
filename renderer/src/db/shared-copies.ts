/**
 * The copies of each plan shared through files, and finding the version two copies share.
 * Remembering a copy is part of the import that shared it (undo forgets it); its text is
 * kept, gzipped, for the newest few copies only. See shared/storage/shared-copies.ts.
 */
import { nowIso } from '../../../shared/domain/records';
import { parsePlanBlob } from '../../../shared/plan-file/parse-blob';
import type { PlanFile } from '../../../shared/plan-file/types';
import {
  baseCandidates,
  baseToWrite,
  KEPT_SHARED_COPIES,
  KEPT_SHARED_TEXTS,
  sharedCopyId,
  type SharedCopy,
} from '../../../shared/storage/shared-copies';
import type { RecordChange } from './changes';
import { gunzipBlob, gzipBlob } from './compress';
import type { PlannerDb } from './database';

async function newestFirst(db: PlannerDb, planId: string): Promise<SharedCopy[]> {
  const copies = await db.sharedCopies.where('planId').equals(planId).toArray();
  return copies.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/**
 * The base an export of the plan writes: the last copy it shared, or, when the plan has not
 * changed since that copy, the base that copy named (so the same plan gives the same bytes).
 */
export async function baseForExport(
  db: PlannerDb,
  planId: string,
  fingerprint: string,
): Promise<string | null> {
  const [newest] = await newestFirst(db, planId);
  return baseToWrite(newest, fingerprint);
}

export interface SharedText {
  fingerprint: string;
  base: string | null;
  /** The plan file's text without a base, kept off the JS heap. */
  text: Blob;
}

/**
 * Remembers that the text was shared as a copy of the plan. The text is compressed before
 * the caller's transaction (a transaction cannot wait on anything but the database), so
 * call this first and write what it returns with writeSharedCopy.
 */
export async function prepareSharedCopy(
  planId: string,
  shared: SharedText,
  now: Date = new Date(),
): Promise<{ copy: SharedCopy; gzip: Uint8Array }> {
  const copy: SharedCopy = {
    id: sharedCopyId(planId, shared.fingerprint),
    planId,
    fingerprint: shared.fingerprint,
    base: shared.base,
    at: nowIso(now),
  };
  return { copy, gzip: await gzipBlob(shared.text) };
}

/**
 * Writes a prepared copy and prunes the plan's older ones; returns the change to the copy
 * for the caller's undo. Runs inside the caller's transaction.
 */
export async function writeSharedCopy(
  db: PlannerDb,
  prepared: { copy: SharedCopy; gzip: Uint8Array },
): Promise<RecordChange[]> {
  const { copy, gzip } = prepared;
  const before = (await db.sharedCopies.get(copy.id)) ?? null;
  if (before) {
    // Shared before: it stays where it was among the plan's copies (a newer one may be
    // the better base now); only a text pruned since is put back.
    if (!(await db.sharedCopyTexts.get(copy.id))) {
      await db.sharedCopyTexts.put({ id: copy.id, planId: copy.planId, gzip });
    }
    return [];
  }
  await db.sharedCopies.put(copy);
  await db.sharedCopyTexts.put({ id: copy.id, planId: copy.planId, gzip });
  const copies = await newestFirst(db, copy.planId);
  const keptTexts = new Set(copies.slice(0, KEPT_SHARED_TEXTS).map((c) => c.id));
  const texts = await db.sharedCopyTexts.where('planId').equals(copy.planId).primaryKeys();
  await db.sharedCopyTexts.bulkDelete(texts.filter((id) => !keptTexts.has(id)));
  await db.sharedCopies.bulkDelete(copies.slice(KEPT_SHARED_COPIES).map((c) => c.id));
  return [{ table: 'sharedCopies', before, after: copy }];
}

/** Remembers a copy shared outside an import (an export): not a change anyone undoes. */
export async function rememberSharedCopy(
  db: PlannerDb,
  planId: string,
  shared: SharedText,
  now: Date = new Date(),
): Promise<void> {
  const prepared = await prepareSharedCopy(planId, shared, now);
  await db.transaction('rw', db.sharedCopies, db.sharedCopyTexts, () =>
    writeSharedCopy(db, prepared),
  );
}

/** Forgets every shared copy of a plan: its content no longer descends from them. */
export async function forgetSharedCopies(db: PlannerDb, planId: string): Promise<RecordChange[]> {
  const copies = await db.sharedCopies.where('planId').equals(planId).toArray();
  await db.sharedCopyTexts.where('planId').equals(planId).delete();
  await db.sharedCopies.bulkDelete(copies.map((c) => c.id));
  return copies.map((before) => ({ table: 'sharedCopies', before, after: null }));
}

/**
 * The version of the plan that a file and this database both descend from: the file itself
 * when it is a copy this database shared (then everything in it is already known here), else
 * the copy the file names as its base, else `known` (see baseCandidates), when this database
 * shared that copy too.
 */
export async function commonBase(
  db: PlannerDb,
  planId: string,
  incoming: { fingerprint: string; base: string | null },
  known: string | null = null,
): Promise<PlanFile | null> {
  for (const fingerprint of baseCandidates(incoming, known)) {
    const id = sharedCopyId(planId, fingerprint);
    if (!(await db.sharedCopies.get(id))) continue;
    const stored = await db.sharedCopyTexts.get(id);
    if (!stored) continue;
    // Read by lines as it is unzipped: the copy's whole text is never one string.
    const parsed = await parsePlanBlob(await gunzipBlob(stored.gzip));
    if (parsed.ok && parsed.file.plan.id === planId) return parsed.file;
  }
  return null;
}
