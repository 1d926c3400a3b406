/**
 * Whether the records of a schema-valid plan file hold together: every id is used once
 * (within and across tables, since the database and merges find records by id alone), every
 * record belongs to this plan, checklist items and milestones point at a product that is
 * there, and nothing is both deleted and alive. Each problem names both places involved.
 */
import type { PlanTable } from '../domain/product';
import { formatPath } from './describe';
import type { PlanFile, PlanFileProblem } from './types';

type Place = string;

const TABLES_WITH_IDS = ['products', 'checklistItems', 'milestones'] as const satisfies PlanTable[];

function place(table: string, index: number, field?: string): Place {
  return formatPath(field === undefined ? [table, index] : [table, index, field]);
}

function duplicateIds(file: PlanFile): PlanFileProblem | null {
  const seen = new Map<string, Place>([[file.plan.id, 'plan']]);
  for (const table of TABLES_WITH_IDS) {
    const records = file[table];
    for (let i = 0; i < records.length; i += 1) {
      const id = (records[i] as { id: string }).id;
      const here = place(table, i);
      const first = seen.get(id);
      if (first !== undefined) {
        return {
          message: `${here}.id: the id "${id}" is already used by ${first}; every record needs its own id.`,
          path: `${here}.id`,
        };
      }
      seen.set(id, here);
    }
  }
  return null;
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

function contradictoryDeletions(file: PlanFile): PlanFileProblem | null {
  const live = new Map<string, Place>([[file.plan.id, 'plan']]);
  for (const table of TABLES_WITH_IDS) {
    file[table].forEach((record: { id: string }, i) => live.set(record.id, place(table, i)));
  }
  const deleted = new Map<string, Place>();
  for (let i = 0; i < file.deletions.length; i += 1) {
    const deletion = file.deletions[i] as PlanFile['deletions'][number];
    const here = place('deletions', i);
    const alive = live.get(deletion.id);
    if (alive !== undefined) {
      return {
        message: `${here}.id: the file says "${deletion.id}" was deleted, but ${alive} still holds it.`,
        path: `${here}.id`,
      };
    }
    const earlier = deleted.get(deletion.id);
    if (earlier !== undefined) {
      return {
        message: `${here}.id: the deletion of "${deletion.id}" is already recorded at ${earlier}.`,
        path: `${here}.id`,
      };
    }
    deleted.set(deletion.id, here);
  }
  return null;
}

export function checkIntegrity(file: PlanFile): PlanFileProblem | null {
  return (
    duplicateIds(file) ??
    foreignPlanIds(file) ??
    missingProducts(file) ??
    contradictoryDeletions(file)
  );
}
