/**
 * The read behind the board: every product of a plan. Thousands of products read in one
 * request are handed over in one task, and any large write of products, even to another plan
 * (a restore, an import), has the board read them all again. Read a stage at a time, each
 * answer comes in a task of its own, so the window keeps drawing in between.
 */
import { STAGES } from '../../../shared/domain/lifecycle';
import type { Product } from '../../../shared/domain/product';
import type { PlannerDb } from './database';

const byId = (a: Product, b: Product) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The plan's products, archived ones included, in id order as one read of the plan gives.
 * One transaction: a product moved between stages meanwhile is read once, where it is now.
 */
export function readPlanProducts(db: PlannerDb, planId: string): Promise<Product[]> {
  return db.transaction('r', db.products, async () => {
    const ofPlan = db.products.where('planId').equals(planId);
    const [count, ...stages] = await Promise.all([
      ofPlan.count(),
      ...STAGES.map((stage) =>
        db.products.where('[planId+stage]').equals([planId, stage]).toArray(),
      ),
    ]);
    const products = stages.flat();
    // Every write checks a product's stage; should one still be none of the six, the plan
    // is read whole, so that no product is left out of what the window holds.
    if (products.length !== count) return ofPlan.toArray();
    return products.sort(byId);
  });
}
