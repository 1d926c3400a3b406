/**
 * What undo and redo of an import replay, kept gzipped in a database of its own instead of on
 * the page: an import of a large plan changes hundreds of thousands of records, and the page's
 * undo history keeps only the key of the entry here. The undo history lasts as long as the
 * page, so an entry is kept a day: each import first clears those older, left by closed pages.
 */
import Dexie, { type Table } from 'dexie';
import { newId, nowIso } from '../../../shared/domain/records';
import { PLAN_TABLES } from '../../../shared/records/registry';
import type { RecordChange } from './changes';
import { gunzipText, gzipParts } from './compress';

interface KeptChanges {
  id: string;
  createdAt: string;
  count: number;
  gzip: Uint8Array;
}

export type ImportUndoDb = Dexie & { changes: Table<KeptChanges, string> };

const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

export function openImportUndoDb(name = 'lifecycle-planner-import-undo'): ImportUndoDb {
  const db = new Dexie(name) as ImportUndoDb;
  db.version(1).stores({ changes: 'id, createdAt' });
  return db;
}

/**
 * The list as JSON, one change at a time as it is compressed: the text of every record an
 * import wrote is never held at once (at L, more than the records themselves).
 */
function* changeParts(changes: readonly RecordChange[]): Generator<string> {
  if (changes.length === 0) {
    yield '[]';
    return;
  }
  for (const [i, change] of changes.entries()) yield (i === 0 ? '[' : ',') + JSON.stringify(change);
  yield ']';
}

/** Keeps an import's changes and returns the key its undo entry holds. */
export async function keepImportChanges(
  db: ImportUndoDb,
  changes: readonly RecordChange[],
  now: Date = new Date(),
): Promise<string> {
  const id = newId();
  await forgetOldImportChanges(db, now);
  const gzip = await gzipParts(changeParts(changes));
  await db.changes.add({ id, createdAt: nowIso(now), count: changes.length, gzip });
  return id;
}

const TABLES: ReadonlySet<string> = new Set([...PLAN_TABLES, 'plans', 'deletions', 'sharedCopies']);

function isChange(value: unknown): value is RecordChange {
  if (typeof value !== 'object' || value === null) return false;
  const { table, before, after } = value as Record<string, unknown>;
  const state = (s: unknown) => s === null || typeof s === 'object';
  return (
    typeof table === 'string' &&
    TABLES.has(table) &&
    state(before) &&
    state(after) &&
    (before ?? after) !== null
  );
}

/** The changes kept under `key`, checked to be changes before anything replays them. */
export async function readImportChanges(db: ImportUndoDb, key: string): Promise<RecordChange[]> {
  const kept = await db.changes.get(key);
  if (!kept)
    throw new Error('The changes of this import are no longer kept, so it cannot be replayed.');
  const value: unknown = JSON.parse(await gunzipText(kept.gzip));
  if (!Array.isArray(value) || value.length !== kept.count || !value.every(isChange)) {
    throw new Error('The kept changes of this import are damaged, so it cannot be replayed.');
  }
  return value;
}

/** Forgets entries whose page has surely closed. */
export async function forgetOldImportChanges(
  db: ImportUndoDb,
  now: Date = new Date(),
): Promise<void> {
  const cutoff = nowIso(new Date(now.getTime() - KEPT_FOR_MS));
  await db.changes.where('createdAt').below(cutoff).delete();
}
