/**
 * Undo and redo pressed faster than the database answers: each press counts, in order. On a
 * busy laptop a quick Ctrl+Z, Ctrl+Z, Ctrl+Z arrives while the first undo is still writing;
 * none may be lost, and no two may write at once. Runs against the app's own database
 * (IndexedDB in Node) and its undo history.
 */
import '../window-storage';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { perform, redoLastAction, undoLastAction } from '../../../../renderer/src/commands/perform';
import { db } from '../../../../renderer/src/db';
import { createPlan } from '../../../../renderer/src/db/plans';
import { createProduct } from '../../../../renderer/src/db/products';
import { useUi } from '../../../../renderer/src/store';
import { emptyHistory } from '../../../../renderer/src/store/undo-stack';

vi.mock('../../../../renderer/src/platform', () => ({ platform: {} }));

const draft = (name: string) => ({ name, summary: '', owner: '', tags: [] });

async function productNames(planId: string): Promise<string[]> {
  const products = await db.products.where('planId').equals(planId).toArray();
  return products.map((product) => product.name).sort();
}

let planId: string;
beforeEach(async () => {
  planId = (await createPlan(db, 'Portfolio')).plan.id;
  // Each test starts with only its own three actions in the history.
  useUi.setState({ currentPlanId: null, history: emptyHistory() });
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    await perform(`Create ${name}`, () => createProduct(db, planId, draft(name)));
  }
});

describe('undo and redo pressed in quick succession', () => {
  it('three undos asked for at once all happen, newest first', async () => {
    await Promise.all([undoLastAction(), undoLastAction(), undoLastAction()]);
    expect(await productNames(planId)).toEqual([]);
    expect(useUi.getState().history.future.map((entry) => entry.label)).toEqual([
      'Create Alpha',
      'Create Beta',
      'Create Gamma',
    ]);
  });

  it('three redos asked for at once all happen, and the last one is announced', async () => {
    for (let i = 0; i < 3; i += 1) await undoLastAction();
    expect(await productNames(planId)).toEqual([]);
    await Promise.all([redoLastAction(), redoLastAction(), redoLastAction()]);
    expect(await productNames(planId)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(useUi.getState().history.future).toEqual([]);
    expect(useUi.getState().announcement).toBe('Redid: Create Gamma.');
  });

  it('an undo asked for beyond the history says there is nothing more, and changes nothing', async () => {
    await Promise.all([1, 2, 3, 4].map(() => undoLastAction()));
    expect(await productNames(planId)).toEqual([]);
    expect(useUi.getState().announcement.replace('\u200b', '')).toBe('Nothing to undo.');
    expect(useUi.getState().history.future).toHaveLength(3);
  });
});
