/** Small valid plan files and records for plan-file tests; override what a test is about. */
import {
  emptyProductLinks,
  type ChecklistItem,
  type Deletion,
  type Milestone,
  type Plan,
  type Product,
} from '../../../shared/domain/product';
import { buildPlanFile, serializePlanFile } from '../../../shared/plan-file/serialize';
import type { PlanFile } from '../../../shared/plan-file/types';

export const PLAN_ID = 'plan-1';
export const T0 = '2026-03-01T09:00:00.000Z';
export const T1 = '2026-03-02T09:00:00.000Z';
export const T2 = '2026-03-03T10:02:00.000Z';

export function makePlanRecord(overrides: Partial<Plan> = {}): Plan {
  return { id: PLAN_ID, name: 'Portfolio', createdAt: T0, updatedAt: T0, ...overrides };
}

export function makeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p-1',
    planId: PLAN_ID,
    name: 'Receipt Scanner',
    summary: 'Snap a receipt, get an expense.',
    owner: 'Amara Okafor',
    tags: ['mobile', 'AI'],
    stage: 'development',
    rank: 'a0',
    stageHistory: [
      { stage: 'ideation', enteredAt: '2026-01-10T08:00:00.000Z' },
      { stage: 'development', enteredAt: '2026-02-01T08:00:00.000Z' },
    ],
    archived: false,
    ...emptyProductLinks(),
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: T0,
    ...overrides,
  };
}

export function makeChecklistItem(overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id: 'c-1',
    planId: PLAN_ID,
    productId: 'p-1',
    stage: 'development',
    text: 'Prioritised backlog',
    done: true,
    rank: 'a0',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'm-1',
    planId: PLAN_ID,
    productId: 'p-1',
    title: 'Beta',
    date: '2026-04-01',
    done: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function makeDeletion(overrides: Partial<Deletion> = {}): Deletion {
  return { id: 'gone-1', planId: PLAN_ID, table: 'products', deletedAt: T0, ...overrides };
}

export function makePlanFile(overrides: Partial<PlanFile> = {}): PlanFile {
  return {
    ...buildPlanFile({
      plan: makePlanRecord(),
      products: [
        makeProduct(),
        makeProduct({ id: 'p-2', name: 'Team Budgets', stage: 'ideation', stageHistory: [] }),
      ],
      checklistItems: [makeChecklistItem()],
      milestones: [makeMilestone()],
      deletions: [makeDeletion()],
    }),
    ...overrides,
  };
}

/** The file as JSON with `change` applied to the parsed object: for one broken field. */
export function mutatedText(change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(serializePlanFile(makePlanFile())) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json, null, 2);
}

/** Shorthand for reaching into a parsed file in `mutatedText`. */
export function at(json: Record<string, unknown>, table: string, index: number) {
  return (json[table] as Record<string, unknown>[])[index] as Record<string, unknown>;
}
