/**
 * Whether the records of a schema-valid plan file hold together: every id is used once
 * (within and across tables, since the database and merges find records by id alone), every
 * record belongs to this plan, every reference (a checklist item's product, a feedback entry's
 * backlog item, a KPI value's KPI, a product's personas) points at a record of the right table
 * that is there, a product lists each persona and competitor once, links between a product's
 * records stay within that product (a KPI value belongs to its KPI's product), a stage
 * template has the id of its stage, and nothing is both deleted and alive. Each problem
 * names both places involved. */
import {
  kindOf,
  PLAN_TABLES,
  RECORD_NOUNS,
  REFERENCES,
  type PlanRecord,
  type Reference,
} from '../records/registry';
import { formatPath } from './describe';
import type { PlanFile, PlanFileProblem } from './types';

/** Where a record is: its table and index, formatted only when a message needs it. */
type Place = readonly [table: string, index: number] | 'plan';

function place(table: string, index: number, field?: string): string {
  return formatPath(field === undefined ? [table, index] : [table, index, field]);
}

const shown = (where: Place) => (where === 'plan' ? 'the plan' : place(where[0], where[1]));

/** Every live id and where it is; the first repeat is a problem. */
function liveIds(file: PlanFile): Map<string, Place> | PlanFileProblem {
  const seen = new Map<string, Place>([[file.plan.id, 'plan']]);
  for (const table of PLAN_TABLES) {
    const records: readonly { id: string }[] = file[table];
    for (let i = 0; i < records.length; i += 1) {
      const id = (records[i] as { id: string }).id;
      const first = seen.get(id);
      if (first !== undefined) {
        const path = place(table, i, 'id');
        return {
          message: `${path}: the id "${id}" is already used by ${shown(first)}; every record needs its own id.`,
          path,
        };
      }
      seen.set(id, [table, i]);
    }
  }
  return seen;
}

function foreignPlanIds(file: PlanFile): PlanFileProblem | null {
  const planId = file.plan.id;
  for (const table of [...PLAN_TABLES, 'deletions'] as const) {
    const records: readonly { planId: string }[] = file[table];
    const i = records.findIndex((record) => record.planId !== planId);
    if (i >= 0) {
      const path = place(table, i, 'planId');
      return {
        message: `${path}: this record belongs to plan "${(records[i] as { planId: string }).planId}", but the file is plan "${planId}".`,
        path,
      };
    }
  }
  return null;
}

/** The product a record belongs to, for the tables whose records belong to one. */
function productOf(record: object): string | undefined {
  const value = (record as { productId?: unknown }).productId;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Every id in `ref.field` is a live record of `ref.target`; a list names each record once;
 * an optional link between two records of products stays within one product, as the app
 * only makes such links inside a product's workspace.
 */
function badReference(
  file: PlanFile,
  live: Map<string, Place>,
  ref: Reference,
): PlanFileProblem | null {
  const records = file[ref.table] as readonly object[];
  const noun = RECORD_NOUNS[ref.target];
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i] as Record<string, unknown>;
    const value = record[ref.field];
    const targets = ref.list ? (value as string[]) : value === null ? [] : [value as string];
    const listed = new Map<string, string>();
    for (let j = 0; j < targets.length; j += 1) {
      const target = targets[j] as string;
      const path = ref.list
        ? formatPath([ref.table, i, ref.field, j])
        : place(ref.table, i, ref.field);
      const found = live.get(target);
      if (found === undefined) {
        return { message: `${path}: no ${noun} in the file has the id "${target}".`, path };
      }
      if (found === 'plan' || found[0] !== ref.target) {
        return { message: `${path}: "${target}" is ${shown(found)}, not a ${noun}.`, path };
      }
      const earlier = listed.get(target);
      if (earlier !== undefined) {
        return {
          message: `${path}: "${target}" is already listed at ${earlier}; a ${RECORD_NOUNS[ref.table]} links to each ${noun} once.`,
          path,
        };
      }
      listed.set(target, path);
      const own = productOf(record);
      const theirs = productOf(file[ref.target][found[1]] as object);
      if (!ref.required && own !== undefined && theirs !== undefined && own !== theirs) {
        return {
          message: `${path}: "${target}" (${shown(found)}) is a ${noun} of product "${theirs}", but this ${RECORD_NOUNS[ref.table]} belongs to product "${own}"; links stay within one product.`,
          path,
        };
      }
    }
  }
  return null;
}

/**
 * A record linked to its owner within a product (a KPI value to its KPI) belongs to the same
 * product, and a record whose id follows from its fields (a stage template) has that id.
 */
function inconsistentOwners(file: PlanFile): PlanFileProblem | null {
  for (const ref of REFERENCES) {
    if (!ref.required || ref.field === 'productId') continue;
    if (kindOf(ref.table).scope !== 'product' || kindOf(ref.target).scope !== 'product') continue;
    const ownerProduct = new Map(
      (file[ref.target] as readonly { id: string; productId: string }[]).map((r) => [
        r.id,
        r.productId,
      ]),
    );
    const records = file[ref.table] as unknown as readonly Record<string, string>[];
    const i = records.findIndex((r) => ownerProduct.get(r[ref.field] as string) !== r.productId);
    if (i >= 0) {
      const path = place(ref.table, i, 'productId');
      const record = records[i] as Record<string, string>;
      const owner = RECORD_NOUNS[ref.target];
      return {
        message: `${path}: this ${RECORD_NOUNS[ref.table]} belongs to product "${record.productId ?? ''}", but its ${owner} "${record[ref.field] ?? ''}" belongs to product "${ownerProduct.get(record[ref.field] as string) ?? ''}"; it must belong to its ${owner}'s product.`,
        path,
      };
    }
  }
  for (const table of PLAN_TABLES) {
    const kind = kindOf(table);
    if (!kind.derivedId) continue;
    const records = file[table] as readonly PlanRecord[];
    const i = records.findIndex((record) => record.id !== kind.derivedId?.(record));
    if (i >= 0) {
      const path = place(table, i, 'id');
      const record = records[i] as PlanRecord;
      return {
        message: `${path}: the ${kind.describe(record)} of this plan must have the id "${kind.derivedId(record)}".`,
        path,
      };
    }
  }
  return null;
}

function contradictoryDeletions(file: PlanFile, live: Map<string, Place>): PlanFileProblem | null {
  const deleted = new Map<string, number>();
  for (let i = 0; i < file.deletions.length; i += 1) {
    const { id } = file.deletions[i] as PlanFile['deletions'][number];
    const path = () => place('deletions', i, 'id');
    const alive = live.get(id);
    if (alive !== undefined) {
      return {
        message: `${path()}: the file says "${id}" was deleted, but ${shown(alive)} still holds it.`,
        path: path(),
      };
    }
    const earlier = deleted.get(id);
    if (earlier !== undefined) {
      return {
        message: `${path()}: the deletion of "${id}" is already recorded at ${place('deletions', earlier)}.`,
        path: path(),
      };
    }
    deleted.set(id, i);
  }
  return null;
}

export function checkIntegrity(file: PlanFile): PlanFileProblem | null {
  const live = liveIds(file);
  if (!(live instanceof Map)) return live;
  const problem = foreignPlanIds(file);
  if (problem) return problem;
  for (const ref of REFERENCES) {
    const bad = badReference(file, live, ref);
    if (bad) return bad;
  }
  return inconsistentOwners(file) ?? contradictoryDeletions(file, live);
}
