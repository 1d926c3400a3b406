import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAsCopy, importAsNewPlan } from '../../../../renderer/src/db/plan-io';
import { snapshotPlan, snapshotProduct } from '../../../../renderer/src/db/plan-snapshot';
import { stakeholderUpdate, UPDATE_PERIODS } from '../../../../shared/plan-file/stakeholder-update';
import type { PlanFile } from '../../../../shared/plan-file/types';
import { kindOf, PLAN_TABLES, type PlanTable } from '../../../../shared/records/registry';
import { planFileArb } from '../../plan-file/arbitraries';
import { makeDb } from './factories';

/** The records of `table` in `file` that a product's part keeps: all, or the product's own. */
function expectedPart(file: PlanFile, table: PlanTable, productId: string) {
  const records: readonly object[] = file[table];
  return kindOf(table).scope === 'plan'
    ? records
    : records.filter((record) => 'productId' in record && record.productId === productId);
}

async function stored(file: PlanFile) {
  const db = makeDb();
  await importAsNewPlan(db, file);
  const whole = await snapshotPlan(db, file.plan.id);
  if (!whole) throw new Error('the imported plan is stored');
  return { db, whole };
}

describe("a product's part of a plan", () => {
  it('holds every plan-wide record and, of every kind, that product’s records only', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), async (file) => {
        const { db, whole } = await stored(file);
        for (const product of whole.products) {
          const part = await snapshotProduct(db, file.plan.id, product.id);
          expect(part?.plan).toEqual(whole.plan);
          for (const table of PLAN_TABLES) {
            expect(part?.[table], table).toEqual(expectedPart(whole, table, product.id));
          }
          expect(part?.deletions).toEqual([]);
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('makes the same stakeholder update of the product as the whole plan does', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), fc.constantFrom(...UPDATE_PERIODS), async (file, period) => {
        const { db, whole } = await stored(file);
        for (const product of whole.products) {
          const part = await snapshotProduct(db, file.plan.id, product.id);
          if (!part) throw new Error('the plan is stored');
          const options = {
            productId: product.id,
            today: '2026-06-15',
            period,
            weekStart: 1 as const,
          };
          expect(stakeholderUpdate(part, options)).toEqual(stakeholderUpdate(whole, options));
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('takes nothing of a product of another plan, and is null for a plan not here', async () => {
    await fc.assert(
      fc.asyncProperty(planFileArb(), async (file) => {
        const { db } = await stored(file);
        const other = await addAsCopy(db, file, 'copy');
        const copy = await snapshotPlan(db, other.planId);
        for (const product of copy?.products ?? []) {
          const part = await snapshotProduct(db, file.plan.id, product.id);
          for (const table of PLAN_TABLES) {
            if (kindOf(table).scope === 'product') expect(part?.[table], table).toEqual([]);
          }
        }
        expect(await snapshotProduct(db, 'no-such-plan', file.products[0]?.id ?? '')).toBeNull();
        db.close();
      }),
      { numRuns: 20 },
    );
  });
});
