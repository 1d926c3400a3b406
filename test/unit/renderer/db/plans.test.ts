import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../../../renderer/src/db/changes';
import {
  addSamplePortfolio,
  deletePlan,
  ensureAPlan,
  renamePlan,
} from '../../../../renderer/src/db/plans';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

describe('plan repository', () => {
  it('makes one empty plan on a first start and reuses it after', async () => {
    const db = makeDb();
    const first = await ensureAPlan(db);
    const again = await ensureAPlan(db);
    expect(again.id).toBe(first.id);
    expect(await db.plans.count()).toBe(1);
    expect(await db.products.count()).toBe(0);
  });

  it('keeps plans apart: products belong to the plan they were created in', async () => {
    const db = makeDb();
    const a = await makePlan(db, 'A');
    const b = await makePlan(db, 'B');
    await createProduct(db, a.id, makeDraft({ name: 'in A' }));
    await addSamplePortfolio(db, b.id);
    expect(await db.products.where('planId').equals(a.id).count()).toBe(1);
    expect(await db.products.where('planId').equals(b.id).count()).toBeGreaterThanOrEqual(8);
  });

  it('renames a plan', async () => {
    const db = makeDb();
    const plan = await makePlan(db, 'Old');
    await renamePlan(db, plan.id, 'New');
    expect((await db.plans.get(plan.id))?.name).toBe('New');
  });

  it('deletes a plan with all its products and deletion records, leaving other plans alone', async () => {
    const db = makeDb();
    const keep = await makePlan(db, 'Keep');
    const drop = await makePlan(db, 'Drop');
    await createProduct(db, keep.id, makeDraft({ name: 'stays' }));
    await addSamplePortfolio(db, drop.id);
    const [change] = await createProduct(db, drop.id, makeDraft({ name: 'deleted first' }));
    await deleteProduct(db, change?.after?.id as string);
    const keptBefore = (await dumpDb(db)).products.filter((p) => p.planId === keep.id);

    await deletePlan(db, drop.id);
    const after = await dumpDb(db);
    expect(after.plans.map((p) => p.name)).toEqual(['Keep']);
    expect(after.products).toEqual(keptBefore);
    expect(after.deletions).toEqual([]);
  });

  it('loads the sample portfolio as one undoable step', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const before = await dumpDb(db);
    const changes = await addSamplePortfolio(db, plan.id);
    expect(changes.length).toBeGreaterThanOrEqual(8);
    await writeChanges(db, changes, 'undo');
    const after = await dumpDb(db);
    expect(after.products).toEqual(before.products);
  });
});
