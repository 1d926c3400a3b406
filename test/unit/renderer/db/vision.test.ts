/** A product's vision and strategy: saved together, the strategy stamped with its stage. */
import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/domain/product';
import { strategyIsStale } from '../../../../shared/domain/vision';
import { writeChanges } from '../../../../renderer/src/db/changes';
import { createProduct, moveProductToEnd } from '../../../../renderer/src/db/products';
import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { setVision } from '../../../../renderer/src/db/vision';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

const vision = {
  vision: 'Payroll in ten  minutes\n a month.',
  targetCustomer: ' Companies of 2–20 people. ',
  problem: 'Founders do payroll at night.',
  strategy: 'Grow through accountants.',
};

async function setUp() {
  const db = makeDb();
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft());
  return { db, product: change?.after as Product };
}

describe('vision and strategy', () => {
  it('saves every field tidied, the vision on one line, the strategy for the current stage', async () => {
    const { db, product } = await setUp();
    const changes = await setVision(db, product.id, vision);
    expect(await db.products.get(product.id)).toMatchObject({
      vision: 'Payroll in ten minutes a month.',
      targetCustomer: 'Companies of 2–20 people.',
      strategy: 'Grow through accountants.',
      strategyStage: 'ideation',
    });
    await writeChanges(db, changes, 'undo');
    expect(await db.products.get(product.id)).toMatchObject({ vision: '', strategyStage: null });
  });

  it('keeps the strategy’s stage until the strategy itself is rewritten', async () => {
    const { db, product } = await setUp();
    await setVision(db, product.id, vision);
    await moveProductToEnd(db, product.id, 'development');
    await setVision(db, product.id, { ...vision, problem: 'Payroll is scary.' });
    let stored = (await db.products.get(product.id)) as Product;
    expect(stored.strategyStage).toBe('ideation');
    expect(strategyIsStale(stored)).toBe(true);
    await setVision(db, product.id, { ...vision, strategy: 'Build the payslip first.' });
    stored = (await db.products.get(product.id)) as Product;
    expect(stored.strategyStage).toBe('development');
    expect(strategyIsStale(stored)).toBe(false);
  });

  it('refuses a vision longer than a line allows, writing nothing', async () => {
    const { db, product } = await setUp();
    const before = await dumpDb(db);
    await expect(setVision(db, product.id, { ...vision, vision: 'x'.repeat(501) })).rejects.toThrow(
      InvalidInputError,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('writes nothing when nothing changed', async () => {
    const { db, product } = await setUp();
    await setVision(db, product.id, vision);
    expect(await setVision(db, product.id, vision)).toEqual([]);
  });
});
