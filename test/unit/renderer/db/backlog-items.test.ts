import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { describe, expect, it } from 'vitest';
import { localCalendarDate } from '../../../../shared/domain/calendar';
import { sortByRank } from '../../../../shared/domain/moves';
import type { BacklogItem, Impact } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  bulkSetBacklogItems,
  createBacklogItem,
  deleteBacklogItem,
  deleteBacklogItems,
  moveBacklogItem,
  updateBacklogItem,
  type BacklogItemDraft,
  type BacklogItemPatch,
} from '../../../../renderer/src/db/backlog-items';
import { createFeedback } from '../../../../renderer/src/db/feedback';
import { RecordNotFoundError, createProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, name = 'Acme Cloud') {
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft({ name }));
  return change?.after?.id as string;
}

async function addBacklogItem(
  db: PlannerDb,
  productId: string,
  draft: BacklogItemDraft,
  now?: Date,
) {
  const [change] = await createBacklogItem(db, productId, draft, now);
  return change?.after as BacklogItem;
}

async function titles(db: PlannerDb, productId: string) {
  const rows = await db.backlogItems.where('productId').equals(productId).toArray();
  return sortByRank(rows).map((f) => f.title);
}

const feedbackDraft = (backlogItemId: string | null, customer = 'Ann') => ({
  source: 'interview' as const,
  customer,
  quote: 'Please add it',
  date: '2026-02-01',
  sentiment: 'neutral' as const,
  backlogItemId,
});

describe('creating backlog items', () => {
  it('adds items at the end of the product’s backlog with tidy defaults', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const now = new Date('2026-05-01T09:00:00.000Z');
    await addBacklogItem(db, productId, { title: 'First' });
    await addBacklogItem(db, productId, { title: 'Second' });
    const third = await addBacklogItem(db, productId, { title: '  Third   item ' }, now);
    expect(await titles(db, productId)).toEqual(['First', 'Second', 'Third item']);
    expect(third).toMatchObject({
      productId,
      status: 'idea',
      moscow: null,
      reach: null,
      impact: null,
      confidence: null,
      effort: null,
      shippedOn: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(third.planId).toBe((await db.products.get(productId))?.planId);
  });

  it('keeps each product’s backlog apart', async () => {
    const db = makeDb();
    const a = await makeProduct(db, 'A');
    const b = await makeProduct(db, 'B');
    await addBacklogItem(db, a, { title: 'A1' });
    await addBacklogItem(db, b, { title: 'B1' });
    expect(await titles(db, a)).toEqual(['A1']);
    expect(await titles(db, b)).toEqual(['B1']);
  });

  it('stores RICE inputs and stamps a ship date for an item created shipped', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const now = new Date(2026, 4, 3, 23, 30);
    const item = await addBacklogItem(
      db,
      productId,
      { title: 'SSO', status: 'shipped', reach: 1200, impact: 2, confidence: 80, effort: 3 },
      now,
    );
    expect(item).toMatchObject({ reach: 1200, impact: 2, confidence: 80, effort: 3 });
    expect(item.shippedOn).toBe(localCalendarDate(now));
  });

  it.each<[string, BacklogItemDraft, RegExp]>([
    ['a blank title', { title: '   ' }, /Give the backlog item a name/],
    ['a negative reach', { title: 'x', reach: -1 }, /Reach is a count/],
    ['an impact off the scale', { title: 'x', impact: 0.3 as Impact }, /Impact is one of/],
    ['a confidence above 100', { title: 'x', confidence: 120 }, /Confidence is a percentage/],
    ['a zero effort', { title: 'x', effort: 0 }, /Effort is in person-months/],
    ['a NaN reach', { title: 'x', reach: Number.NaN }, /Reach/],
    ['an infinite effort', { title: 'x', effort: Number.POSITIVE_INFINITY }, /Effort/],
    ['a made-up status', { title: 'x', status: 'done' as never }, /Unknown status/],
    ['a made-up MoSCoW', { title: 'x', moscow: 'may' as never }, /Unknown MoSCoW/],
    ['a ship date that is no date', { title: 'x', shippedOn: '2026-02-30' }, /calendar date/],
  ])('refuses %s, writing nothing', async (_name, draft, message) => {
    const db = makeDb();
    const productId = await makeProduct(db);
    await addBacklogItem(db, productId, { title: 'Kept' });
    const before = await dumpDb(db);
    await expect(createBacklogItem(db, productId, draft)).rejects.toThrow(InvalidInputError);
    await expect(createBacklogItem(db, productId, draft)).rejects.toThrow(message);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses an item for a product that is gone', async () => {
    const db = makeDb();
    await expect(createBacklogItem(db, 'missing', { title: 'x' })).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await db.backlogItems.count()).toBe(0);
  });
});

