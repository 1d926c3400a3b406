/**
 * Rows that copy some fields of each record of a table (a milestone's date, a KPI's target),
 * kept in step with the records and stored in packs per plan (./packed-rows.ts), for the views
 * that read every such record of a plan: thousands of records cost far more to read than the
 * same fields in a few packs.
 */
import type { EntityTable, Transaction } from 'dexie';
import type { PlanRecords } from '../../../shared/records/registry';
import type { PlannerDb } from './database';
import type { DerivedTable } from './derived-rows';
import {
  PackedRowStore,
  UnreadableRow,
  packsOf,
  readPackedRows,
  type Pack,
  type PackCodec,
} from './packed-rows';

export type Copied = 'milestones' | 'kpis';

/** A check of one stored field. */
type Check = (value: unknown) => boolean;

/** What a kind of row copies: its fields besides id and planId, each with its check. */
export interface RecordRows<S extends Copied, Row extends { id: string; planId: string }> {
  source: S;
  /** The table its packs are stored in. */
  packs(db: PlannerDb): EntityTable<Pack, 'id'>;
  fields: readonly (readonly [
    Exclude<keyof Row & keyof PlanRecords[S] & string, 'id' | 'planId'>,
    Check,
  ])[];
}

export const isString: Check = (value) => typeof value === 'string';
export const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
export const isBoolean: Check = (value) => typeof value === 'boolean';
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);

/** The row of `record`: its id, its plan and the kind's fields. */
export function rowOf<S extends Copied, Row extends { id: string; planId: string }>(
  kind: RecordRows<S, Row>,
  record: PlanRecords[S],
): Row {
  const row: Record<string, unknown> = { id: record.id, planId: record.planId };
  for (const [field] of kind.fields) row[field] = record[field];
  // Every field of Row besides id and planId is one of the kind's fields, copied above.
  return row as Row;
}

/** Stored as the JSON array of the kind's fields, in their order. */
export function codecOf<S extends Copied, Row extends { id: string; planId: string }>(
  kind: RecordRows<S, Row>,
): PackCodec<Row> {
  const { fields } = kind;
  return {
    keyOf: (row) => ({ planId: row.planId, owner: row.id }),
    encode: (row) => JSON.stringify(kind.fields.map(([field]) => row[field])),
    decode: ({ planId, owner }, stored) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(stored);
      } catch (error) {
        throw new UnreadableRow(`${kind.source} ${owner}`, { cause: error });
      }
      if (!Array.isArray(parsed) || parsed.length !== kind.fields.length) {
        throw new UnreadableRow(`${kind.source} ${owner}`);
      }
      const row: Record<string, unknown> = { id: owner, planId };
      // By index, not with an iterator and destructuring: a large plan's 10,000 milestones are
      // decoded before the roadmap draws, and that took about twice as long.
      for (let at = 0; at < fields.length; at += 1) {
        const [field, check] = fields[at] as (typeof fields)[number];
        const value: unknown = parsed[at];
        if (!check(value)) throw new UnreadableRow(`${kind.source} ${owner}: ${field}`);
        row[field] = value;
      }
      // Each of the kind's fields was checked above.
      return row as Row;
    },
    // A copied row is made from its record alone, never from the row it replaces.
    unreadable: ({ planId, owner }) => ({ id: owner, planId }) as Row,
  };
}

async function planRows<S extends Copied, Row extends { id: string; planId: string }>(
  db: PlannerDb,
  kind: RecordRows<S, Row>,
  planId: string,
): Promise<Row[]> {
  const table = db.table<PlanRecords[S], string>(kind.source);
  return (await table.where('planId').equals(planId).toArray()).map((r) => rowOf(kind, r));
}

export function recordRowTable<S extends Copied, Row extends { id: string; planId: string }>(
  db: PlannerDb,
  kind: RecordRows<S, Row>,
): DerivedTable<S, Row> {
  const table = db.table<PlanRecords[S], string>(kind.source);
  const store = new PackedRowStore(kind.packs(db), codecOf(kind), (planId) =>
    planRows(db, kind, planId),
  );
  return {
    source: kind.source,
    rows: {
      // A row is made from its record alone, so the rows it replaces are not read (an import
      // of a large plan would decode 20,000 of them for nothing); writing reads their packs.
      bulkGet: (keys) => Promise.resolve(keys.map(() => undefined)),
      write: (kept, dropped) => store.write(kept, dropped),
    },
    ownerOf: (record) => record.id,
    // The record as now stored, or none once it is removed.
    revise: (_before, _removed, written) => (written[0] ? rowOf(kind, written[0]) : null),
    reread: async ({ owner }) => {
      const record = await table.get(owner);
      return record ? rowOf(kind, record) : null;
    },
  };
}

/** A plan's rows, or made from its records when a pack cannot be read. */
export async function readRecordRows<S extends Copied, Row extends { id: string; planId: string }>(
  db: PlannerDb,
  kind: RecordRows<S, Row>,
  planId: string,
): Promise<Row[]> {
  const packed = await readPackedRows(kind.packs(db), planId, codecOf(kind));
  return packed ?? planRows(db, kind, planId);
}

/** Fills the packs from every stored record: for the schema version that adds them. */
export async function rebuildRecordRows<
  S extends Copied,
  Row extends { id: string; planId: string },
>(tx: Transaction, kind: RecordRows<S, Row>, packsTable: string): Promise<void> {
  const records = (await tx.table(kind.source).toArray()) as PlanRecords[S][];
  const rows = records.map((record) => rowOf(kind, record));
  await tx.table(packsTable).clear();
  await tx.table(packsTable).bulkPut(packsOf(rows, codecOf(kind)));
}
