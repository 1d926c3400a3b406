/**
 * Bringing an older plan file up to the version this app writes, one version at a time.
 * Each step is a small pure function from version N's JSON to version N+1's, so a file of any
 * older version passes through every step in order, and each step is tested on its own.
 * Steps take and return `unknown`: the file is validated against the current schema only
 * after the last step, so a step may assume nothing beyond what it checks itself.
 *
 * See docs/plan-file.md, "Versioning", for what each version added.
 */
import { addWorkspaceFieldsToProduct } from '../storage/upgrades';
import { PLAN_FILE_VERSION, type PlanFileProblem } from './types';

export interface Migration {
  /** The version this step reads; it writes version `from + 1`. */
  from: number;
  migrate(value: unknown): unknown;
}

/** Tables version 2 added; a version 1 file has none of them. */
const TABLES_ADDED_IN_2 = [
  'features',
  'feedback',
  'kpis',
  'kpiValues',
  'releases',
  'personas',
  'competitors',
  'stageTemplates',
] as const;

/**
 * Version 2 added the product workspace: backlog, feedback, KPIs, releases, personas,
 * competitors and stage templates as tables, and new product fields.
 */
export function migrate1to2(value: unknown): unknown {
  if (!isRecord(value)) throw new Error('the file is not an object');
  const next: Record<string, unknown> = { ...value };
  for (const table of TABLES_ADDED_IN_2) {
    if (table in next) throw new Error(`a version 1 file has no "${table}" list`);
    next[table] = [];
  }
  // Anything but a list is left for the schema to report with its path.
  if (Array.isArray(value.products)) {
    next.products = value.products.map(addWorkspaceFieldsToProduct);
  }
  return next;
}

export const MIGRATIONS: readonly Migration[] = [{ from: 1, migrate: migrate1to2 }];

export type MigrationResult =
  { ok: true; value: unknown } | { ok: false; problem: PlanFileProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs every step from `fromVersion` up to `target`. The runner, not each step, stamps the
 * new version number, so a step cannot forget it.
 */
export function migrateToCurrent(
  value: unknown,
  fromVersion: number,
  chain: readonly Migration[] = MIGRATIONS,
  target: number = PLAN_FILE_VERSION,
): MigrationResult {
  let current = value;
  for (let version = fromVersion; version < target; version += 1) {
    const step = chain.find((migration) => migration.from === version);
    if (!step) {
      return {
        ok: false,
        problem: {
          message: `This plan file is version ${fromVersion}, which this app cannot bring up to date (it reads versions ${oldestReadable(chain, target)} to ${target}).`,
        },
      };
    }
    try {
      const next = step.migrate(current);
      if (!isRecord(next)) throw new Error('the step did not produce an object');
      current = { ...next, version: version + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        problem: {
          message: `This plan file could not be brought up from version ${version} to ${version + 1}: ${detail}.`,
        },
      };
    }
  }
  return { ok: true, value: current };
}

/** The oldest version from which an unbroken chain of steps reaches `target`. */
export function oldestReadable(
  chain: readonly Migration[],
  target: number = PLAN_FILE_VERSION,
): number {
  let oldest = target;
  while (chain.some((migration) => migration.from === oldest - 1)) oldest -= 1;
  return oldest;
}
