/**
 * Whether the records of a schema-valid plan file hold together: every id is used once
 * (within and across tables, since the database and merges find records by id alone), every
 * record belongs to this plan, every reference (a checklist item's product, a feedback entry's
 * backlog item, a KPI value's KPI) points at a record of the right table that is there, and
 * nothing is both deleted and alive. Each problem names both places involved.
 */
import { PLAN_TABLES, type PlanTable } from '../domain/product';
import { REFERENCES, type Reference } from '../domain/tables';
import { templateId } from '../domain/workspace';
import { formatPath } from './describe';
import type { PlanFile, PlanFileProblem } from './types';

/** Where a record is: its table and index, formatted only when a message needs it. */
type Place = readonly [table: string, index: number] | 'plan';

const TABLES_WITH_IDS = PLAN_TABLES;

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

const SINGULAR: Record<PlanTable, string> = {
  products: 'product',
  checklistItems: 'checklist item',
  milestones: 'milestone',
  features: 'backlog item',
  feedback: 'feedback entry',
  kpis: 'KPI',
  kpiValues: 'KPI value',
  releases: 'release',
  personas: 'persona',
  competitors: 'competitor',
  stageTemplates: 'stage template',
};

function danglingReference(
  file: PlanFile,
  live: Map<string, Place>,
  ref: Reference,
): PlanFileProblem | null {
  const records = file[ref.table] as readonly object[];
  for (let i = 0; i < records.length; i += 1) {
    const value = (records[i] as Record<string, unknown>)[ref.field];
    const targets = ref.list ? (value as string[]) : value === null ? [] : [value as string];
    for (const target of targets) {
      const found = live.get(target);
      if (found !== undefined && found !== 'plan' && found[0] === ref.target) continue;
      const path = place(ref.table, i, ref.field);
      const noun = SINGULAR[ref.target];
      const message =
        found === undefined
          ? `${path}: no ${noun} in the file has the id "${target}".`
          : `${path}: "${target}" is ${shown(found)}, not a ${noun}.`;
      return { message, path };
    }
  }
  return null;
}

/** A KPI's values belong to the KPI's product, and a stage template has its stage's id. */
function inconsistentOwners(file: PlanFile): PlanFileProblem | null {
  const kpiProduct = new Map(file.kpis.map((kpi) => [kpi.id, kpi.productId]));
  const i = file.kpiValues.findIndex((value) => kpiProduct.get(value.kpiId) !== value.productId);
  if (i >= 0) {
    const path = place('kpiValues', i, 'productId');
    return { message: `${path}: this value's product is not the product of its KPI.`, path };
  }
  const t = file.stageTemplates.findIndex((tpl) => tpl.id !== templateId(tpl.planId, tpl.stage));
  if (t >= 0) {
    const path = place('stageTemplates', t, 'id');
    const tpl = file.stageTemplates[t] as PlanFile['stageTemplates'][number];
    return {
      message: `${path}: the ${tpl.stage} template of this plan must have the id "${templateId(tpl.planId, tpl.stage)}".`,
      path,
    };
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
    const dangling = danglingReference(file, live, ref);
    if (dangling) return dangling;
  }
  return inconsistentOwners(file) ?? contradictoryDeletions(file, live);
}
