import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../../shared/domain/lifecycle';
import { sortByRank } from '../../../../shared/domain/moves';
import { DEFAULT_TEMPLATES } from '../../../../shared/domain/playbook';
import { writeChanges } from '../../../../renderer/src/db/changes';
import {
  addChecklistItem,
  checklistChangesOnEntry,
  deleteChecklistItem,
  ensureStageChecklist,
  moveChecklistItem,
  stepChecklistItem,
  updateChecklistItem,
} from '../../../../renderer/src/db/checklists';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { RecordNotFoundError } from '../../../../renderer/src/db/products';
import { saveStageTemplate } from '../../../../renderer/src/db/templates';
import { makeDb, makePlan } from './factories';
import { addProduct, dumpAll } from './playbook-fixtures';

const NOW = new Date('2026-05-01T09:00:00.000Z');

async function texts(db: PlannerDb, productId: string, stage: Stage) {
  const rows = await db.checklistItems.where('productId').equals(productId).toArray();
  return sortByRank(rows.filter((r) => r.stage === stage)).map((r) => r.text);
}

/** A product with no checklist at all, whatever creating a product adds. */
async function bareProduct(db: PlannerDb) {
  const plan = await makePlan(db);
  const product = await addProduct(db, plan.id);
  await db.checklistItems.clear();
  return { plan, product };
}

async function withItems(...items: string[]) {
  const db = makeDb();
  const { plan, product } = await bareProduct(db);
  const ids: string[] = [];
  for (const text of items) {
    const [change] = await addChecklistItem(db, product.id, 'launch', text);
    ids.push(change?.after?.id as string);
  }
  return { db, plan, product, ids };
}

