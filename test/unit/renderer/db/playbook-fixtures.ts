/** Fixtures for the playbook, people and changelog repository tests. */
import { PLAN_TABLES } from '../../../../shared/records/registry';
import type { BacklogItem } from '../../../../shared/domain/workspace';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createProduct } from '../../../../renderer/src/db/products';
import { makeDraft } from './factories';

/** Every row of every plan table, for "a refused write changes nothing" assertions. */
export async function dumpAll(db: PlannerDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of ['plans', ...PLAN_TABLES, 'deletions'] as const) {
    const rows: { id: string }[] = await db.table(table).toArray();
    dump[table] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return dump;
}

/** A product, written straight to its table so tests do not depend on what creation adds. */
export async function addProduct(db: PlannerDb, planId: string, name = 'Acme Cloud') {
  const [change] = await createProduct(db, planId, makeDraft({ name }), 'launch');
  const product = change?.after;
  if (!product || !('stage' in product) || !('name' in product)) throw new Error('no product');
  return product;
}

/** A backlog item, written straight to the table (the backlog repository is not under test). */
export async function addBacklogItem(
  db: PlannerDb,
  product: { id: string; planId: string },
  overrides: Partial<BacklogItem> = {},
): Promise<BacklogItem> {
  const at = '2026-01-01T00:00:00.000Z';
  const backlogItem: BacklogItem = {
    id: crypto.randomUUID(),
    planId: product.planId,
    productId: product.id,
    title: 'Item',
    description: '',
    status: 'shipped',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: 'a0',
    horizon: null,
    milestoneId: null,
    releaseId: null,
    shippedOn: '2026-01-10',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  await db.backlogItems.put(backlogItem);
  return backlogItem;
}
