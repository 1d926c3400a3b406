import '../window-storage';
import { describe, expect, it } from 'vitest';
import { sortByRank } from '../../../../shared/domain/moves';
import {
  requestFocus,
  takeFocusRequest,
  type FocusTarget,
} from '../../../../renderer/src/commands/focus-request';
import { createProduct, stepProductAmong } from '../../../../renderer/src/db/products';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { useUi } from '../../../../renderer/src/store';
import { makeDb, makeDraft, makePlan } from '../db/factories';

const drawnOnBoard = (stage: 'ideation' | 'development', index: number): FocusTarget => ({
  list: 'board',
  id: 'card-1',
  stage,
  index,
});

describe('giving focus back after a move', () => {
  it('is taken only by the item drawn where the move put it, and only once', () => {
    requestFocus({ list: 'board', id: 'card-1', stage: 'development', index: 2 });
    // Still drawn in its old column, or not yet at its new place: it must not take focus.
    expect(takeFocusRequest(drawnOnBoard('ideation', 2))).toBeNull();
    expect(takeFocusRequest(drawnOnBoard('development', 0))).toBeNull();
    expect(
      takeFocusRequest({ list: 'board', id: 'card-2', stage: 'development', index: 2 }),
    ).toBeNull();
    expect(takeFocusRequest(drawnOnBoard('development', 2))).toEqual({
      list: 'board',
      id: 'card-1',
      stage: 'development',
      index: 2,
    });
    expect(useUi.getState().focusRequest).toBeNull();
    expect(takeFocusRequest(drawnOnBoard('development', 2))).toBeNull();
  });

  it('keeps only the latest request: a quicker second move wins', () => {
    requestFocus({ list: 'checklist', id: 'item-1', control: 'check', index: 1 });
    requestFocus({ list: 'checklist', id: 'item-1', control: 'edit', index: 0 });
    expect(takeFocusRequest({ list: 'checklist', id: 'item-1', index: 1 })).toBeNull();
    expect(takeFocusRequest({ list: 'checklist', id: 'item-1', index: 0 })).toMatchObject({
      control: 'edit',
    });
  });

  it('never hands one list’s request to another list’s item with the same id', () => {
    requestFocus({ list: 'roadmap', id: 'shared-id', horizon: 'now' });
    expect(takeFocusRequest({ list: 'checklist', id: 'shared-id', index: 0 })).toBeNull();
    expect(takeFocusRequest({ list: 'roadmap', id: 'shared-id', horizon: 'next' })).toBeNull();
    expect(takeFocusRequest({ list: 'roadmap', id: 'shared-id', horizon: 'now' })).not.toBeNull();
  });

  it('without a position (an undo, a return from the workspace) is for the card anywhere in its column', () => {
    requestFocus({ list: 'board', id: 'card-1', stage: 'ideation' });
    expect(takeFocusRequest(drawnOnBoard('development', 5))).toBeNull();
    expect(takeFocusRequest(drawnOnBoard('ideation', 5))).not.toBeNull();
  });
});

async function boardOf(db: PlannerDb, planId: string) {
  const products = sortByRank(await db.products.where('planId').equals(planId).toArray());
  return products.map((p) => `${p.stage}:${p.name}`);
}

describe('a keyboard step on the board', () => {
  it('takes one step per press even when presses come before earlier moves are saved', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const [created] = await createProduct(db, plan.id, makeDraft({ name: 'Sprinter' }));
    const id = created?.after?.id as string;
    const shown = () => true;
    // Five presses, none waiting for the one before: Ideation to Decline.
    const steps = await Promise.all(
      [1, 2, 3, 4, 5].map(() => stepProductAmong(db, id, 'right', shown)),
    );
    expect(steps.map((s) => s.placed?.stage)).toEqual([
      'development',
      'launch',
      'growth',
      'maturity',
      'decline',
    ]);
    const edge = await stepProductAmong(db, id, 'right', shown);
    expect(edge).toEqual({ changes: [], placed: null });
    expect((await db.products.get(id))?.stageHistory.map((e) => e.stage)).toEqual([
      'ideation',
      'development',
      'launch',
      'growth',
      'maturity',
      'decline',
    ]);
  });

  it('steps over the cards the board hides (search, archive), as the user sees the column', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const ids: string[] = [];
    for (const name of ['Alpha', 'Hidden', 'Gamma']) {
      const [change] = await createProduct(db, plan.id, makeDraft({ name }), 'growth');
      ids.push(change?.after?.id as string);
    }
    const gamma = ids[2] as string;
    const shown = (p: { name: string }) => p.name !== 'Hidden';
    const up = await stepProductAmong(db, gamma, 'up', shown);
    expect(up.placed).toEqual({ stage: 'growth', index: 0, total: 2 });
    expect(await boardOf(db, plan.id)).toEqual(['growth:Gamma', 'growth:Alpha', 'growth:Hidden']);
    // Down from the top of what is shown: one place, to just below Alpha.
    const down = await stepProductAmong(db, gamma, 'down', shown);
    expect(down.placed).toEqual({ stage: 'growth', index: 1, total: 2 });
    expect(await boardOf(db, plan.id)).toEqual(['growth:Alpha', 'growth:Gamma', 'growth:Hidden']);
  });
});
