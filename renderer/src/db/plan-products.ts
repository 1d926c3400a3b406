/**
 * The read behind the board: every product of a plan. Thousands of products read in one
 * request are handed over in one task, and any large write of products, even to another plan
 * (a restore, an import), has the board read them all again. Read a stage at a time, each
 * answer comes in a task of its own, so the window keeps drawing in between.
 */
import Dexie from 'dexie';
import { STAGES } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import type { PlannerDb } from './database';

/**
 * The parts of a plan's [planId+stage] keys, a stage each in the stages' key order. The first
 * and last run on to the ends of the keys, so together they hold every product of the plan,
 * whatever its stage.
 */
const ORDERED = [...STAGES].sort();
const PARTS = ORDERED.map((stage, at) => ({
  from: at === 0 ? Dexie.minKey : stage,
  to: ORDERED[at + 1] ?? Dexie.maxKey,
}));

const byId = (a: Product, b: Product) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The plan's products, archived ones included, in id order as one read of the plan gives.
 * One transaction: a product moved between stages meanwhile is read once, where it is now.
 */
export function readPlanProducts(db: PlannerDb, planId: string): Promise<Product[]> {
  return db.transaction('r', db.products, async () => {
    const parts = await Promise.all(
      PARTS.map(({ from, to }) =>
        db.products.where('[planId+stage]').between([planId, from], [planId, to]).toArray(),
      ),
    );
    return parts.flat().sort(byId);
  });
}
