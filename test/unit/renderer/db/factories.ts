import { randomUUID } from 'node:crypto';
import { openPlannerDb, type PlannerDb } from '../../../../renderer/src/db/database';
import { createPlan } from '../../../../renderer/src/db/plans';
import type { ProductDraft } from '../../../../renderer/src/db/products';

/** A database of its own for each test, so tests never share state. */
export function makeDb(): PlannerDb {
  return openPlannerDb(`test-${randomUUID()}`);
}

export function makeDraft(overrides: Partial<ProductDraft> = {}): ProductDraft {
  return { name: 'Acme Cloud', summary: '', owner: 'Ada', tags: ['web'], ...overrides };
}

export async function makePlan(db: PlannerDb, name = 'Portfolio') {
  return (await createPlan(db, name)).plan;
}

/** Every row of every table, for "nothing changed" assertions. */
export async function dumpDb(db: PlannerDb) {
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    plans: byId(await db.plans.toArray()),
    products: byId(await db.products.toArray()),
    deletions: byId(await db.deletions.toArray()),
    checklistItems: byId(await db.checklistItems.toArray()),
    milestones: byId(await db.milestones.toArray()),
    backups: byId(await db.backups.toArray()),
  };
}
