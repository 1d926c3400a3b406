/**
 * Writing a plan file so that the same plan always gives the same bytes, whoever writes it
 * and in whatever order the database returned the rows: records sorted by id (compared as
 * plain strings, never by locale), keys in schema order, fields the format does not define
 * dropped, 2-space indentation, "\n" line ends and a final newline, and no field that records
 * when the file was written. Byte-identical exports make a re-export after an import a no-op
 * and let version control and a colleague's diff show only real changes.
 */
import type { Deletion, Plan } from '../domain/product';
import { COPY_RECORD, copyDeletion, copyPlan } from '../records/copy';
import { PLAN_TABLES, type PlanRecords, type PlanTable } from '../records/registry';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, type PlanFileTables } from './types';

export { copyDeletion, copyPlan, COPY_RECORD } from '../records/copy';

/** A plan and its records; a table left out counts as empty, a missing base as none. */
export type PlanParts = { plan: Plan; deletions: readonly Deletion[]; base?: string | null } & {
  [T in PlanTable]?: readonly PlanRecords[T][];
};

/** Plain code-unit order: the same on every machine and locale. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedCopies<T extends { id: string }>(records: readonly T[], copy: (r: T) => T): T[] {
  return records.map(copy).sort(compareIds);
}

function copyTable<T extends PlanTable>(table: T, records: readonly PlanRecords[T][] = []) {
  return sortedCopies(records, COPY_RECORD[table] as (r: PlanRecords[T]) => PlanRecords[T]);
}

/** A plan file from a plan and its records, in canonical order. */
export function buildPlanFile(parts: PlanParts): PlanFile {
  const tables = {} as Record<PlanTable, unknown>;
  for (const table of PLAN_TABLES) tables[table] = copyTable(table, parts[table]);
  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    base: parts.base ?? null,
    plan: copyPlan(parts.plan),
    ...(tables as PlanFileTables),
    deletions: sortedCopies(parts.deletions, copyDeletion),
  };
}

/** The bytes of the file, as text: canonical whatever order `file` is in. */
export function serializePlanFile(file: PlanFile): string {
  return `${JSON.stringify(buildPlanFile(file), null, 2)}\n`;
}
