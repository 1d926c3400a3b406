/**
 * The trends the health view reads stay equal to what the stored values make, after every
 * edit a user can make to KPI values, its undo and its redo, and after a database upgrade.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  createKpi,
  deleteKpi,
  deleteKpiValue,
  recordKpiValue,
  updateKpiValue,
} from '../../../../renderer/src/db/kpis';
import { createProduct } from '../../../../renderer/src/db/products';
import { TREND_VALUES } from '../../../../shared/domain/kpi-trend';
import type { Kpi } from '../../../../shared/domain/workspace';
import {
  UndoHistory,
  expectedTrends,
  makeDb,
  makeDraft,
  makePlan,
  storedTrends,
} from './factories';

const day = (n: number) =>
  `2026-${String(1 + Math.floor(n / 28)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;

async function addKpi(db: PlannerDb, planId: string): Promise<Kpi> {
  const [product] = await createProduct(db, planId, makeDraft());
  const productId = (product?.after as { id: string }).id;
  const draft = { name: 'Active teams', unit: 'teams', target: 10, direction: 'higher' as const };
  const [change] = await createKpi(db, productId, draft);
  return change?.after as Kpi;
}

/** A user's step: record a value on a day, move or rewrite one, delete one, undo, redo. */
type Step =
  | { kind: 'record'; kpi: number; day: number; value: number }
  | { kind: 'update'; pick: number; day: number | null; value: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'delete-kpi'; kpi: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      kpi: fc.nat(1),
      day: fc.nat(40),
      value: fc.integer({ min: -9, max: 9 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      pick: fc.nat(),
      day: fc.option(fc.nat(40)),
      value: fc.integer({ min: -9, max: 9 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-kpi' as const), kpi: fc.nat(1) }) },
);

describe('KPI trends kept with their values', () => {
  it('equal the trends of the stored values after any edits, undos and redos', async () => {
    let fullTrends = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(fc.integer({ min: 9, max: 16 }), fc.integer({ min: 9, max: 16 })),
        fc.array(step, { minLength: 20, maxLength: 60, size: 'max' }),
        async (prefill, steps) => {
          const db = makeDb();
          const plan = await makePlan(db);
          const kpis = [await addKpi(db, plan.id), await addKpi(db, plan.id)];
          // Values on every other day to start with, near or past a full trend, with days between
          // them free for the steps to record on.
          for (const [k, count] of prefill.entries()) {
            for (let n = 0; n < count; n += 1) {
              await recordKpiValue(db, kpis[k]?.id ?? '', { date: day(2 * n), value: n });
            }
          }
          const history = new UndoHistory(db);
          for (const s of steps) {
            const values = await db.kpiValues.where('planId').equals(plan.id).sortBy('id');
            const picked = 'pick' in s ? values[s.pick % Math.max(values.length, 1)] : undefined;
            const kpi = 'kpi' in s ? kpis[s.kpi] : undefined;
            const live = kpi && (await db.kpis.get(kpi.id));
            let changes: RecordChange[] | null = null;
            try {
              if (s.kind === 'record' && live)
                changes = await recordKpiValue(db, live.id, { date: day(s.day), value: s.value });
              if (s.kind === 'update' && picked) {
                const patch =
                  s.day === null ? { value: s.value } : { date: day(s.day), value: s.value };
                changes = await updateKpiValue(db, picked.id, patch);
              }
              if (s.kind === 'delete' && picked) changes = await deleteKpiValue(db, picked.id);
              if (s.kind === 'delete-kpi' && live) changes = await deleteKpi(db, live.id);
            } catch {
              // A second value on one day is refused, and nothing is written.
            }
            history.record(changes);
            if (s.kind === 'undo') await history.undo();
            if (s.kind === 'redo') await history.redo();
            const trends = await storedTrends(db, plan.id);
            expect(trends).toEqual(await expectedTrends(db, plan.id));
            if (trends.some((trend) => trend.values.length === TREND_VALUES)) fullTrends += 1;
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
    // Full trends are where a deletion makes the values be read again: the runs must get there.
    expect(fullTrends).toBeGreaterThan(0);
  }, 60_000);

  it('reads a KPI’s values again when a full trend loses its newest reading', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const kpi = await addKpi(db, plan.id);
    for (let n = 0; n < TREND_VALUES + 3; n += 1) {
      await recordKpiValue(db, kpi.id, { date: day(n), value: n });
    }
    const newest = await db.kpiValues
      .where('[kpiId+date]')
      .equals([kpi.id, day(TREND_VALUES + 2)])
      .first();
    await deleteKpiValue(db, newest?.id ?? '');
    const [trend] = await storedTrends(db, plan.id);
    expect(trend?.values).toEqual(Array.from({ length: TREND_VALUES }, (_, n) => n + 2));
    await deleteKpi(db, kpi.id);
    expect(await storedTrends(db, plan.id)).toEqual([]);
    db.close();
  });
});
