/**
 * Whether the records of a schema-valid plan file hold together: every id is used once
 * (within and across tables, since the database and merges find records by id alone), every
 * record belongs to this plan, every reference (a checklist item's product, a feedback entry's
 * backlog item, a KPI value's KPI, a product's personas) points at a record of the right table
 * that is there, a product lists each persona and competitor once, links between a product's
 * records stay within that product (a KPI value belongs to its KPI's product), a stage
 * template has the id of its stage, and nothing is both deleted and alive. Each problem
 * names both places involved. */
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

const shown = (where: Place) => (where === 'plan' ? 'the plan' : place(where[0], where[1]));

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

/** One record of each table, in words: what a problem or a merge preview calls it. */
export const RECORD_NOUNS: Record<PlanTable, string> = {
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

/** A KPI's values belong to the KPI's product, and a stage template has its stage's id. */
function inconsistentOwners(file: PlanFile): PlanFileProblem | null {
  const kpiProduct = new Map(file.kpis.map((kpi) => [kpi.id, kpi.productId]));
  const i = file.kpiValues.findIndex((value) => kpiProduct.get(value.kpiId) !== value.productId);
  if (i >= 0) {
    const path = place('kpiValues', i, 'productId');
    const value = file.kpiValues[i] as PlanFile['kpiValues'][number];
    return {
      message: `${path}: this value is recorded for product "${value.productId}", but its KPI "${value.kpiId}" belongs to product "${kpiProduct.get(value.kpiId) ?? ''}"; a KPI's values belong to the KPI's product.`,
      path,
    };
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
    const bad = badReference(file, live, ref);
    if (bad) return bad;
  }
  return inconsistentOwners(file) ?? contradictoryDeletions(file, live);
}
