/**
 * The board's read of a plan's products, a stage at a time: it must hold exactly what one read
 * of the plan holds, in the same order, and follow products as they move between stages.
 */
import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../../shared/domain/lifecycle';
import type { Product } from '../../../../shared/domain/product';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { readPlanProducts } from '../../../../renderer/src/db/plan-products';
import { createProduct, moveProduct } from '../../../../renderer/src/db/products';
import { makeDb, makeDraft, makePlan } from './factories';

const wholeRead = (db: PlannerDb, planId: string) =>
  db.products.where('planId').equals(planId).toArray();

/** Products of two plans, each put in the given stage and archived or not. */
async function twoPlans(db: PlannerDb, placed: readonly { stage: Stage; archived: boolean }[]) {
  const plans = [await makePlan(db, 'Ours'), await makePlan(db, 'Theirs')];
  const products: Product[] = [];
  for (const [n, { stage, archived }] of placed.entries()) {
    const plan = plans[n % 2] as (typeof plans)[number];
    const [change] = await createProduct(db, plan.id, makeDraft({ name: `Product ${n}` }));
    products.push({ ...(change?.after as Product), stage, archived });
  }
  await db.products.bulkPut(products);
  return { ours: plans[0]?.id ?? '', theirs: plans[1]?.id ?? '' };
}

describe("reading a plan's products a stage at a time", () => {
  it('gives what one read of the plan gives: every stage, archived ones, no other plan', async () => {
    const placement = fc.record({ stage: fc.constantFrom(...STAGES), archived: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(placement, { maxLength: 24 }), async (placed) => {
        const db = makeDb();
        const { ours, theirs } = await twoPlans(db, placed);
        expect(await readPlanProducts(db, ours)).toEqual(await wholeRead(db, ours));
        expect(await readPlanProducts(db, theirs)).toEqual(await wholeRead(db, theirs));
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('still gives products whose stage is none of the six, wherever it sorts', async () => {
    const db = makeDb();
    const placed = Array.from({ length: 8 }, () => ({ stage: 'growth' as Stage, archived: false }));
    const { ours, theirs } = await twoPlans(db, placed);
    const odd: string[] = ['', 'alpha', 'hold', 'zzz'];
    const products = await wholeRead(db, ours);
    await db.products.bulkPut(
      products.map((p, at) => ({ ...p, stage: (odd[at] ?? p.stage) as Stage })),
    );
    const read = await readPlanProducts(db, ours);
    expect(read).toEqual(await wholeRead(db, ours));
    expect(read.map((p) => p.stage).sort()).toEqual(['', 'alpha', 'hold', 'zzz']);
    expect(await readPlanProducts(db, theirs)).toHaveLength(4);
  });

  it('follows a product moved to another stage, showing it once, where it now is', async () => {
    const db = makeDb();
    const { ours } = await twoPlans(db, [
      { stage: 'ideation', archived: false },
      { stage: 'ideation', archived: false },
      { stage: 'growth', archived: false },
    ]);
    const seen: string[][] = [];
    const subscription = liveQuery(() => readPlanProducts(db, ours)).subscribe({
      next: (products) => seen.push(products.map((p) => `${p.name}:${p.stage}`).sort()),
    });
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    const first = (await wholeRead(db, ours)).find((p) => p.name === 'Product 0');
    await moveProduct(db, first?.id ?? '', 'maturity', null);
    await expect.poll(() => seen.at(-1)).toEqual(['Product 0:maturity', 'Product 2:growth']);
    subscription.unsubscribe();
  });
});
