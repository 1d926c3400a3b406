/**
 * Writing a plan file so that the same plan always gives the same bytes, whoever writes it
 * and in whatever order the database returned the rows: records sorted by id (compared as
 * plain strings, never by locale), keys in schema order, fields the format does not define
 * dropped, 2-space indentation, "\n" line ends and a final newline, and no field that records
 * when the file was written. Byte-identical exports make a re-export after an import a no-op
 * and let version control and a colleague's diff show only real changes.
 */
import type {
  ChecklistItem,
  Deletion,
  Milestone,
  Plan,
  Product,
  StageEntry,
} from '../domain/product';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile } from './types';

export interface PlanParts {
  plan: Plan;
  products: readonly Product[];
  checklistItems: readonly ChecklistItem[];
  milestones: readonly Milestone[];
  deletions: readonly Deletion[];
}

// Each copy lists its fields in the order they are written. Listing them (rather than
// spreading) is what drops unknown keys, e.g. extra columns on a database row.

export function copyPlan(p: Plan): Plan {
  return { id: p.id, name: p.name, createdAt: p.createdAt, updatedAt: p.updatedAt };
}

function copyStageEntry(entry: StageEntry): StageEntry {
  return { stage: entry.stage, enteredAt: entry.enteredAt };
}

export function copyProduct(p: Product): Product {
  return {
    id: p.id,
    planId: p.planId,
    name: p.name,
    summary: p.summary,
    owner: p.owner,
    // Tags and stage history keep their order: it is meaningful (as typed; oldest first).
    tags: [...p.tags],
    stage: p.stage,
    rank: p.rank,
    stageHistory: p.stageHistory.map(copyStageEntry),
    archived: p.archived,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function copyChecklistItem(c: ChecklistItem): ChecklistItem {
  return {
    id: c.id,
    planId: c.planId,
    productId: c.productId,
    stage: c.stage,
    text: c.text,
    done: c.done,
    rank: c.rank,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function copyMilestone(m: Milestone): Milestone {
  return {
    id: m.id,
    planId: m.planId,
    productId: m.productId,
    title: m.title,
    date: m.date,
    done: m.done,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export function copyDeletion(d: Deletion): Deletion {
  return { id: d.id, planId: d.planId, table: d.table, deletedAt: d.deletedAt };
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedCopies<T extends { id: string }>(records: readonly T[], copy: (r: T) => T): T[] {
  return records.map(copy).sort(compareIds);
}

/** A plan file from a plan and its records, in canonical order. */
export function buildPlanFile(parts: PlanParts): PlanFile {
  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    plan: copyPlan(parts.plan),
    products: sortedCopies(parts.products, copyProduct),
    checklistItems: sortedCopies(parts.checklistItems, copyChecklistItem),
    milestones: sortedCopies(parts.milestones, copyMilestone),
    deletions: sortedCopies(parts.deletions, copyDeletion),
  };
}

/** The bytes of the file, as text: canonical whatever order `file` is in. */
export function serializePlanFile(file: PlanFile): string {
  return `${JSON.stringify(buildPlanFile(file), null, 2)}\n`;
}