describe('checklist on entering a stage', () => {
  it('drafts the default template when the plan has not edited it, writing nothing', async () => {
    const db = makeDb();
    const { product } = await bareProduct(db);
    const before = await dumpAll(db);
    const changes = await checklistChangesOnEntry(db, product, 'growth', NOW);
    expect(changes.map((c) => (c.after && 'text' in c.after ? c.after.text : null))).toEqual([
      ...DEFAULT_TEMPLATES.growth,
    ]);
    expect(changes.every((c) => c.table === 'checklistItems' && c.before === null)).toBe(true);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('uses the plan’s edited template, and an emptied one gives no items', async () => {
    const db = makeDb();
    const { plan, product } = await bareProduct(db);
    await saveStageTemplate(db, plan.id, 'growth', ['Run a referral test']);
    await saveStageTemplate(db, plan.id, 'maturity', []);
    await ensureStageChecklist(db, product.id, 'growth', NOW);
    expect(await texts(db, product.id, 'growth')).toEqual(['Run a referral test']);
    expect(await ensureStageChecklist(db, product.id, 'maturity', NOW)).toEqual([]);
  });

  it('keeps the list a product had when it comes back to a stage', async () => {
    const db = makeDb();
    const { product } = await bareProduct(db);
    await ensureStageChecklist(db, product.id, 'ideation');
    const first = await db.checklistItems.toArray();
    await updateChecklistItem(db, first[0]?.id as string, { done: true });
    expect(await checklistChangesOnEntry(db, product, 'ideation', NOW)).toEqual([]);
    expect(await db.checklistItems.count()).toBe(first.length);
  });

  it('refuses a product that is gone, changing nothing', async () => {
    const db = makeDb();
    await makePlan(db);
    const before = await dumpAll(db);
    await expect(ensureStageChecklist(db, 'gone', 'launch')).rejects.toThrow(RecordNotFoundError);
    expect(await dumpAll(db)).toEqual(before);
  });
});

describe('checklist items', () => {
  it('adds items at the end of the stage’s list, trimmed', async () => {
    const { db, product } = await withItems('Book the venue', '  Print   flyers ');
    expect(await texts(db, product.id, 'launch')).toEqual(['Book the venue', 'Print flyers']);
  });

  it('refuses a blank item and a product that is gone, changing nothing', async () => {
    const { db, product } = await withItems('A');
    const before = await dumpAll(db);
    await expect(addChecklistItem(db, product.id, 'launch', '   ')).rejects.toThrow(
      'Write what needs doing.',
    );
    await expect(addChecklistItem(db, 'gone', 'launch', 'B')).rejects.toThrow(RecordNotFoundError);
    await expect(
      updateChecklistItem(db, (await db.checklistItems.toArray())[0]?.id as string, { text: '' }),
    ).rejects.toThrow('Write what needs doing.');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('edits and checks an item, stamping updatedAt; undo restores it', async () => {
    const { db, ids } = await withItems('A');
    const id = ids[0] as string;
    const changes = await updateChecklistItem(db, id, { text: 'A, done', done: true }, NOW);
    expect(await db.checklistItems.get(id)).toMatchObject({
      text: 'A, done',
      done: true,
      updatedAt: NOW.toISOString(),
    });
    await writeChanges(db, changes, 'undo');
    expect(await db.checklistItems.get(id)).toMatchObject({ text: 'A', done: false });
  });

  it('makes no change when nothing changes', async () => {
    const { db, ids } = await withItems('A');
    expect(await updateChecklistItem(db, ids[0] as string, { text: ' A ', done: false })).toEqual(
      [],
    );
  });

  it('deletes an item leaving a deletion record; undo brings it back', async () => {
    const { db, product, ids } = await withItems('A', 'B');
    const changes = await deleteChecklistItem(db, ids[0] as string);
    expect(await texts(db, product.id, 'launch')).toEqual(['B']);
    expect(await db.deletions.get(ids[0] as string)).toMatchObject({ table: 'checklistItems' });
    await writeChanges(db, changes, 'undo');
    expect(await texts(db, product.id, 'launch')).toEqual(['A', 'B']);
  });

  it.each([
    { name: 'down one', from: 0, to: 1, expected: ['B', 'A', 'C', 'D'] },
    { name: 'up one', from: 2, to: 1, expected: ['A', 'C', 'B', 'D'] },
    { name: 'to the top', from: 3, to: 0, expected: ['D', 'A', 'B', 'C'] },
    { name: 'to the bottom', from: 0, to: 3, expected: ['B', 'C', 'D', 'A'] },
    { name: 'past the end', from: 1, to: 99, expected: ['A', 'C', 'D', 'B'] },
  ])('moves an item $name', async ({ from, to, expected }) => {
    const { db, product, ids } = await withItems('A', 'B', 'C', 'D');
    await moveChecklistItem(db, ids[from] as string, to);
    expect(await texts(db, product.id, 'launch')).toEqual(expected);
  });

  it('moves within its own stage only, and undo puts it back', async () => {
    const { db, product, ids } = await withItems('A', 'B');
    await addChecklistItem(db, product.id, 'growth', 'G');
    const changes = await moveChecklistItem(db, ids[1] as string, 0);
    expect(await texts(db, product.id, 'launch')).toEqual(['B', 'A']);
    expect(await texts(db, product.id, 'growth')).toEqual(['G']);
    await writeChanges(db, changes, 'undo');
    expect(await texts(db, product.id, 'launch')).toEqual(['A', 'B']);
  });

  it('makes no change for a move to where the item already is', async () => {
    const { db, ids } = await withItems('A', 'B');
    expect(await moveChecklistItem(db, ids[1] as string, 1)).toEqual([]);
  });

  it('re-spreads neighbours that share a rank (after a merge) so the move still lands', async () => {
    const { db, product, ids } = await withItems('A', 'B', 'C');
    for (const id of ids) await db.checklistItems.update(id, { rank: 'a0' });
    await moveChecklistItem(db, ids[2] as string, 1);
    const order = await texts(db, product.id, 'launch');
    expect(order.indexOf('C')).toBe(1);
  });

  it('steps an item one place at a time from the stored order, and not past either end', async () => {
    const { db, product, ids } = await withItems('A', 'B', 'C');
    await stepChecklistItem(db, ids[0] as string, 1);
    await stepChecklistItem(db, ids[0] as string, 1);
    expect(await texts(db, product.id, 'launch')).toEqual(['B', 'C', 'A']);
    expect(await stepChecklistItem(db, ids[0] as string, 1)).toEqual([]);
    await stepChecklistItem(db, ids[0] as string, -1);
    expect(await texts(db, product.id, 'launch')).toEqual(['B', 'A', 'C']);
    expect(await stepChecklistItem(db, ids[1] as string, -1)).toEqual([]);
  });

  it('refuses to move an item that is gone', async () => {
    const { db } = await withItems('A');
    await expect(moveChecklistItem(db, 'gone', 0)).rejects.toThrow(RecordNotFoundError);
  });
});
