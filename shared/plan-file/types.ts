/**
 * The plan file (`.lcplan`) as the app holds it once parsed: one plan and every record in it.
 * The file on disk is UTF-8 JSON of exactly this shape; see docs/plan-file.md.
 */
import { type Deletion, type Plan } from '../domain/product';
import { PLAN_TABLES, type PlanTable } from '../records/registry';
import type { PlanRecords } from '../records/registry';

export const PLAN_FILE_FORMAT = 'lifecycle-plan';
/** The version this app writes. Older versions are migrated on the way in. */
export const PLAN_FILE_VERSION = 3;
export const PLAN_FILE_EXTENSION = 'lcplan';
/** Files larger than this are refused before they are read. */
export const MAX_PLAN_FILE_BYTES = 256 * 1024 * 1024;

export type PlanFileTables = { [T in PlanTable]: PlanRecords[T][] };

export type PlanFile = {
  format: typeof PLAN_FILE_FORMAT;
  version: typeof PLAN_FILE_VERSION;
  /**
   * The fingerprint (see ./fingerprint.ts) of the last copy of this plan that the app which
   * wrote the file shared with anyone: read from or written to a file. A merge looks it up
   * among the copies it has shared itself, to find the version both started from.
   */
  base: string | null;
  plan: Plan;
} & PlanFileTables & { deletions: Deletion[] };

/** Why a file was refused: what is wrong and, for schema errors, where (`products[12].stage`). */
export interface PlanFileProblem {
  message: string;
  path?: string;
}

export type PlanFileResult =
  | { ok: true; file: PlanFile; migratedFrom: number | null }
  | { ok: false; problem: PlanFileProblem };

export type PlanCounts = Record<PlanTable | 'deletions', number>;

export function countRecords(file: Pick<PlanFile, keyof PlanCounts>): PlanCounts {
  const counts = { deletions: file.deletions.length } as PlanCounts;
  for (const table of PLAN_TABLES) counts[table] = file[table].length;
  return counts;
}

/** Every table empty: the start of a new plan, or of a diff. */
export function emptyTables(): PlanFileTables {
  const tables = {} as Record<PlanTable, unknown[]>;
  for (const table of PLAN_TABLES) tables[table] = [];
  return tables as PlanFileTables;
}
