import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../../shared/domain/playbook';
import { templateId } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import { RecordNotFoundError } from '../../../../renderer/src/db/products';
import {
  readStageTemplate,
  resetStageTemplate,
  saveStageTemplate,
} from '../../../../renderer/src/db/templates';
import { makeDb, makePlan } from './factories';
import { dumpAll } from './playbook-fixtures';

const NOW = new Date('2026-05-01T09:00:00.000Z');
const LATER = new Date('2026-05-02T09:00:00.000Z');

describe('stage templates', () => {
  it('reads the default until the plan edits it', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    expect(await readStageTemplate(db, plan.id, 'launch')).toEqual({
      items: [...DEFAULT_TEMPLATES.launch],
      edited: false,
    });
  });

  it('creates the template on the first save, with the id of its plan and stage', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    await saveStageTemplate(db, plan.id, 'launch', [' Book   the venue ', 'Invite press'], NOW);
    expect(await db.stageTemplates.get(templateId(plan.id, 'launch'))).toEqual({
      id: templateId(plan.id, 'launch'),
      planId: plan.id,
      stage: 'launch',
      items: ['Book the venue', 'Invite press'],
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(await readStageTemplate(db, plan.id, 'launch')).toEqual({
      items: ['Book the venue', 'Invite press'],
      edited: true,
    });
  });

  it('updates it in place on later saves; undo goes back one save', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    await saveStageTemplate(db, plan.id, 'growth', ['A'], NOW);
    const changes = await saveStageTemplate(db, plan.id, 'growth', ['A', 'B'], LATER);
    const row = await db.stageTemplates.get(templateId(plan.id, 'growth'));
    expect(row).toMatchObject({ items: ['A', 'B'], createdAt: NOW.toISOString() });
    expect(row?.updatedAt).toBe(LATER.toISOString());
    await writeChanges(db, changes, 'undo');
    expect((await readStageTemplate(db, plan.id, 'growth')).items).toEqual(['A']);
  });

  it('keeps an emptied template (no checklist for that stage)', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    await saveStageTemplate(db, plan.id, 'decline', []);
    expect(await readStageTemplate(db, plan.id, 'decline')).toEqual({ items: [], edited: true });
  });

  it('resets to the default by deleting the template; undo brings the edits back', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    await saveStageTemplate(db, plan.id, 'ideation', ['Only this']);
    const changes = await resetStageTemplate(db, plan.id, 'ideation');
    expect(await readStageTemplate(db, plan.id, 'ideation')).toEqual({
      items: [...DEFAULT_TEMPLATES.ideation],
      edited: false,
    });
    await writeChanges(db, changes, 'undo');
    expect((await readStageTemplate(db, plan.id, 'ideation')).items).toEqual(['Only this']);
    await resetStageTemplate(db, plan.id, 'ideation');
    expect(await resetStageTemplate(db, plan.id, 'ideation')).toEqual([]);
  });

  it('keeps each plan’s templates apart', async () => {
    const db = makeDb();
    const a = await makePlan(db, 'A');
    const b = await makePlan(db, 'B');
    await saveStageTemplate(db, a.id, 'launch', ['Only in A']);
    expect((await readStageTemplate(db, b.id, 'launch')).edited).toBe(false);
  });

  it.each([
    { name: 'a blank item', items: ['A', '  '], message: 'Item 2: Write what needs doing.' },
    {
      name: 'too many items',
      items: Array.from({ length: 101 }, () => 'x'),
      message: /at most 100/,
    },
    { name: 'an item too long', items: ['x'.repeat(10_001)], message: /^Item 1: / },
  ])('refuses $name, changing nothing', async ({ items, message }) => {
    const db = makeDb();
    const plan = await makePlan(db);
    await saveStageTemplate(db, plan.id, 'launch', ['Kept']);
    const before = await dumpAll(db);
    await expect(saveStageTemplate(db, plan.id, 'launch', items)).rejects.toThrow(message);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a plan that is gone', async () => {
    const db = makeDb();
    await expect(saveStageTemplate(db, 'gone', 'launch', ['A'])).rejects.toThrow(
      RecordNotFoundError,
    );
    expect(await db.stageTemplates.count()).toBe(0);
  });
});
