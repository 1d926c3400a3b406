/**
 * A whole plan as a plan file (for export, merge and backups), or one product's part of it
 * (for that product's stakeholder update), and the record-by-record difference between two
 * states of one plan, as the changes that turn one into the other.
 */
import { sameJson } from '../../../shared/plan-file/same-json';
import { buildPlanFile, canonicalRecords } from '../../../shared/plan-file/serialize';
import { kindOf, PLAN_TABLES, type PlanTable } from '../../../shared/records/registry';
import { emptyTables, type PlanFile, type PlanFileTables } from '../../../shared/plan-file/types';
import type { RecordChange } from './changes';
import { planTables, type PlannerDb } from './database';

export function snapshotPlan(db: PlannerDb, planId: string): Promise<PlanFile | null> {
  return readSnapshot(db, planId, null);
}

/**
 * The plan as `snapshotPlan` gives it, narrowed to one product: every record that belongs to
 * the plan as a whole (its products, personas, competitors, stage templates) and, of the
 * records that belong to a product, only that product's, read through their productId index.
 * No deletion records. A product's stakeholder update needs no more, where the whole of a
 * large plan takes seconds and a gigabyte of memory to read.
 */
export function snapshotProduct(
  db: PlannerDb,
  planId: string,
  productId: string,
): Promise<PlanFile | null> {
  return readSnapshot(db, planId, productId);
}

/** The plan, whole (`productId` null) or narrowed to one product, as described above. */
async function readSnapshot(
  db: PlannerDb,
  planId: string,
  productId: string | null,
): Promise<PlanFile | null> {
  // One read transaction: a write landing half way through cannot split the snapshot.
  const read = await db.transaction('r', planTables(db), async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return null;
    const tables = await Promise.all(
      PLAN_TABLES.map(async (table) => {
        // Each table is copied to the file's shape as it arrives, so the rows as read and
        // their copies are never all held at once (at L, 300 MB each).
        const records =
          productId === null || kindOf(table).scope === 'plan'
            ? await db[table].where('planId').equals(planId).toArray()
            : // A product of another plan has no records here.
              (await db[table].where('productId').equals(productId).toArray()).filter(
                (record) => record.planId === planId,
              );
        return [table, canonicalRecords(table, records)];
      }),
    );
    const deletions =
      productId === null ? await db.deletions.where('planId').equals(planId).toArray() : [];
    return { plan, tables: Object.fromEntries(tables) as PlanFileTables, deletions };
  });
  return (
    read &&
    buildPlanFile(
      { plan: read.plan, ...read.tables, deletions: read.deletions },
      { canonical: true },
    )
  );
}

interface Pair<T> {
  before: T | null;
  after: T | null;
}

function diffRecords<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): Pair<T>[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const pairs: Pair<T>[] = [];
  for (const record of after) {
    const previous = old.get(record.id) ?? null;
    old.delete(record.id);
    if (previous && sameJson(previous, record)) continue;
    pairs.push({ before: previous, after: record });
  }
  for (const gone of old.values()) pairs.push({ before: gone, after: null });
  return pairs;
}

function tableChanges<T extends PlanTable | 'deletions'>(
  table: T,
  from: PlanFile[T],
  to: PlanFile[T],
): RecordChange[] {
  const pairs = diffRecords<{ id: string }>(from, to);
  return pairs.map((pair) => ({ table, ...pair }) as RecordChange);
}

/**
 * The changes that turn `from` into `to` (both of the same plan). Deletion records come last
 * so they overwrite the ones written for records removed here.
 */
export function diffPlans(from: PlanFile, to: PlanFile): RecordChange[] {
  const changes: RecordChange[] = [];
  if (!sameJson(from.plan, to.plan))
    changes.push({ table: 'plans', before: from.plan, after: to.plan });
  // Appended one by one: a table can hold hundreds of thousands of records, more than a
  // spread call's arguments may number.
  const append = (more: RecordChange[]) => {
    for (const change of more) changes.push(change);
  };
  for (const table of PLAN_TABLES) append(tableChanges(table, from[table], to[table]));
  append(tableChanges('deletions', from.deletions, to.deletions));
  return changes;
}

/** All records of a plan file as changes that add them (for a plan new to this database). */
export function additionsOf(file: PlanFile): RecordChange[] {
  const empty: PlanFile = { ...file, ...emptyTables(), deletions: [] };
  return [{ table: 'plans', before: null, after: file.plan }, ...diffPlans(empty, file)];
}