describe('editing backlog items', () => {
  it('edits fields and stamps updatedAt; a patch that changes nothing writes nothing', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, { title: 'Old' });
    const when = new Date('2030-01-01T00:00:00.000Z');
    const changes = await updateBacklogItem(
      db,
      item.id,
      { title: 'New', reach: 0, impact: 3 },
      when,
    );
    expect(changes).toHaveLength(1);
    expect(await db.backlogItems.get(item.id)).toMatchObject({
      title: 'New',
      reach: 0,
      impact: 3,
      updatedAt: when.toISOString(),
    });
    expect(await updateBacklogItem(db, item.id, { title: 'New', reach: 0 })).toEqual([]);
    expect((await db.backlogItems.get(item.id))?.updatedAt).toBe(when.toISOString());
  });

  it('clears an estimate with null', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, { title: 'x', effort: 2 });
    await updateBacklogItem(db, item.id, { effort: null });
    expect((await db.backlogItems.get(item.id))?.effort).toBeNull();
  });

  it.each<[string, BacklogItemPatch]>([
    ['a blank title', { title: '' }],
    ['a negative reach', { reach: -5 }],
    ['impact 0.3', { impact: 0.3 as Impact }],
    ['confidence 101', { confidence: 101 }],
    ['effort 0', { effort: 0 }],
    ['a NaN confidence', { confidence: Number.NaN }],
  ])('refuses %s and keeps the stored value', async (_name, patch) => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, {
      title: 'Kept',
      reach: 10,
      impact: 1,
      confidence: 50,
      effort: 1,
    });
    const before = await dumpDb(db);
    await expect(updateBacklogItem(db, item.id, patch)).rejects.toThrow(InvalidInputError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('reports an item that is gone', async () => {
    const db = makeDb();
    await expect(updateBacklogItem(db, 'nope', { title: 'x' })).rejects.toThrow(
      'The backlog item nope no longer exists; it may have been deleted.',
    );
  });

  it('stamps the local day an item ships, keeps a date already set, clears it on leaving', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, { title: 'x', status: 'in-progress' });
    const lateEvening = new Date(2026, 2, 9, 23, 45);
    await updateBacklogItem(db, item.id, { status: 'shipped' }, lateEvening);
    expect((await db.backlogItems.get(item.id))?.shippedOn).toBe('2026-03-09');

    await updateBacklogItem(db, item.id, { status: 'shipped' }, new Date(2026, 5, 1));
    expect((await db.backlogItems.get(item.id))?.shippedOn).toBe('2026-03-09');

    await updateBacklogItem(db, item.id, { status: 'planned' });
    expect(await db.backlogItems.get(item.id)).toMatchObject({
      status: 'planned',
      shippedOn: null,
    });

    await updateBacklogItem(db, item.id, { status: 'shipped', shippedOn: '2026-01-15' });
    expect((await db.backlogItems.get(item.id))?.shippedOn).toBe('2026-01-15');
  });

  it('never sets a ship date on an item that is not shipped', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, { title: 'x', status: 'planned' });
    expect(await updateBacklogItem(db, item.id, { shippedOn: '2026-01-15' })).toEqual([]);
    expect((await db.backlogItems.get(item.id))?.shippedOn).toBeNull();
  });
});

