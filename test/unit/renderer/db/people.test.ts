import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../../../renderer/src/db/changes';
import {
  createPerson,
  createPersonForProduct,
  deletePerson,
  setPersonLinked,
  updatePerson,
} from '../../../../renderer/src/db/people';
import { RecordNotFoundError } from '../../../../renderer/src/db/products';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import type { PersonKind } from '../../../../shared/domain/people';
import { makeDb, makePlan } from './factories';
import { addProduct, dumpAll } from './playbook-fixtures';

const NOW = new Date('2026-05-01T09:00:00.000Z');

async function create(db: PlannerDb, planId: string, kind: PersonKind, name: string) {
  const [change] = await createPerson(db, planId, kind, { name, notes: '' }, NOW);
  return change?.after?.id as string;
}

async function setup() {
  const db = makeDb();
  const plan = await makePlan(db);
  const a = await addProduct(db, plan.id, 'A');
  const b = await addProduct(db, plan.id, 'B');
  return { db, plan, a, b };
}

describe('personas and competitors', () => {
  it.each(['persona', 'competitor'] as const)(
    'creates and edits a %s in the plan',
    async (kind) => {
      const { db, plan } = await setup();
      const id = await create(db, plan.id, kind, '  Solo   founder ');
      const table = kind === 'persona' ? db.personas : db.competitors;
      expect(await table.get(id)).toMatchObject({
        planId: plan.id,
        name: 'Solo founder',
        notes: '',
        createdAt: NOW.toISOString(),
      });
      await updatePerson(db, kind, id, { name: 'Solo founder', notes: 'Busy; buys on a card.' });
      expect((await table.get(id))?.notes).toBe('Busy; buys on a card.');
    },
  );

  it.each([
    { name: 'a blank name', draft: { name: ' ', notes: '' }, message: 'Give the persona a name.' },
    {
      name: 'a name taken in the plan',
      draft: { name: 'ada', notes: '' },
      message: 'There is already a persona called “ada”.',
    },
    {
      name: 'notes too long',
      draft: { name: 'Bo', notes: 'x'.repeat(20_001) },
      message: /too long/,
    },
  ])('refuses $name, changing nothing', async ({ draft, message }) => {
    const { db, plan } = await setup();
    const id = await create(db, plan.id, 'persona', 'Ada');
    const before = await dumpAll(db);
    await expect(createPerson(db, plan.id, 'persona', draft)).rejects.toThrow(message);
    if (draft.name.trim() !== 'ada') {
      await expect(updatePerson(db, 'persona', id, draft)).rejects.toThrow(message);
    }
    expect(await dumpAll(db)).toEqual(before);
  });

  it('lets a persona and a competitor share a name, and a rename keep its own', async () => {
    const { db, plan } = await setup();
    const id = await create(db, plan.id, 'persona', 'Acme');
    await create(db, plan.id, 'competitor', 'Acme');
    expect(await updatePerson(db, 'persona', id, { name: 'Acme', notes: '' })).toEqual([]);
  });

  it('links and unlinks a product, once', async () => {
    const { db, plan, a } = await setup();
    const id = await create(db, plan.id, 'competitor', 'Rival');
    await setPersonLinked(db, a.id, 'competitor', id, true, NOW);
    expect(await setPersonLinked(db, a.id, 'competitor', id, true)).toEqual([]);
    expect(await db.products.get(a.id)).toMatchObject({
      competitorIds: [id],
      personaIds: [],
      updatedAt: NOW.toISOString(),
    });
    const changes = await setPersonLinked(db, a.id, 'competitor', id, false);
    expect((await db.products.get(a.id))?.competitorIds).toEqual([]);
    await writeChanges(db, changes, 'undo');
    expect((await db.products.get(a.id))?.competitorIds).toEqual([id]);
  });

  it('refuses to link what is gone or belongs to another plan, changing nothing', async () => {
    const { db, a } = await setup();
    const other = await makePlan(db, 'Other');
    const foreign = await create(db, other.id, 'persona', 'Elsewhere');
    const before = await dumpAll(db);
    await expect(setPersonLinked(db, a.id, 'persona', 'gone', true)).rejects.toThrow(
      RecordNotFoundError,
    );
    await expect(setPersonLinked(db, a.id, 'persona', foreign, true)).rejects.toThrow(
      'another plan',
    );
    await expect(setPersonLinked(db, 'gone', 'persona', foreign, true)).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it('deletes one and unlinks it from every product in the same change; undo restores both', async () => {
    const { db, plan, a, b } = await setup();
    const keep = await create(db, plan.id, 'persona', 'Keep');
    const gone = await create(db, plan.id, 'persona', 'Gone');
    await setPersonLinked(db, a.id, 'persona', keep, true);
    await setPersonLinked(db, a.id, 'persona', gone, true);
    await setPersonLinked(db, b.id, 'persona', gone, true);
    const changes = await deletePerson(db, 'persona', gone);
    expect(changes.map((c) => c.table).sort()).toEqual(['personas', 'products', 'products']);
    expect(await db.personas.get(gone)).toBeUndefined();
    expect((await db.products.get(a.id))?.personaIds).toEqual([keep]);
    expect((await db.products.get(b.id))?.personaIds).toEqual([]);
    await writeChanges(db, changes, 'undo');
    expect(await db.personas.get(gone)).toBeDefined();
    expect((await db.products.get(a.id))?.personaIds).toEqual([keep, gone]);
    expect((await db.products.get(b.id))?.personaIds).toEqual([gone]);
  });

  it('creates and links from a product in one step to undo', async () => {
    const { db, a } = await setup();
    const changes = await createPersonForProduct(db, a.id, 'persona', { name: 'New', notes: '' });
    const id = changes[0]?.after?.id as string;
    expect((await db.products.get(a.id))?.personaIds).toEqual([id]);
    await writeChanges(db, changes, 'undo');
    expect(await db.personas.count()).toBe(0);
    expect((await db.products.get(a.id))?.personaIds).toEqual([]);
  });

  it('refuses to create from a product with a bad name, changing nothing', async () => {
    const { db, a } = await setup();
    const before = await dumpAll(db);
    await expect(
      createPersonForProduct(db, a.id, 'competitor', { name: '', notes: '' }),
    ).rejects.toThrow('Give the competitor a name.');
    expect(await dumpAll(db)).toEqual(before);
  });
});
