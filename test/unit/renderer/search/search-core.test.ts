import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBacklogItem,
  deleteBacklogItem,
  updateBacklogItem,
} from '../../../../renderer/src/db/backlog-items';
import { createFeedback } from '../../../../renderer/src/db/feedback';
import { createProduct, deleteProduct } from '../../../../renderer/src/db/products';
import { SearchCore } from '../../../../renderer/src/search/search-core';
import { makeDb, makeDraft, makePlan } from '../db/factories';

const cores: SearchCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

async function plannedProduct(name: string) {
  const db = makeDb();
  const plan = await makePlan(db);
  const [created] = await createProduct(db, plan.id, makeDraft({ name, owner: 'Grace' }));
  const productId = created?.after?.id as string;
  const core = new SearchCore(db);
  cores.push(core);
  return { db, plan, productId, core };
}

const titles = async (core: SearchCore, planId: string, text: string) =>
  (await core.everything(planId, text, 10)).flatMap((group) => group.hits.map((hit) => hit.title));

describe('SearchCore', () => {
  it('reads a plan and finds its products, backlog items and feedback', async () => {
    const { db, plan, productId, core } = await plannedProduct('Ledger Desktop');
    await createBacklogItem(db, productId, { title: 'Forecast alerts by email' });
    await createFeedback(db, productId, {
      source: 'interview',
      customer: 'Acme',
      quote: 'The forecast is late every month',
      date: '2025-02-03',
      sentiment: 'negative',
      backlogItemId: null,
    });
    const groups = await core.everything(plan.id, 'forecast', 5);
    expect(groups.map((g) => g.kind)).toEqual(['backlogItems', 'feedback']);
    expect(await titles(core, plan.id, 'grace')).toEqual(['Ledger Desktop']);
  });

  it('follows edits, new records and deletions made after it read the plan', async () => {
    const { db, plan, productId, core } = await plannedProduct('Ledger Desktop');
    const [made] = await createBacklogItem(db, productId, { title: 'Forecast alerts' });
    const itemId = made?.after?.id as string;
    expect(await titles(core, plan.id, 'forecast')).toEqual(['Forecast alerts']);

    await updateBacklogItem(db, itemId, { title: 'Budget alerts' });
    await vi.waitFor(async () => expect(await titles(core, plan.id, 'forecast')).toEqual([]));
    expect(await titles(core, plan.id, 'budget')).toEqual(['Budget alerts']);

    await createBacklogItem(db, productId, { title: 'Budget export' });
    await vi.waitFor(async () => expect(await titles(core, plan.id, 'budget')).toHaveLength(2));

    await deleteBacklogItem(db, itemId);
    await vi.waitFor(async () =>
      expect(await titles(core, plan.id, 'budget')).toEqual(['Budget export']),
    );
    // Deleting the product takes its records out of search with it.
    await deleteProduct(db, productId);
    await vi.waitFor(async () => expect(await titles(core, plan.id, 'budget')).toEqual([]));
  });

  it('keeps to the plan it was asked about', async () => {
    const { db, plan, productId, core } = await plannedProduct('Ledger Desktop');
    const other = await makePlan(db, 'Other');
    const [elsewhere] = await createProduct(db, other.id, makeDraft({ name: 'Ledger Mobile' }));
    await createBacklogItem(db, elsewhere?.after?.id as string, { title: 'Ledger sync' });
    await createBacklogItem(db, productId, { title: 'Ledger import' });
    await vi.waitFor(async () =>
      expect(await titles(core, plan.id, 'ledger')).toEqual(['Ledger Desktop', 'Ledger import']),
    );
    expect(await titles(core, other.id, 'ledger')).toEqual(['Ledger Mobile', 'Ledger sync']);
  });

  it('answers the palette with fuzzy matches of products and backlog items', async () => {
    const { db, plan, productId, core } = await plannedProduct('Ledger Desktop');
    await createBacklogItem(db, productId, { title: 'Forecast alerts by email' });
    const hits = await core.palette(plan.id, 'frcst', 10);
    expect(hits.map((h) => h.title)).toEqual(['Forecast alerts by email']);
  });
});
