/**
 * What the search index reads from the database: a plan's records of one table, records by
 * id, and which records changed. Changes are heard through Dexie's storage-mutated event,
 * which every write fires in the window that made it and, through a broadcast channel, in
 * every other window and worker of the app: so the index follows edits, undo, imports and
 * other windows alike, without each writer having to tell it.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { PlanRecords, PlanTable } from '../../../shared/records/registry';
import type { PlannerDb } from './database';

/** Past this many changed keys in one table, reading the table again is cheaper. */
const MANY_KEYS = 5_000;

export type ChangedKeys = ReadonlyMap<PlanTable, readonly string[] | 'all'>;

/** The tables seen through a type that keeps each one's record type (as in repository.ts). */
type Tables = {
  [K in PlanTable]: {
    where(index: 'planId'): { equals(key: string): { toArray(): Promise<PlanRecords[K][]> } };
    bulkGet(keys: string[]): Promise<(PlanRecords[K] | undefined)[]>;
  };
};

export function readPlanTable<T extends PlanTable>(
  db: PlannerDb,
  table: T,
  planId: string,
): Promise<PlanRecords[T][]> {
  const tables: Tables = db;
  return tables[table].where('planId').equals(planId).toArray();
}

export function readRecords<T extends PlanTable>(
  db: PlannerDb,
  table: T,
  ids: readonly string[],
): Promise<(PlanRecords[T] | undefined)[]> {
  const tables: Tables = db;
  return tables[table].bulkGet([...ids]);
}

/**
 * The single keys of one of Dexie's range sets (a tree of key ranges, smaller ones left), or
 * 'all' when it holds a range (a table cleared, say) or too many keys to read one by one.
 */
export function keysOfRangeSet(node: IntervalTree | null | undefined): string[] | 'all' {
  const keys: string[] = [];
  const stack: IntervalTree[] = node ? [node] : [];
  while (stack.length > 0) {
    const next = stack.pop() as IntervalTree;
    if (!('from' in next)) continue;
    if (typeof next.from !== 'string' || next.from !== next.to) return 'all';
    keys.push(next.from);
    if (keys.length > MANY_KEYS) return 'all';
    if (next.l) stack.push(next.l);
    if (next.r) stack.push(next.r);
  }
  return keys;
}

/**
 * Calls `onChange` with the changed keys of `tables` after every committed write. The parts
 * of a change are named "idb://<database>/<table>/<index>"; the table's own keys have an empty
 * index name. Returns a function that stops listening.
 */
export function watchTables<T extends string = PlanTable>(
  db: Dexie,
  tables: readonly T[],
  onChange: (changed: ReadonlyMap<T, readonly string[] | 'all'>) => void,
): () => void {
  const prefix = `idb://${db.name}/`;
  const listener = (parts: ObservabilitySet) => {
    const changed = new Map<T, string[] | 'all'>();
    if ('all' in parts) {
      for (const table of tables) changed.set(table, 'all');
    }
    for (const table of tables) {
      const part = parts[`${prefix}${table}/`];
      if (part && !changed.has(table)) changed.set(table, keysOfRangeSet(part));
    }
    if (changed.size > 0) onChange(changed);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
