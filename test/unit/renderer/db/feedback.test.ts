import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { describe, expect, it } from 'vitest';
import { whoToTell } from '../../../../shared/domain/backlog';
import type { Feedback } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createBacklogItem } from '../../../../renderer/src/db/backlog-items';
import {
  createFeedback,
  createFeedbackEntries,
  deleteFeedbackEntries,
  markCustomerTold,
  setCustomersTold,
  updateFeedback,
  updateFeedbackEntries,
  type FeedbackDraft,
  type FeedbackPatch,
} from '../../../../renderer/src/db/feedback';
import { RecordNotFoundError, createProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, name = 'Acme Cloud') {
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft({ name }));
  return change?.after?.id as string;
}

async function makeBacklogItem(db: PlannerDb, productId: string, title = 'SSO') {
  const [change] = await createBacklogItem(db, productId, { title });
  return change?.after?.id as string;
}

function draft(overrides: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return {
    source: 'interview',
    customer: 'Ann',
    quote: 'We need single sign-on',
    date: '2026-02-01',
    sentiment: 'negative',
    backlogItemId: null,
    ...overrides,
  };
}

async function add(db: PlannerDb, productId: string, overrides: Partial<FeedbackDraft> = {}) {
  const [change] = await createFeedback(db, productId, draft(overrides));
  return change?.after as Feedback;
}

describe('adding feedback', () => {
  it('stores an entry with tidy text, linked to a backlog item', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    const now = new Date('2026-03-01T08:00:00.000Z');
    const [change] = await createFeedback(
      db,
      productId,
      draft({ customer: '  Acme   Corp ', quote: '  SSO please \n', backlogItemId }),
      now,
    );
    expect(change?.after).toMatchObject({
      productId,
      customer: 'Acme Corp',
      quote: 'SSO please',
      backlogItemId,
      notifiedAt: null,
      createdAt: now.toISOString(),
    });
  });

  it('adds many entries at once (a paste) as one step, kept in order', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const quotes = ['one', 'two', 'three'];
    const changes = await createFeedbackEntries(
      db,
      productId,
      quotes.map((quote) => draft({ quote })),
    );
    expect(changes).toHaveLength(3);
    const rows = await db.feedback.toArray();
    // Newest first puts the first pasted line first.
    rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(rows.map((r) => r.quote)).toEqual(quotes);

    await writeChanges(db, changes, 'undo');
    expect(await db.feedback.count()).toBe(0);
  });

  it.each<[string, Partial<FeedbackDraft>, RegExp]>([
    ['an empty quote', { quote: '   ' }, /Write what the customer said/],
    ['a quote too long', { quote: 'x'.repeat(20_001) }, /quote is too long/],
    [
      'a customer name too long',
      { customer: 'x'.repeat(201) },
      /customer is 201 characters; keep it to 200/,
    ],
    ['a date that is no date', { date: '2026-02-30' }, /calendar date/],
    ['a date in another format', { date: '01/02/2026' }, /calendar date/],
    ['an unknown source', { source: 'email' as never }, /Unknown feedback source/],
    ['an unknown sentiment', { sentiment: 'angry' as never }, /Unknown sentiment/],
  ])('refuses %s, writing nothing', async (_name, overrides, message) => {
    const db = makeDb();
    const productId = await makeProduct(db);
    await add(db, productId);
    const before = await dumpDb(db);
    await expect(createFeedback(db, productId, draft(overrides))).rejects.toThrow(
      InvalidInputError,
    );
    await expect(createFeedback(db, productId, draft(overrides))).rejects.toThrow(message);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a whole paste when one line is bad', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const before = await dumpDb(db);
    await expect(
      createFeedbackEntries(db, productId, [draft(), draft({ quote: '' }), draft()]),
    ).rejects.toThrow(InvalidInputError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a link to an item that is gone or belongs to another product', async () => {
    const db = makeDb();
    const productId = await makeProduct(db, 'Mine');
    const otherProduct = await makeProduct(db, 'Theirs');
    const theirs = await makeBacklogItem(db, otherProduct);
    const before = await dumpDb(db);
    await expect(createFeedback(db, productId, draft({ backlogItemId: 'gone' }))).rejects.toThrow(
      RecordNotFoundError,
    );
    await expect(createFeedback(db, productId, draft({ backlogItemId: theirs }))).rejects.toThrow(
      /same product/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses feedback for a product that is gone', async () => {
    const db = makeDb();
    await expect(createFeedback(db, 'missing', draft())).rejects.toThrow(RecordNotFoundError);
    expect(await db.feedback.count()).toBe(0);
  });
});

