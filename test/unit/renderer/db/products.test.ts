import { describe, expect, it } from 'vitest';
import { sortByRank } from '../../../../shared/domain/moves';
import type { Stage } from '../../../../shared/domain/lifecycle';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  RecordNotFoundError,
  createProduct,
  deleteProduct,
  moveProduct,
  updateProduct,
} from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function names(db: PlannerDb, planId: string, stage: Stage) {
  const rows = await db.products.where('[planId+stage]').equals([planId, stage]).toArray();
  return sortByRank(rows).map((p) => p.name);
}

async function seed(db: PlannerDb, planId: string, stage: Stage, ...productNames: string[]) {
  const ids: string[] = [];
  for (const name of productNames) {
    const [change] = await createProduct(db, planId, makeDraft({ name }), stage);
    ids.push(change?.after?.id as string);
  }
  return ids;
}

describe('product repository', () => {
  it('creates products at the end of their stage with the date they entered it', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const now = new Date('2026-05-01T09:00:00.000Z');
    await seed(db, plan.id, 'ideation', 'A', 'B');
    const [change] = await createProduct(db, plan.id, makeDraft({ name: 'C' }), 'ideation', now);
    expect(await names(db, plan.id, 'ideation')).toEqual(['A', 'B', 'C']);
    const created = await db.products.get(change?.after?.id as string);
    expect(created?.stageHistory).toEqual([{ stage: 'ideation', enteredAt: now.toISOString() }]);
    expect(created?.createdAt).toBe(now.toISOString());
  });

  it('refuses to create a product in a plan that does not exist, writing nothing', async () => {
    const db = makeDb();
    await expect(createProduct(db, 'missing', makeDraft())).rejects.toThrow(RecordNotFoundError);
    expect(await db.products.count()).toBe(0);
  });

  it('moves within a stage after the named neighbour, or to the top', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [a, b, c] = await seed(db, plan.id, 'growth', 'A', 'B', 'C');
    await moveProduct(db, c as string, 'growth', a as string);
    expect(await names(db, plan.id, 'growth')).toEqual(['A', 'C', 'B']);
    await moveProduct(db, b as string, 'growth', null);
    expect(await names(db, plan.id, 'growth')).toEqual(['B', 'A', 'C']);
    // A move within a stage is not a new stage entry.
    expect((await db.products.get(b as string))?.stageHistory).toHaveLength(1);
  });

  it('moves across stages, keeping the drop position and recording the stage history', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [x] = await seed(db, plan.id, 'ideation', 'X');
    const [d1] = await seed(db, plan.id, 'development', 'D1', 'D2');
    const when = new Date('2026-06-02T10:00:00.000Z');
    await moveProduct(db, x as string, 'development', d1 as string, when);
    expect(await names(db, plan.id, 'development')).toEqual(['D1', 'X', 'D2']);
    expect(await names(db, plan.id, 'ideation')).toEqual([]);
    const moved = await db.products.get(x as string);
    expect(moved?.stage).toBe('development');
    expect(moved?.stageHistory.at(-1)).toEqual({
      stage: 'development',
      enteredAt: when.toISOString(),
    });
    expect(moved?.updatedAt).toBe(when.toISOString());
  });

  it('refuses a move after a product that is not in the target stage, changing nothing', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [x, y] = await seed(db, plan.id, 'ideation', 'X', 'Y');
    const before = await dumpDb(db);
    await expect(moveProduct(db, x as string, 'launch', y as string)).rejects.toThrow(
      /no longer exists/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('edits fields and stamps updatedAt', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [id] = await seed(db, plan.id, 'launch', 'Old');
    const when = new Date('2030-01-01T00:00:00.000Z');
    await updateProduct(db, id as string, { name: 'New', tags: ['b2b'] }, when);
    const row = await db.products.get(id as string);
    expect(row).toMatchObject({ name: 'New', tags: ['b2b'], updatedAt: when.toISOString() });
  });

  it('deletes a product leaving a deletion record, and undo brings both back as they were', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [id] = await seed(db, plan.id, 'maturity', 'Gone');
    const before = await db.products.get(id as string);
    const changes = await deleteProduct(db, id as string);
    expect(await db.products.get(id as string)).toBeUndefined();
    expect(await db.deletions.get(id as string)).toMatchObject({
      planId: plan.id,
      table: 'products',
    });

    await writeChanges(db, changes, 'undo', new Date('2031-01-01T00:00:00.000Z'));
    const restored = await db.products.get(id as string);
    expect({ ...restored, updatedAt: '' }).toEqual({ ...before, updatedAt: '' });
    // Undo is a new edit: a merge must see it as newer than the deletion.
    expect(restored?.updatedAt).toBe('2031-01-01T00:00:00.000Z');
    expect(await db.deletions.get(id as string)).toBeUndefined();

    await writeChanges(db, changes, 'redo');
    expect(await db.products.get(id as string)).toBeUndefined();
  });

  it('undoes a cross-stage move to the exact place and stage it came from', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [, b] = await seed(db, plan.id, 'ideation', 'A', 'B', 'C');
    const changes = await moveProduct(db, b as string, 'decline', null);
    await writeChanges(db, changes, 'undo');
    expect(await names(db, plan.id, 'ideation')).toEqual(['A', 'B', 'C']);
    expect((await db.products.get(b as string))?.stageHistory).toHaveLength(1);
    await writeChanges(db, changes, 'redo');
    expect(await names(db, plan.id, 'decline')).toEqual(['B']);
  });

  it('reports a missing product clearly', async () => {
    const db = makeDb();
    await expect(updateProduct(db, 'nope', { name: 'x' })).rejects.toThrow(
      'The product nope no longer exists; it may have been deleted.',
    );
  });
});
