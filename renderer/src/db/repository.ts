/**
 * What every repository of a plan's records does the same way: read a record that must still
 * exist, rewrite records in place, and apply a transaction's changes so the caller can offer
 * undo. Call these inside the repository's own transaction, so a refusal writes nothing; its
 * scope function must be `async`, or Dexie commits it before these functions' awaits finish.
 */
import type { PlanTable } from '../../../shared/records/registry';
import type { PlanRecords } from '../../../shared/records/registry';
import type { Placement } from '../../../shared/domain/moves';
import { recordProblem } from '../../../shared/plan-file/record-check';
import { RECORD_NOUNS } from '../../../shared/records/registry';
import { writeChanges, type ChangeOf, type RecordChange } from './changes';
import type { PlannerDb } from './database';

/**
 * A value a record cannot hold; the message says which field and why, in words for the
 * screen. Repositories throw it before anything is written.
 */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(what: string, id: string) {
    super(`The ${what} ${id} no longer exists; it may have been deleted.`);
    this.name = 'RecordNotFoundError';
  }
}

/** The record `id` of `table`; throws RecordNotFoundError, naming what it was, when it is gone. */
export async function getRecord<T extends PlanTable>(
  db: PlannerDb,
  table: T,
  id: string,
): Promise<PlanRecords[T]> {
  // Seen through this narrower type, db[table] keeps the record type of `table`.
  const tables: { [K in PlanTable]: { get(id: string): Promise<PlanRecords[K] | undefined> } } = db;
  const record = await tables[table].get(id);
  if (!record) throw new RecordNotFoundError(RECORD_NOUNS[table], id);
  return record;
}

/**
 * Applies the changes, when there are any, and returns them for undo. Every record written is
 * checked against its kind's schema first, the one plan files are checked with, so a change
 * that a plan file could not hold is refused whole.
 */
export async function commit(db: PlannerDb, changes: RecordChange[]): Promise<RecordChange[]> {
  for (const change of changes) {
    if (change.after === null || change.table === 'deletions' || change.table === 'sharedCopies')
      continue;
    const problem = recordProblem(change.table, change.after);
    if (problem) throw new InvalidInputError(problem);
  }
  if (changes.length > 0) await writeChanges(db, changes, 'apply');
  return changes;
}

/**
 * Rewrites each record of `ids` (a repeated id counts once) as `edit` returns it, where null
 * means "nothing to change", and commits the changes together. A record that is gone throws
 * before anything is written.
 */
export async function updateRecords<T extends PlanTable>(
  db: PlannerDb,
  table: T,
  ids: readonly string[],
  edit: (before: PlanRecords[T]) => PlanRecords[T] | null | Promise<PlanRecords[T] | null>,
): Promise<RecordChange[]> {
  const changes: RecordChange[] = [];
  for (const id of new Set(ids)) {
    const before = await getRecord(db, table, id);
    const after = await edit(before);
    // ChangeOf<T> is one member of the RecordChange union; TypeScript cannot pick it for a generic T.
    if (after) changes.push({ table, before, after } as ChangeOf<T> as RecordChange);
  }
  return commit(db, changes);
}

type RankedTable = 'products' | 'backlogItems' | 'checklistItems';

/**
 * The changes that give the neighbours a placement had to re-spread their new ranks (see
 * placeAt in shared/domain/moves.ts), stamped `at`.
 */
export function rerankChanges<T extends RankedTable>(
  table: T,
  others: readonly PlanRecords[T][],
  placement: Placement,
  at: string,
): RecordChange[] {
  const byId = new Map(others.map((record) => [record.id, record]));
  return placement.reranked.flatMap(({ id, rank }) => {
    const before = byId.get(id);
    if (!before) return [];
    const after = { ...before, rank, updatedAt: at };
    return [{ table, before, after } as ChangeOf<T> as RecordChange];
  });
}
