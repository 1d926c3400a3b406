import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/domain/product';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createProduct } from '../../../../renderer/src/db/products';
import { makeDb, makeDraft, makePlan } from './factories';

/** Every list of product names a live query over the plan's products gives, in order. */
function watchNames(db: PlannerDb, planId: string) {
  const seen: string[][] = [];
  const subscription = liveQuery(() =>
    db.products.where('planId').equals(planId).toArray(),
  ).subscribe({ next: (products) => seen.push(products.map((p) => p.name).sort()) });
  return { seen, stop: () => subscription.unsubscribe() };
}

/** Lets the database answer, and live queries run again, until nothing more comes. */
async function settle(seen: readonly unknown[]) {
  let count = -1;
  while (count !== seen.length) {
    count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('live queries of the window', () => {
  it('give each reader its own records: changing one does not change what another reads', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    await createProduct(db, plan.id, makeDraft({ name: 'Kept' }));
    // A reader that stays, so that a shared result (were results shared) is still held.
    const first = watchNames(db, plan.id);
    const raw: Product[][] = [];
    const second = liveQuery(() => db.products.where('planId').equals(plan.id).toArray()).subscribe(
      { next: (products) => raw.push(products) },
    );
    await settle(raw);
    await settle(first.seen);
    const product = raw.at(-1)?.[0];
    if (!product) throw new Error('the second reader was given nothing');
    product.name = 'Changed in place';
    const third = watchNames(db, plan.id);
    await settle(third.seen);
    first.stop();
    second.unsubscribe();
    third.stop();
    expect(third.seen.at(-1)).toEqual(['Kept']);
  });
});
