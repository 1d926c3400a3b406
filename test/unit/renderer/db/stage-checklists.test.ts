/**
 * A product gets the checklist of a stage when it enters it, in the same change as the
 * create or the move, so one undo takes both back.
 */
import { describe, expect, it } from 'vitest';
import { writeChanges } from '../../../../renderer/src/db/changes';
import { createProduct, moveProduct } from '../../../../renderer/src/db/products';
import { sortByRank } from '../../../../shared/domain/moves';
import { DEFAULT_TEMPLATES } from '../../../../shared/domain/playbook';
import { templateId } from '../../../../shared/domain/workspace';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

describe('checklists on entering a stage', () => {
  it('creating a product gives it its stage checklist from the default template', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const changes = await createProduct(db, plan.id, makeDraft({ name: 'Scanner' }), 'launch');
    const productId = changes[0]?.after?.id as string;
    const items = await db.checklistItems.where('productId').equals(productId).toArray();
    expect(items.map((item) => item.text).sort()).toEqual([...DEFAULT_TEMPLATES.launch].sort());
    expect(items.every((item) => item.stage === 'launch' && !item.done)).toBe(true);
  });

  it('uses the plan’s edited template, and a move adds the new stage’s list; undo removes it', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const at = '2026-03-01T09:00:00.000Z';
    await db.stageTemplates.put({
      id: templateId(plan.id, 'development'),
      planId: plan.id,
      stage: 'development',
      items: ['Write the API contract', 'Usability test'],
      createdAt: at,
      updatedAt: at,
    });
    const [created] = await createProduct(db, plan.id, makeDraft({ name: 'Scanner' }));
    const id = created?.after?.id as string;
    const before = await dumpDb(db);

    const moved = await moveProduct(db, id, 'development', null);
    const development = await db.checklistItems.where('productId').equals(id).toArray();
    expect(
      sortByRank(development.filter((i) => i.stage === 'development')).map((i) => i.text),
    ).toEqual(['Write the API contract', 'Usability test']);

    await writeChanges(db, moved, 'undo');
    const after = await dumpDb(db);
    expect(after.checklistItems).toEqual(before.checklistItems);
  });

  it('moving within a stage, or back to a stage it had a list for, adds nothing', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [created] = await createProduct(db, plan.id, makeDraft({ name: 'Scanner' }));
    const id = created?.after?.id as string;
    const count = () => db.checklistItems.where('productId').equals(id).count();
    const start = await count();
    await moveProduct(db, id, 'ideation', null);
    expect(await count()).toBe(start);
    await moveProduct(db, id, 'development', null);
    const withDevelopment = await count();
    await moveProduct(db, id, 'ideation', null);
    expect(await count()).toBe(withDevelopment);
  });
});
