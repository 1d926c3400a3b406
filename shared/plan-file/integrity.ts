/**
 * Whether the records of a schema-valid plan file hold together: every id is used once
 * (within and across tables, since the database and merges find records by id alone), every
 * record belongs to this plan, checklist items and milestones point at a product that is
 * there, and nothing is both deleted and alive. Each problem names both places involved.
 */
import type { PlanTable } from '../domain/product';
import { formatPath } from './describe';
import type { PlanFile, PlanFileProblem } from './types';

/** Where a record is: its table and index, formatted only when a message needs it. */
type Place = readonly [table: string, index: number] | 'plan';

const TABLES_WITH_IDS = ['products', 'checklistItems', 'milestones'] as const satisfies PlanTable[];

function place(table: string, index: number, field?: string): string {
  return formatPath(field === undefined ? [table, index] : [table, index, field]);
}

const shown = (where: Place) => (where === 'plan' ? 'plan' : place(where[0], where[1]));

/** Every live id and where it is; the first repeat is a problem. */
function liveIds(file: PlanFile): Map<string, Place> | PlanFileProblem {
  const seen = new Map<string, Place>([[file.plan.id, 'plan']]);
  for (const table of TABLES_WITH_IDS) {
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
  for (const table of [...TABLES_WITH_IDS, 'deletions'] as const) {
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

function missingProducts(file: PlanFile): PlanFileProblem | null {
  const products = new Set(file.products.map((product) => product.id));
  for (const table of ['checklistItems', 'milestones'] as const) {
    const records: readonly { productId: string }[] = file[table];
    const i = records.findIndex((record) => !products.has(record.productId));
    if (i >= 0) {
      const path = place(table, i, 'productId');
      return {
        message: `${path}: no product in the file has the id "${(records[i] as { productId: string }).productId}".`,
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
  return foreignPlanIds(file) ?? missingProducts(file) ?? contradictoryDeletions(file, live);
}
