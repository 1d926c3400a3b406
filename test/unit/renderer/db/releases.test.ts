import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../../../renderer/src/db/changes';
import { RecordNotFoundError } from '../../../../renderer/src/db/products';
import {
  assignToRelease,
  createRelease,
  deleteRelease,
  updateRelease,
} from '../../../../renderer/src/db/releases';
import { makeDb, makePlan } from './factories';
import { addBacklogItem, addProduct, dumpAll } from './playbook-fixtures';

const NOW = new Date('2026-05-01T09:00:00.000Z');
const draft = (version = '1.0', date = '2026-05-01', notes = '') => ({ version, date, notes });

async function setup() {
  const db = makeDb();
  const plan = await makePlan(db);
  const product = await addProduct(db, plan.id);
  const shipped = await addBacklogItem(db, product, { title: 'Export' });
  const planned = await addBacklogItem(db, product, {
    title: 'Later',
    status: 'planned',
    shippedOn: null,
  });
  return { db, plan, product, shipped, planned };
}

describe('releases', () => {
  it('creates a release with shipped items in it, as one change', async () => {
    const { db, product, shipped } = await setup();
    const changes = await createRelease(
      db,
      product.id,
      draft(' 1.0 ', '2026-05-01', ' Hi '),
      [shipped.id],
      NOW,
    );
    const release = changes[0]?.after as { id: string };
    expect(await db.releases.get(release.id)).toMatchObject({
      productId: product.id,
      planId: product.planId,
      version: '1.0',
      notes: 'Hi',
      createdAt: NOW.toISOString(),
    });
    expect(await db.backlogItems.get(shipped.id)).toMatchObject({
      releaseId: release.id,
      updatedAt: NOW.toISOString(),
    });
    await writeChanges(db, changes, 'undo');
    expect(await db.releases.count()).toBe(0);
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBeNull();
  });

  it.each([
    { name: 'a blank version', input: draft(''), message: 'Give the release a version' },
    { name: 'a day that does not exist', input: draft('2.0', '2026-02-30'), message: 'YYYY-MM-DD' },
    {
      name: 'a version the product has',
      input: draft('1.0'),
      message: 'already has a release 1.0',
    },
  ])('refuses $name, changing nothing', async ({ input, message }) => {
    const { db, product } = await setup();
    await createRelease(db, product.id, draft('1.0'));
    const before = await dumpAll(db);
    await expect(createRelease(db, product.id, input)).rejects.toThrow(message);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses an item that has not shipped or a product that is gone, changing nothing', async () => {
    const { db, product, shipped, planned } = await setup();
    const before = await dumpAll(db);
    await expect(createRelease(db, product.id, draft(), [shipped.id, planned.id])).rejects.toThrow(
      '“Later” has not shipped',
    );
    await expect(createRelease(db, 'gone', draft())).rejects.toThrow(RecordNotFoundError);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('edits a release; its own version is not a clash', async () => {
    const { db, product } = await setup();
    const [change] = await createRelease(db, product.id, draft('1.0'));
    const id = change?.after?.id as string;
    await updateRelease(db, id, draft('1.0', '2026-06-01', 'Notes'), NOW);
    expect(await db.releases.get(id)).toMatchObject({ date: '2026-06-01', notes: 'Notes' });
    expect(await updateRelease(db, id, draft('1.0', '2026-06-01', 'Notes'))).toEqual([]);
  });

  it('assigns and unassigns shipped items; undo reverts', async () => {
    const { db, product, shipped } = await setup();
    const [change] = await createRelease(db, product.id, draft());
    const id = change?.after?.id as string;
    await assignToRelease(db, [shipped.id], id);
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBe(id);
    expect(await assignToRelease(db, [shipped.id], id)).toEqual([]);
    const changes = await assignToRelease(db, [shipped.id], null);
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBeNull();
    await writeChanges(db, changes, 'undo');
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBe(id);
  });

  it('refuses to put items in another product’s release or an unshipped item, changing nothing', async () => {
    const { db, plan, product, shipped, planned } = await setup();
    const other = await addProduct(db, plan.id, 'Other');
    const [change] = await createRelease(db, other.id, draft());
    const [mine] = await createRelease(db, product.id, draft());
    const before = await dumpAll(db);
    await expect(assignToRelease(db, [shipped.id], change?.after?.id as string)).rejects.toThrow(
      'another product',
    );
    await expect(assignToRelease(db, [planned.id], mine?.after?.id as string)).rejects.toThrow(
      'has not shipped',
    );
    await expect(assignToRelease(db, [shipped.id], 'gone')).rejects.toThrow(RecordNotFoundError);
    await expect(assignToRelease(db, ['gone'], null)).rejects.toThrow(RecordNotFoundError);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deletes a release and clears it from its items in the same change; undo restores both', async () => {
    const { db, product, shipped } = await setup();
    const [change] = await createRelease(db, product.id, draft(), [shipped.id]);
    const id = change?.after?.id as string;
    const changes = await deleteRelease(db, id);
    expect(changes.map((c) => c.table)).toEqual(['backlogItems', 'releases']);
    expect(await db.releases.get(id)).toBeUndefined();
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBeNull();
    await writeChanges(db, changes, 'undo');
    expect(await db.releases.get(id)).toBeDefined();
    expect((await db.backlogItems.get(shipped.id))?.releaseId).toBe(id);
  });
});
