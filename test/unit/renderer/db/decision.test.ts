import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../shared/domain/lifecycle';
import type { Product } from '../../../../shared/domain/product';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { retireProduct, setDecision } from '../../../../renderer/src/db/decision';
import { RecordNotFoundError, createProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, stage: Stage = 'decline') {
  const plan = await makePlan(db);
  const [change] = await createProduct(db, plan.id, makeDraft({ name: 'Fax Cloud' }), stage);
  return change?.after as Product;
}

const pivot = { choice: 'pivot', rationale: 'Schools want it.', decidedOn: '2026-05-10' };

describe('decline decision', () => {
  it('records a decision on a product in Decline and stamps it', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const now = new Date('2026-05-10T12:00:00.000Z');
    await setDecision(db, product.id, { ...pivot, rationale: '  Schools want it.  ' }, now);
    expect(await db.products.get(product.id)).toMatchObject({
      decision: { choice: 'pivot', rationale: 'Schools want it.', decidedOn: '2026-05-10' },
      archived: false,
      updatedAt: now.toISOString(),
    });
  });

  it('replaces or clears a decision; undo restores the earlier one', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    await setDecision(db, product.id, pivot);
    const changes = await setDecision(db, product.id, {
      choice: 'rejuvenate',
      rationale: 'New pricing.',
      decidedOn: '2026-06-01',
    });
    expect((await db.products.get(product.id))?.decision?.choice).toBe('rejuvenate');
    await writeChanges(db, changes, 'undo');
    expect((await db.products.get(product.id))?.decision).toEqual(pivot);
    await setDecision(db, product.id, null);
    expect((await db.products.get(product.id))?.decision).toBeNull();
  });

  it.each([
    [{ ...pivot, choice: 'sell' }, 'Choose rejuvenate, retire or pivot.'],
    [{ ...pivot, rationale: ' ' }, 'Say why: colleagues will read this later.'],
    [{ ...pivot, decidedOn: '2026-02-30' }, 'is not a date'],
    [{ ...pivot, decidedOn: '' }, 'Pick a date.'],
  ])('refuses %j, changing nothing', async (input, message) => {
    const db = makeDb();
    const product = await makeProduct(db);
    const before = await dumpDb(db);
    await expect(setDecision(db, product.id, input)).rejects.toThrow(message);
    await expect(setDecision(db, product.id, input)).rejects.toThrow(InvalidInputError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a decision outside Decline, saying where it is taken', async () => {
    const db = makeDb();
    const product = await makeProduct(db, 'maturity');
    const before = await dumpDb(db);
    await expect(setDecision(db, product.id, pivot)).rejects.toThrow(
      'A decision is taken in Decline; move “Fax Cloud” to Decline first.',
    );
    await expect(retireProduct(db, product.id, pivot)).rejects.toThrow(InvalidInputError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a product that is gone', async () => {
    const db = makeDb();
    await expect(setDecision(db, 'nope', pivot)).rejects.toThrow(RecordNotFoundError);
  });

  it('retires: records the decision and archives in one change that undoes in one step', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    await setDecision(db, product.id, pivot);
    const changes = await retireProduct(db, product.id, {
      rationale: 'Demand is gone.',
      decidedOn: '2026-07-01',
    });
    expect(changes).toHaveLength(1);
    expect(await db.products.get(product.id)).toMatchObject({
      archived: true,
      decision: { choice: 'retire', rationale: 'Demand is gone.', decidedOn: '2026-07-01' },
    });
    await writeChanges(db, changes, 'undo');
    expect(await db.products.get(product.id)).toMatchObject({ archived: false, decision: pivot });
  });

  it('refuses to retire without a rationale, leaving the product on the board', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const before = await dumpDb(db);
    await expect(
      retireProduct(db, product.id, { rationale: '', decidedOn: '2026-07-01' }),
    ).rejects.toThrow('Say why');
    expect(await dumpDb(db)).toEqual(before);
  });
});