describe('bulk edits', () => {
  it('sets status or MoSCoW on all selected items as one undoable step', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A', moscow: 'could' });
    const b = await addBacklogItem(db, productId, { title: 'B' });
    const c = await addBacklogItem(db, productId, { title: 'C' });
    const changes = await bulkSetBacklogItems(db, [a.id, b.id], { moscow: 'must' });
    expect(changes).toHaveLength(2);
    const rows = await Promise.all([a, b, c].map((f) => db.backlogItems.get(f.id)));
    expect(rows.map((f) => f?.moscow)).toEqual(['must', 'must', null]);

    await writeChanges(db, changes, 'undo');
    const undone = await Promise.all([a, b, c].map((f) => db.backlogItems.get(f.id)));
    expect(undone.map((f) => f?.moscow)).toEqual(['could', null, null]);
  });

  it('ships several items at once, each with a ship date', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A' });
    const b = await addBacklogItem(db, productId, {
      title: 'B',
      status: 'shipped',
      shippedOn: '2026-01-01',
    });
    await bulkSetBacklogItems(db, [a.id, b.id], { status: 'shipped' }, new Date(2026, 3, 2, 12));
    expect((await db.backlogItems.get(a.id))?.shippedOn).toBe('2026-04-02');
    expect((await db.backlogItems.get(b.id))?.shippedOn).toBe('2026-01-01');
  });

  it('changes nothing when one selected item is gone', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A' });
    const before = await dumpDb(db);
    await expect(bulkSetBacklogItems(db, [a.id, 'gone'], { status: 'planned' })).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses an unknown status for all of them', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A' });
    const before = await dumpDb(db);
    await expect(bulkSetBacklogItems(db, [a.id], { status: 'nope' as never })).rejects.toThrow(
      /Unknown status/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('manual order', () => {
  it('moves an item after another, or to the top, and undo puts it back', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A' });
    await addBacklogItem(db, productId, { title: 'B' });
    const c = await addBacklogItem(db, productId, { title: 'C' });
    await moveBacklogItem(db, c.id, a.id);
    expect(await titles(db, productId)).toEqual(['A', 'C', 'B']);
    const changes = await moveBacklogItem(db, c.id, null);
    expect(await titles(db, productId)).toEqual(['C', 'A', 'B']);
    await writeChanges(db, changes, 'undo');
    expect(await titles(db, productId)).toEqual(['A', 'C', 'B']);
  });

  it('refuses a move after an item of another product', async () => {
    const db = makeDb();
    const p = await makeProduct(db, 'P');
    const q = await makeProduct(db, 'Q');
    const a = await addBacklogItem(db, p, { title: 'A' });
    const other = await addBacklogItem(db, q, { title: 'Other' });
    const before = await dumpDb(db);
    await expect(moveBacklogItem(db, a.id, other.id)).rejects.toThrow(RecordNotFoundError);
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('deleting backlog items', () => {
  it('unlinks the feedback behind it, and undo restores the item and the links', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const item = await addBacklogItem(db, productId, { title: 'SSO' });
    const keep = await addBacklogItem(db, productId, { title: 'Other' });
    const [linked] = await createFeedback(db, productId, feedbackDraft(item.id));
    const [other] = await createFeedback(db, productId, feedbackDraft(keep.id, 'Bo'));
    const linkedId = linked?.after?.id as string;
    const otherId = other?.after?.id as string;

    const changes = await deleteBacklogItem(db, item.id);
    expect(await db.backlogItems.get(item.id)).toBeUndefined();
    expect((await db.feedback.get(linkedId))?.backlogItemId).toBeNull();
    expect((await db.feedback.get(otherId))?.backlogItemId).toBe(keep.id);
    expect(await db.deletions.get(item.id)).toMatchObject({ table: 'backlogItems' });

    await writeChanges(db, changes, 'undo');
    expect((await db.backlogItems.get(item.id))?.title).toBe('SSO');
    expect((await db.feedback.get(linkedId))?.backlogItemId).toBe(item.id);
    expect(await db.deletions.get(item.id)).toBeUndefined();
  });

  it('deletes several at once, and refuses all if one is gone', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await addBacklogItem(db, productId, { title: 'A' });
    const b = await addBacklogItem(db, productId, { title: 'B' });
    const before = await dumpDb(db);
    await expect(deleteBacklogItems(db, [a.id, 'gone'])).rejects.toThrow(RecordNotFoundError);
    expect(await dumpDb(db)).toEqual(before);
    await deleteBacklogItems(db, [a.id, b.id]);
    expect(await titles(db, productId)).toEqual([]);
  });
});
