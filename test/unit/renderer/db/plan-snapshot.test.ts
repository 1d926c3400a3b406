import { describe, expect, it } from 'vitest';
import { additionsOf, diffPlans } from '../../../../renderer/src/db/plan-snapshot';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { makeChecklistItem, makePlanFile } from '../../plan-file/factories';

describe('plan snapshots as changes', () => {
  it('turns a plan of several hundred thousand records into changes without overflowing', () => {
    const base = makePlanFile();
    const items = Array.from({ length: 300_000 }, (_, i) =>
      makeChecklistItem({ id: `c-${String(i).padStart(6, '0')}`, text: `Item ${i}` }),
    );
    const big: PlanFile = { ...base, checklistItems: items };
    const changes = additionsOf(big);
    expect(changes.filter((c) => c.table === 'checklistItems')).toHaveLength(300_000);
    expect(changes[0]).toEqual({ table: 'plans', before: null, after: big.plan });
  });

  it('lists only what differs, removals included', () => {
    const before = makePlanFile();
    const [product, ...others] = before.products;
    if (!product) throw new Error('the factory plan has a product');
    const after: PlanFile = {
      ...before,
      products: [{ ...product, name: 'Renamed' }, ...others],
      checklistItems: [],
    };
    const changes = diffPlans(before, after);
    expect(changes.map((c) => [c.table, c.before?.id ?? null, c.after?.id ?? null])).toEqual([
      ['products', product.id, product.id],
      ...before.checklistItems.map((item) => ['checklistItems', item.id, null]),
    ]);
  });
});
