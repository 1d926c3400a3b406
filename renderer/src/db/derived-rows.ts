/**
 * Tables kept from others: a KPI's trend from its values (./kpi-trends.ts), a product's
 * roadmap row from its backlog items (./roadmap-rows.ts). Every write of plan data goes
 * through `writeChanges`, which calls `keepDerivedRows` in the same transaction, so a kept row
 * is never out of step with the records a user sees elsewhere.
 */
import { groupBy } from '../../../shared/domain/records';
import type { PlanRecords } from '../../../shared/records/registry';
import type { RecordChange } from './changes';
import type { PlannerDb } from './database';
import { kpiTrendTable } from './kpi-trends';
import { roadmapRowTable } from './roadmap-rows';

type Source = 'kpiValues' | 'backlogItems';

/** What is needed of the kept table: its rows by their owner's id. */
interface RowStore<Row> {
  bulkGet(owners: string[]): Promise<(Row | undefined)[]>;
  bulkDelete(owners: string[]): Promise<void>;
  bulkPut(rows: readonly Row[]): Promise<unknown>;
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
  reread(owner: string): Promise<Row | null>;
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
  goneOwners: readonly string[],
): Promise<void> {
  const gone = new Set(goneOwners);
  const touched = new Set<string>();
  const removed = new Set<string>();
  for (const record of recordsIn(changes, table.source)) {
    removed.add(record.id);
    if (!gone.has(table.ownerOf(record))) touched.add(table.ownerOf(record));
  }
  if (touched.size === 0 && gone.size === 0) return;
  const added = groupBy(written, (record) => table.ownerOf(record));
  const owners = [...touched];
  const before = await table.rows.bulkGet(owners);
  const kept: Row[] = [];
  const dropped = [...gone];
  const unknown: string[] = [];
  owners.forEach((owner, i) => {
    const next = table.revise(before[i], removed, added.get(owner) ?? []);
    if (next === 'reread') unknown.push(owner);
    else if (next === null) dropped.push(owner);
    else kept.push(next);
  });
  const reread = await Promise.all(unknown.map((owner) => table.reread(owner)));
  unknown.forEach((owner, i) => {
    const row = reread[i];
    if (row) kept.push(row);
    else dropped.push(owner);
  });
  await table.rows.bulkDelete(dropped);
  await table.rows.bulkPut(kept);
}

/**
 * Every kept table revised after `changes` were written: `written(table)` are the records put
 * into a table, `deleted(table)` the ids deleted from it.
 */
export async function keepDerivedTables(
  db: PlannerDb,
  changes: readonly RecordChange[],
  written: (table: Source) => readonly unknown[],
  deleted: (table: 'kpis' | 'products') => readonly string[],
): Promise<void> {
  // What was put into a table are records of that table.
  const values = written('kpiValues') as PlanRecords['kpiValues'][];
  await keepDerivedRows(kpiTrendTable(db), changes, values, deleted('kpis'));
  const items = written('backlogItems') as PlanRecords['backlogItems'][];
  await keepDerivedRows(roadmapRowTable(db), changes, items, deleted('products'));
}
