/**
 * Every write that a user can undo goes through here: a change is a record's state before and
 * after, so one function can apply it forwards, backwards (undo) or forwards again (redo),
 * always inside one transaction. Removing a record of a plan leaves a deletion record for
 * merges; bringing it back removes that record.
 */
import { type Deletion, type Plan } from '../../../shared/domain/product';
import { PLAN_TABLES, type PlanTable } from '../../../shared/records/registry';
import type { PlanRecords } from '../../../shared/records/registry';
import { nowIso } from '../../../shared/domain/records';
import type { SharedCopy } from '../../../shared/storage/shared-copies';
import { type PlannerDb, writeTransaction } from './database';
import { keepDerivedTables } from './derived-rows';
import type { OwnerKey } from './packed-rows';
import { presentIds } from './present-ids';

/**
 * Deletion records are written as such when a merge brings in a colleague's deletions; a
 * shared copy is remembered by the import that shared it, so undoing the import forgets it.
 */
type ChangeableRecords = PlanRecords & {
  plans: Plan;
  deletions: Deletion;
  sharedCopies: SharedCopy;
};

export type ChangeOf<T extends keyof ChangeableRecords> = {
  table: T;
  before: ChangeableRecords[T] | null;
  after: ChangeableRecords[T] | null;
};

export type RecordChange = { [T in keyof ChangeableRecords]: ChangeOf<T> }[keyof ChangeableRecords];

export type ChangeDirection = 'apply' | 'undo' | 'redo';

type Stamped = { id: string; updatedAt?: string };

/** The state to write; undo and redo are new edits, so they carry a new `updatedAt`. */
function target<T extends Stamped>(
  change: { before: T | null; after: T | null },
  direction: ChangeDirection,
  stamp: string,
): T | null {
  const state = direction === 'undo' ? change.before : change.after;
  if (state === null || direction === 'apply' || state.updatedAt === undefined) return state;
  return { ...state, updatedAt: stamp };
}

function recordOf(change: RecordChange): { id: string; planId?: string } {
  const record = change.before ?? change.after;
  if (!record) throw new Error('A change needs a record before or after it.');
  return record;
}

const isPlanTable = (table: RecordChange['table']): table is PlanTable =>
  (PLAN_TABLES as readonly string[]).includes(table);

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

const TABLE_ORDER = ['plans', ...PLAN_TABLES, 'deletions', 'sharedCopies'] as const;

/**
 * Writes the changes in one transaction, table by table in bulk (an import can hold a hundred
 * thousand records). Deletion records for removed records are written first and the explicit
 * deletion changes last, so a colleague's recorded deletion wins over the one stamped here.
 */
export async function writeChanges(
  db: PlannerDb,
  changes: readonly RecordChange[],
  direction: ChangeDirection,
  now: Date = new Date(),
): Promise<void> {
  const stamp = nowIso(now);
  // A plan that goes away takes its records along: no deletion records are kept for them.
  const removedPlans = new Set(
    changes
      .filter((c) => c.table === 'plans' && target(c, direction, stamp) === null)
      .map((c) => recordOf(c).id),
  );
  const puts = new Map<RecordChange['table'], Stamped[]>();
  const deletes = new Map<RecordChange['table'], string[]>();
  // Who owned a removed KPI or product, for the kept rows that go with it.
  const gone = new Map<RecordChange['table'], OwnerKey[]>();
  const revived: string[] = [];
  const tombstones: Deletion[] = [];
  for (const change of changes) {
    const { id, planId } = recordOf(change);
    const state = target<Stamped>(change, direction, stamp);
    if (state) listIn(puts, change.table).push(state);
    else {
      listIn(deletes, change.table).push(id);
      if (planId) listIn(gone, change.table).push({ planId, owner: id });
    }
    if (!isPlanTable(change.table)) continue;
    if (state) revived.push(id);
    else if (planId && !removedPlans.has(planId)) {
      tombstones.push({ id, planId, table: change.table, deletedAt: stamp });
    }
  }
  await writeTransaction(db, async () => {
    for (const name of TABLE_ORDER) {
      if (name === 'deletions') {
        // Most writes bring back nothing that was deleted: only the ids deleted are deleted again.
        await db.deletions.bulkDelete([...(await presentIds(db.deletions, revived))]);
        await db.deletions.bulkPut(tombstones);
      }
      const table = db.table<Stamped, string>(name);
      // A shared copy's text lives only as long as the copy (an undone import forgets both).
      if (name === 'sharedCopies') await db.sharedCopyTexts.bulkDelete(deletes.get(name) ?? []);
      await table.bulkDelete(deletes.get(name) ?? []);
      await table.bulkPut(puts.get(name) ?? []);
    }
    await keepDerivedTables(
      db,
      changes,
      (table) => puts.get(table) ?? [],
      (table) => gone.get(table) ?? [],
    );
  });
}
