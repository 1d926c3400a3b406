/**
 * The plan file (`.lcplan`) as the app holds it once parsed: one plan and every record in it.
 * The file on disk is UTF-8 JSON of exactly this shape; see docs/plan-file.md.
 */
import type { ChecklistItem, Deletion, Milestone, Plan, Product } from '../domain/product';

export const PLAN_FILE_FORMAT = 'lifecycle-plan';
/** The version this app writes. Older versions are migrated on the way in. */
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = 'lcplan';
/** Files larger than this are refused before they are read. */
export const MAX_PLAN_FILE_BYTES = 256 * 1024 * 1024;

export interface PlanFile {
  format: typeof PLAN_FILE_FORMAT;
  version: typeof PLAN_FILE_VERSION;
  plan: Plan;
  products: Product[];
  checklistItems: ChecklistItem[];
  milestones: Milestone[];
  deletions: Deletion[];
}

/** Why a file was refused: what is wrong and, for schema errors, where (`products[12].stage`). */
export interface PlanFileProblem {
  message: string;
  path?: string;
}

export type PlanFileResult =
  | { ok: true; file: PlanFile; migratedFrom: number | null }
  | { ok: false; problem: PlanFileProblem };

export interface PlanCounts {
  products: number;
  checklistItems: number;
  milestones: number;
  deletions: number;
}

export function countRecords(file: Pick<PlanFile, keyof PlanCounts>): PlanCounts {
  return {
    products: file.products.length,
    checklistItems: file.checklistItems.length,
    milestones: file.milestones.length,
    deletions: file.deletions.length,
  };
}
