/**
 * Bringing an older plan file up to the version this app writes, one version at a time.
 * Each step is a small pure function from version N's JSON to version N+1's, so a file of any
 * older version passes through every step in order, and each step is tested on its own.
 * Steps take and return `unknown`: the file is validated against the current schema only
 * after the last step, so a step may assume nothing beyond what it checks itself.
 *
 * See docs/plan-file.md, "Versioning", for what each version added.
 */
import { kindOf, PLAN_TABLES } from '../records/registry';
import { addWorkspaceFieldsToProduct } from '../storage/upgrades';
import { PLAN_FILE_VERSION, type PlanFileProblem } from './types';

export interface Migration {
  /** The version this step reads; it writes version `from + 1`. */
  from: number;
  migrate(value: unknown): unknown;
}

/**
 * The step to version `to` for kinds of record first held in that version, as the registry
 * of record kinds describes them: each gets an empty list (a file of the version before
 * cannot hold one), and every record of a kind whose shape changed in that version is
 * upgraded. Steps of released versions are written out instead (migrate1to2): they must not
 * change when the registry does.
 */
export function recordsStep(to: number): (value: unknown) => unknown {
  return (value) => {
    if (!isRecord(value)) throw new Error('the file is not an object');
    const next: Record<string, unknown> = { ...value };
    for (const table of PLAN_TABLES) {
      const kind = kindOf(table);
      if (kind.since.fileVersion === to) {
        if (table in next) throw new Error(`a version ${to - 1} file has no "${table}" list`);
        next[table] = [];
      }
      for (const step of kind.upgrades ?? []) {
        const records = next[table];
        // Anything but a list is left for the schema to report with its path.
        if (step.fileVersion === to && Array.isArray(records)) {
          next[table] = records.map(step.upgrade);
        }
      }
    }
    return next;
  };
}

/** Tables version 2 added, under the names version 2 gave them; a version 1 file has none. */
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

/**
 * Version 3 says which shared copy the file descends from (`base`), so that a merge can tell
 * who changed what; older files carry no such fact, so their base is unknown. It also calls
 * backlog items what the screen calls them: the `features` list is now `backlogItems`, and a
 * feedback entry's `featureId` is its `backlogItemId`.
 */
export function migrate2to3(value: unknown): unknown {
  if (!isRecord(value)) throw new Error('the file is not an object');
  if ('base' in value) throw new Error('a version 2 file has no "base" field');
  if ('backlogItems' in value) throw new Error('a version 2 file has no "backlogItems" list');
  const { features, ...rest } = value;
  // Feedback's link to a backlog item is renamed by its kind's upgrade (recordsStep).
  return recordsStep(3)({ ...rest, base: null, backlogItems: features });
}

export const MIGRATIONS: readonly Migration[] = [
  { from: 1, migrate: migrate1to2 },
  { from: 2, migrate: migrate2to3 },
];

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
