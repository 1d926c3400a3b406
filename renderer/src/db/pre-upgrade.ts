/**
 * Plans read straight from an older database, before Dexie upgrades it: the rows of each
 * table as the old version stored them, brought forward through the same pure row upgrades
 * the schema declares, and turned into plan files. Pure, so it is tested on plain objects.
 */
import { type Deletion, type Plan, type Product } from '../../../shared/domain/product';
import { PLAN_TABLES } from '../../../shared/records/registry';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile, PlanFileTables } from '../../../shared/plan-file/types';
import {
  SCHEMA_VERSIONS,
  type SchemaVersion,
  type TableName,
} from '../../../shared/storage/schema-versions';

/** Every row of every table, by table name, as read from the stored database. */
export type RawTables = Partial<Record<string, readonly unknown[]>>;

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The rows of one table after every upgrade newer than `fromVersion`; an upgrade that throws keeps the row as it was. */
function upgradedRows(
  table: TableName,
  rows: readonly unknown[],
  fromVersion: number,
  versions: readonly SchemaVersion[],
): Row[] {
  const steps = versions
    .filter((v) => v.version > fromVersion)
    .map((v) => v.upgrades?.[table])
    .filter((step) => step !== undefined);
  return rows
    .map((row) => {
      let current: unknown = row;
      for (const step of steps) {
        try {
          current = step(current);
        } catch {
          // A backup that keeps the old shape beats no backup at all.
        }
      }
      return current;
    })
    .filter(isRow);
}

/** The tables under the names the current schema gives them, after every later rename. */
function underCurrentNames(
  stored: RawTables,
  fromVersion: number,
  versions: readonly SchemaVersion[],
): RawTables {
  let tables: RawTables = { ...stored };
  for (const version of versions.filter((v) => v.version > fromVersion)) {
    for (const { from, to } of version.moves ?? []) {
      const moved = [...(tables[to] ?? []), ...(tables[from] ?? [])];
      tables = Object.fromEntries(Object.entries(tables).filter(([name]) => name !== from));
      tables[to] = moved;
    }
  }
  return tables;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Old rows may lack fields a later version added; the plan-file writer needs arrays to copy. */
function asProduct(row: Row): Product {
  return {
    ...row,
    tags: list(row.tags),
    stageHistory: list(row.stageHistory),
    personaIds: list(row.personaIds),
    competitorIds: list(row.competitorIds),
    plannedStages: list(row.plannedStages),
    decision: row.decision ?? null,
  } as Product;
}

/**
 * One plan file per plan found in `tables`, oldest schema rows upgraded first. Records whose
 * plan is missing are left out: there is no plan to restore them into.
 */
export function planFilesFromRows(
  stored: RawTables,
  fromVersion: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): PlanFile[] {
  const tables = underCurrentNames(stored, fromVersion, versions);
  const rowsOf = (table: TableName) =>
    upgradedRows(table, tables[table] ?? [], fromVersion, versions);
  const byPlan = (rows: Row[]) => {
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const planId = text(row.planId);
      groups.set(planId, [...(groups.get(planId) ?? []), row]);
    }
    return (planId: string) => groups.get(planId) ?? [];
  };
  const records = new Map(PLAN_TABLES.map((table) => [table, byPlan(rowsOf(table))]));
  const deletions = byPlan(rowsOf('deletions'));
  return rowsOf('plans')
    .filter((plan) => text(plan.id) !== '')
    .map((plan) => {
      const id = text(plan.id);
      const tables = Object.fromEntries(
        PLAN_TABLES.map((table) => {
          const rows = records.get(table)?.(id) ?? [];
          return [table, table === 'products' ? rows.map(asProduct) : rows];
        }),
      ) as unknown as PlanFileTables;
      return buildPlanFile({
        plan: plan as unknown as Plan,
        ...tables,
        deletions: deletions(id) as unknown as Deletion[],
      });
    })
    .sort((a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
}
