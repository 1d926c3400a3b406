/**
 * A CSV import writes all of its entries in one transaction, or none: refused as a whole
 * when any entry cannot be stored or the product is gone, and taken back by one undo.
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../shared/domain/feedback-csv';
import { feedbackFromCsv } from '../../../../shared/domain/feedback-csv-rows';
import type { Product } from '../../../../shared/domain/product';
import { writeChanges } from '../../../../renderer/src/db/changes';
import { createFeedbackEntries } from '../../../../renderer/src/db/feedback';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

const CSV =
  'Name;Comment;Date\r\nAna;"Slow; very";01.03.2026\r\n\r\nBob;"Two\nlines";02.03.2026\r\n';

function drafts() {
  const read = readCsv(CSV);
  if (!read.ok) throw new Error(read.message);
  const { entries } = feedbackFromCsv(
    read.table,
    { customer: 0, quote: 1, date: 2, source: null, sentiment: null },
    { source: 'survey', sentiment: 'neutral', date: '2026-03-10' },
    'de-DE',
  );
  return entries.map(({ line: _line, ...entry }) => ({ ...entry, backlogItemId: null }));
}

async function setUp() {
  const db = makeDb();
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft());
  return { db, product: change?.after as Product };
}

describe('importing feedback from a CSV file', () => {
  it('adds every row in one step that one undo takes back', async () => {
    const { db, product } = await setUp();
    const changes = await createFeedbackEntries(db, product.id, drafts());
    const stored = await db.feedback.where('productId').equals(product.id).toArray();
    expect(stored.map((f) => [f.customer, f.quote, f.date, f.source]).sort()).toEqual([
      ['Ana', 'Slow; very', '2026-03-01', 'survey'],
      ['Bob', 'Two\nlines', '2026-03-02', 'survey'],
    ]);
    await writeChanges(db, changes, 'undo');
    expect(await db.feedback.count()).toBe(0);
  });

  it('writes nothing when one entry cannot be stored', async () => {
    const { db, product } = await setUp();
    const before = await dumpDb(db);
    const [first, ...rest] = drafts();
    if (!first) throw new Error('the CSV gave no entries');
    const rows = [first, ...rest, { ...first, customer: 'x'.repeat(201) }];
    await expect(createFeedbackEntries(db, product.id, rows)).rejects.toThrow();
    expect(await dumpDb(db)).toEqual(before);
  });

  it('writes nothing when the product went away meanwhile', async () => {
    const { db, product } = await setUp();
    await deleteProduct(db, product.id);
    const before = await dumpDb(db);
    await expect(createFeedbackEntries(db, product.id, drafts())).rejects.toThrow(
      /no longer exists/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});
