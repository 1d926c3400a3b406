import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/domain/product';
import { planTables, type PlannerDb } from '../../../../renderer/src/db/database';
import { createProduct, RecordNotFoundError } from '../../../../renderer/src/db/products';
import { getRecord, updateRecords } from '../../../../renderer/src/db/repository';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProducts(db: PlannerDb, count: number): Promise<Product[]> {
  const plan = await makePlan(db);
  const products: Product[] = [];
  for (let i = 0; i < count; i++) {
    const [change] = await createProduct(db, plan.id, makeDraft({ name: `Product ${i}` }));
    products.push(change?.after as Product);
  }
  return products;
}

const inTransaction = <T>(db: PlannerDb, work: () => Promise<T>) =>
  db.transaction('rw', planTables(db), async () => work());

describe('repository helpers', () => {
  it('reads a stored record and names the kind of one that is gone', async () => {
    const db = makeDb();
    const [product] = await makeProducts(db, 1);
    expect(await getRecord(db, 'products', product?.id as string)).toEqual(product);
    await expect(getRecord(db, 'backlogItems', 'gone')).rejects.toThrow(
      new RecordNotFoundError('backlog item', 'gone'),
    );
  });

  it('rewrites each record once and leaves out those the edit does not change', async () => {
    const db = makeDb();
    const [a, b] = (await makeProducts(db, 2)) as [Product, Product];
    const seen: string[] = [];
    const changes = await inTransaction(db, () =>
      updateRecords(db, 'products', [a.id, b.id, a.id], (before) => {
        seen.push(before.id);
        return before.id === a.id ? { ...before, owner: 'Grace' } : null;
      }),
    );
    expect(seen).toEqual([a.id, b.id]);
    expect(changes).toEqual([{ table: 'products', before: a, after: { ...a, owner: 'Grace' } }]);
    expect((await db.products.get(a.id))?.owner).toBe('Grace');
  });

  it('writes nothing when one of the records is gone', async () => {
    const db = makeDb();
    const [a] = (await makeProducts(db, 1)) as [Product];
    const before = await dumpDb(db);
    await expect(
      inTransaction(db, () =>
        updateRecords(db, 'products', [a.id, 'gone'], (record) => ({ ...record, owner: 'Grace' })),
      ),
    ).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await dumpDb(db)).toEqual(before);
  });
});
