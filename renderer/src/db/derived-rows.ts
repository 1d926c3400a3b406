/**
 * Tables kept from others: a KPI's trend from its values (./kpi-trends.ts), a product's
 * roadmap row from its backlog items (./roadmap-rows.ts), a milestone's or a KPI's row from the
 * record (./record-rows.ts). Every write of plan data goes
 * through `writeChanges`, which calls `keepDerivedRows` in the same transaction, so a kept row
 * is never out of step with the records a user sees elsewhere.
 */
import { groupBy } from '../../../shared/domain/records';
import type { PlanRecords } from '../../../shared/records/registry';
import type { RecordChange } from './changes';
import type { PlannerDb } from './database';
import { kpiRowTable } from './kpi-rows';
import { kpiTrendTable } from './kpi-trends';
import { milestoneRowTable } from './milestone-rows';
import type { OwnerKey } from './packed-rows';
import { roadmapRowTable } from './roadmap-rows';

type Source = 'kpiValues' | 'backlogItems' | 'milestones' | 'kpis';

/** What is needed of the kept table: its rows by their owner (and the owner's plan). */
export interface RowStore<Row> {
  bulkGet(keys: readonly OwnerKey[]): Promise<(Row | undefined)[]>;
  /** Puts `kept` and removes the rows of `dropped`. */
  write(kept: readonly Row[], dropped: readonly OwnerKey[]): Promise<void>;
}

export interface DerivedTable<S extends Source, Row> {
  source: S;
  rows: RowStore<Row>;
  /** The id of the row a record belongs to (its KPI, its product). */
  ownerOf(record: PlanRecords[S]): string;
  /** The row after `removed` records went and `written` ones came; 'reread' when unsure. */
  revise(
    before: Row | undefined,
    removed: ReadonlySet<string>,
    written: readonly PlanRecords[S][],
  ): Row | null | 'reread';
  /** The owner's row made from its stored records, or null when it has none. */
  reread(key: OwnerKey): Promise<Row | null>;
}

function recordsIn<S extends Source>(changes: readonly RecordChange[], source: S) {
  const records: PlanRecords[S][] = [];
  for (const change of changes) {
    if (change.table !== source) continue;
    // The change's table is `source`, so its states are records of that table.
    for (const state of [change.before, change.after] as (PlanRecords[S] | null)[]) {
      if (state) records.push(state);
    }
  }
  return records;
}

/**
 * Revises the rows of the owners whose records `changes` touched, once those changes are
 * written: `written` are the records as now stored, `goneOwners` the owners removed (their
 * rows go with them). Call it inside the transaction that wrote the changes.
 */
export async function keepDerivedRows<S extends Source, Row>(
  table: DerivedTable<S, Row>,
  changes: readonly RecordChange[],
  written: readonly PlanRecords[S][],
  goneOwners: readonly OwnerKey[],
): Promise<void> {
  const gone = new Set(goneOwners.map((key) => key.owner));
  const touched = new Map<string, OwnerKey>();
  const removed = new Set<string>();
  for (const record of recordsIn(changes, table.source)) {
    removed.add(record.id);
    const owner = table.ownerOf(record);
    if (!gone.has(owner)) touched.set(owner, { planId: record.planId, owner });
  }
  if (touched.size === 0 && gone.size === 0) return;
  const added = groupBy(written, (record) => table.ownerOf(record));
  const keys = [...touched.values()];
  const before = await table.rows.bulkGet(keys);
  const kept: Row[] = [];
  const dropped = [...goneOwners];
  const unknown: OwnerKey[] = [];
  keys.forEach((key, i) => {
    const next = table.revise(before[i], removed, added.get(key.owner) ?? []);
    if (next === 'reread') unknown.push(key);
    else if (next === null) dropped.push(key);
    else kept.push(next);
  });
  const reread = await Promise.all(unknown.map((key) => table.reread(key)));
  unknown.forEach((key, i) => {
    const row = reread[i];
    if (row) kept.push(row);
    else dropped.push(key);
  });
  await table.rows.write(kept, dropped);
}

/**
 * Every kept table revised after `changes` were written: `written(table)` are the records put
 * into a table, `deleted(table)` the ids deleted from it.
 */
export async function keepDerivedTables(
  db: PlannerDb,
  changes: readonly RecordChange[],
  written: (table: Source) => readonly unknown[],
  deleted: (table: 'kpis' | 'products') => readonly OwnerKey[],
): Promise<void> {
  // What was put into a table are records of that table.
  const values = written('kpiValues') as PlanRecords['kpiValues'][];
  await keepDerivedRows(kpiTrendTable(db), changes, values, deleted('kpis'));
  const items = written('backlogItems') as PlanRecords['backlogItems'][];
  await keepDerivedRows(roadmapRowTable(db), changes, items, deleted('products'));
  // A removed product's milestones and KPIs are removed as changes of their own.
  const milestones = written('milestones') as PlanRecords['milestones'][];
  await keepDerivedRows(milestoneRowTable(db), changes, milestones, []);
  const kpis = written('kpis') as PlanRecords['kpis'][];
  await keepDerivedRows(kpiRowTable(db), changes, kpis, []);
}