describe('editing feedback', () => {
  it('links entries to an item, one step for several, and undo unlinks them', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    const a = await add(db, productId);
    const b = await add(db, productId, { customer: 'Bo' });
    const when = new Date('2026-04-01T00:00:00.000Z');
    const changes = await updateFeedbackEntries(db, [a.id, b.id], { backlogItemId }, when);
    expect(changes).toHaveLength(2);
    expect(await db.feedback.get(a.id)).toMatchObject({
      backlogItemId,
      updatedAt: when.toISOString(),
    });
    await writeChanges(db, changes, 'undo');
    expect((await db.feedback.get(b.id))?.backlogItemId).toBeNull();
  });

  it('writes nothing when the patch changes nothing', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await add(db, productId);
    expect(await updateFeedback(db, a.id, { customer: ' Ann ', sentiment: 'negative' })).toEqual(
      [],
    );
  });

  it.each<[string, FeedbackPatch]>([
    ['an empty quote', { quote: '' }],
    ['a bad date', { date: 'yesterday' }],
    ['a link to nothing', { backlogItemId: 'gone' }],
  ])('refuses %s and keeps the entry as it was', async (_name, patch) => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await add(db, productId);
    const before = await dumpDb(db);
    await expect(updateFeedback(db, a.id, patch)).rejects.toThrow();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('deletes entries, and undo brings them back', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const a = await add(db, productId);
    const changes = await deleteFeedbackEntries(db, [a.id]);
    expect(await db.feedback.get(a.id)).toBeUndefined();
    await writeChanges(db, changes, 'undo');
    expect((await db.feedback.get(a.id))?.quote).toBe(a.quote);
    await expect(deleteFeedbackEntries(db, ['gone'])).rejects.toThrow(RecordNotFoundError);
  });
});

describe('closing the loop', () => {
  it('marks each of a customer’s entries for the item told, and undo restores them', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    const otherBacklogItem = await makeBacklogItem(db, productId, 'Other');
    const first = await add(db, productId, { customer: 'Acme Corp', backlogItemId });
    const second = await add(db, productId, { customer: 'acme  corp', backlogItemId });
    const elsewhere = await add(db, productId, {
      customer: 'Acme Corp',
      backlogItemId: otherBacklogItem,
    });
    const someoneElse = await add(db, productId, { customer: 'Globex', backlogItemId });

    const when = new Date('2026-06-01T10:00:00.000Z');
    const changes = await markCustomerTold(db, backlogItemId, 'ACME CORP', when);
    expect(changes).toHaveLength(2);
    expect((await db.feedback.get(first.id))?.notifiedAt).toBe(when.toISOString());
    expect((await db.feedback.get(second.id))?.notifiedAt).toBe(when.toISOString());
    expect((await db.feedback.get(elsewhere.id))?.notifiedAt).toBeNull();
    expect((await db.feedback.get(someoneElse.id))?.notifiedAt).toBeNull();

    const list = whoToTell(backlogItemId, await db.feedback.toArray());
    expect(list.map((f) => [f.customer, f.told])).toEqual([
      ['Acme Corp', true],
      ['Globex', false],
    ]);

    await writeChanges(db, changes, 'undo');
    expect((await db.feedback.get(first.id))?.notifiedAt).toBeNull();
    expect((await db.feedback.get(second.id))?.notifiedAt).toBeNull();
  });

  it('keeps the first date told when marked again, and can mark everyone at once', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    const ann = await add(db, productId, { customer: 'Ann', backlogItemId });
    const bo = await add(db, productId, { customer: 'Bo', backlogItemId });
    const early = new Date('2026-06-01T00:00:00.000Z');
    await markCustomerTold(db, backlogItemId, 'Ann', early);
    const changes = await setCustomersTold(db, backlogItemId, ['Ann', 'Bo'], true);
    expect(changes).toHaveLength(1);
    expect((await db.feedback.get(ann.id))?.notifiedAt).toBe(early.toISOString());
    expect((await db.feedback.get(bo.id))?.notifiedAt).not.toBeNull();
  });

  it('can take back "told"', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    const ann = await add(db, productId, { customer: 'Ann', backlogItemId });
    await markCustomerTold(db, backlogItemId, 'Ann');
    await setCustomersTold(db, backlogItemId, ['Ann'], false);
    expect((await db.feedback.get(ann.id))?.notifiedAt).toBeNull();
  });

  it('refuses an item that is gone, and changes nothing for a name nobody gave', async () => {
    const db = makeDb();
    const productId = await makeProduct(db);
    const backlogItemId = await makeBacklogItem(db, productId);
    await add(db, productId, { customer: 'Ann', backlogItemId });
    const before = await dumpDb(db);
    await expect(markCustomerTold(db, 'gone', 'Ann')).rejects.toThrow(RecordNotFoundError);
    expect(await markCustomerTold(db, backlogItemId, 'Nobody')).toEqual([]);
    expect(await markCustomerTold(db, backlogItemId, '   ')).toEqual([]);
    expect(await dumpDb(db)).toEqual(before);
  });
});
