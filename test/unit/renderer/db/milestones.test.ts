import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../../../shared/domain/product';
import type { BacklogItem } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  createMilestone,
  deleteMilestone,
  planNextMilestones,
  toggleMilestoneDone,
  updateMilestone,
  type MilestonePatch,
} from '../../../../renderer/src/db/milestones';
import { RecordNotFoundError, createProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, planId?: string) {
  const plan = planId ?? (await makePlan(db)).id;
  const [change] = await createProduct(db, plan, makeDraft());
  return change?.after as { id: string; planId: string };
}

async function addMilestone(db: PlannerDb, productId: string, title: string, date: string) {
  const [change] = await createMilestone(db, productId, { title, date });
  return change?.after as Milestone;
}

/** A backlog item planned for the milestone, written as a stored row. */
async function linkBacklogItem(db: PlannerDb, milestone: Milestone): Promise<string> {
  const backlogItem: BacklogItem = {
    id: `backlogItem-of-${milestone.id}`,
    planId: milestone.planId,
    productId: milestone.productId,
    title: 'Export',
    description: '',
    status: 'planned',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: 'a0',
    horizon: null,
    milestoneId: milestone.id,
    releaseId: null,
    shippedOn: null,
    createdAt: milestone.createdAt,
    updatedAt: milestone.createdAt,
  };
  await db.backlogItems.put(backlogItem);
  return backlogItem.id;
}

describe('milestone repository', () => {
  it('creates an open milestone in the product’s plan with a tidy title', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const now = new Date('2026-05-01T09:00:00.000Z');
    const [change] = await createMilestone(
      db,
      product.id,
      { title: ' Beta   ', date: '2026-06-01' },
      now,
    );
    expect(await db.milestones.get(change?.after?.id as string)).toMatchObject({
      planId: product.planId,
      productId: product.id,
      title: 'Beta',
      date: '2026-06-01',
      done: false,
      createdAt: now.toISOString(),
    });
  });

  it.each<[string, MilestonePatch, string]>([
    ['a blank title', { title: '  ' }, 'Give the milestone a title.'],
    ['an impossible date', { date: '2026-02-30' }, '“2026-02-30” is not a date.'],
    ['a date with a time', { date: '2026-02-03T10:00' }, 'is not a date.'],
    ['a done that is not yes or no', { done: 'yes' as unknown as boolean }, 'either done or not'],
  ])('refuses %s, writing nothing', async (_what, patch, message) => {
    const db = makeDb();
    const product = await makeProduct(db);
    const milestone = await addMilestone(db, product.id, 'Beta', '2026-06-01');
    const before = await dumpDb(db);
    await expect(updateMilestone(db, milestone.id, patch)).rejects.toThrow(message);
    if (patch.title !== undefined || patch.date !== undefined) {
      const draft = { title: 'Ok', date: '2026-01-01', ...patch } as {
        title: string;
        date: string;
      };
      await expect(createMilestone(db, product.id, draft)).rejects.toThrow(InvalidInputError);
    }
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a milestone for a product that is gone', async () => {
    const db = makeDb();
    await expect(createMilestone(db, 'nope', { title: 'x', date: '2026-01-01' })).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await db.milestones.count()).toBe(0);
  });

  it('edits title and date; undo restores them', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const milestone = await addMilestone(db, product.id, 'Beta', '2026-06-01');
    const changes = await updateMilestone(db, milestone.id, { title: 'GA', date: '2026-07-01' });
    expect(await db.milestones.get(milestone.id)).toMatchObject({
      title: 'GA',
      date: '2026-07-01',
    });
    await writeChanges(db, changes, 'undo');
    expect(await db.milestones.get(milestone.id)).toMatchObject({
      title: 'Beta',
      date: '2026-06-01',
    });
  });

  it('toggles done from the stored state', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const milestone = await addMilestone(db, product.id, 'Beta', '2026-06-01');
    await toggleMilestoneDone(db, milestone.id);
    expect((await db.milestones.get(milestone.id))?.done).toBe(true);
    const changes = await toggleMilestoneDone(db, milestone.id);
    expect((await db.milestones.get(milestone.id))?.done).toBe(false);
    await writeChanges(db, changes, 'undo');
    expect((await db.milestones.get(milestone.id))?.done).toBe(true);
    await expect(toggleMilestoneDone(db, 'nope')).rejects.toThrow(
      'The milestone nope no longer exists',
    );
  });

  it('deletes a milestone, unlinking backlog items in the same change; undo relinks them', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const milestone = await addMilestone(db, product.id, 'Beta', '2026-06-01');
    const backlogItemId = await linkBacklogItem(db, milestone);
    const changes = await deleteMilestone(db, milestone.id);
    expect(await db.milestones.get(milestone.id)).toBeUndefined();
    expect((await db.backlogItems.get(backlogItemId))?.milestoneId).toBeNull();
    expect(await db.deletions.get(milestone.id)).toMatchObject({ table: 'milestones' });
    await writeChanges(db, changes, 'undo');
    expect(await db.milestones.get(milestone.id)).toMatchObject({ title: 'Beta' });
    expect((await db.backlogItems.get(backlogItemId))?.milestoneId).toBe(milestone.id);
  });

  it('finds each product’s next milestone in a plan', async () => {
    const db = makeDb();
    const a = await makeProduct(db);
    const b = await makeProduct(db, a.planId);
    await makeProduct(db, a.planId);
    await addMilestone(db, a.id, 'Later', '2026-09-01');
    await addMilestone(db, a.id, 'Late', '2026-04-01');
    const done = await addMilestone(db, b.id, 'Shipped', '2026-05-01');
    await toggleMilestoneDone(db, done.id);
    const next = await planNextMilestones(db, a.planId, '2026-05-10');
    expect(next.get(a.id)).toMatchObject({
      milestone: { title: 'Late' },
      overdue: true,
      days: -39,
    });
    expect(next.has(b.id)).toBe(false);
    expect(next.size).toBe(1);
  });
});
