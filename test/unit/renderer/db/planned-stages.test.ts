import { describe, expect, it } from 'vitest';
import { createProduct, moveProduct, setPlannedStages } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

describe('planned stage dates', () => {
  async function seeded() {
    const db = makeDb();
    const plan = await makePlan(db);
    const [created] = await createProduct(db, plan.id, makeDraft({ name: 'Scanner' }));
    return { db, id: created?.after?.id as string };
  }

  it('stores planned dates in lifecycle order', async () => {
    const { db, id } = await seeded();
    await setPlannedStages(db, id, [
      { stage: 'launch', plannedOn: '2026-09-01' },
      { stage: 'development', plannedOn: '2026-05-01' },
    ]);
    expect((await db.products.get(id))?.plannedStages).toEqual([
      { stage: 'development', plannedOn: '2026-05-01' },
      { stage: 'launch', plannedOn: '2026-09-01' },
    ]);
  });

  it('refuses dates out of order and changes nothing', async () => {
    const { db, id } = await seeded();
    const before = await dumpDb(db);
    await expect(
      setPlannedStages(db, id, [
        { stage: 'development', plannedOn: '2026-09-01' },
        { stage: 'launch', plannedOn: '2026-05-01' },
      ]),
    ).rejects.toThrow('Launch is planned before Development; plan the stages in order.');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('drops the plan for a stage once the product enters it', async () => {
    const { db, id } = await seeded();
    await setPlannedStages(db, id, [
      { stage: 'development', plannedOn: '2026-05-01' },
      { stage: 'growth', plannedOn: '2026-12-01' },
    ]);
    await moveProduct(db, id, 'launch', null);
    expect((await db.products.get(id))?.plannedStages).toEqual([
      { stage: 'growth', plannedOn: '2026-12-01' },
    ]);
  });
});
