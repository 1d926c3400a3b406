import { describe, expect, it } from 'vitest';
import type { Kpi, KpiValue } from '../../../../shared/domain/workspace';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createKpi, recordKpiValue } from '../../../../renderer/src/db/kpis';
import {
  TREND_VALUES,
  readFeedbackCounts,
  readHealthData,
  recentValuesByKpi,
} from '../../../../renderer/src/db/portfolio';
import { createFeedback } from '../../../../renderer/src/db/feedback';
import { createProduct } from '../../../../renderer/src/db/products';
import { makeDb, makeDraft, makePlan } from './factories';

async function addProduct(db: PlannerDb, planId: string) {
  const [change] = await createProduct(db, planId, makeDraft());
  return change?.after as { id: string };
}

async function addKpi(db: PlannerDb, productId: string, name: string) {
  const draft = { name, unit: 'users', target: 100, direction: 'higher' as const };
  const [change] = await createKpi(db, productId, draft);
  return change?.after as Kpi;
}

const value = (kpiId: string, date: string, id: string, v = 1): KpiValue =>
  ({ id, kpiId, date, value: v }) as KpiValue;

describe('health data read in one batch', () => {
  it('keeps each KPI’s latest values in date order, the newest last', () => {
    const values = [
      value('a', '2026-03-01', 'a3'),
      value('b', '2026-01-01', 'b1'),
      value('a', '2026-01-01', 'a1'),
      value('a', '2026-02-01', 'a2'),
    ];
    const grouped = recentValuesByKpi(values, 2);
    expect(grouped.get('a')?.map((v) => v.id)).toEqual(['a2', 'a3']);
    expect(grouped.get('b')?.map((v) => v.id)).toEqual(['b1']);
  });

  it('breaks a tie of two values on one day by id, as the date index does', () => {
    const grouped = recentValuesByKpi([
      value('a', '2026-01-01', 'y'),
      value('a', '2026-01-01', 'x'),
    ]);
    expect(grouped.get('a')?.map((v) => v.id)).toEqual(['x', 'y']);
  });

  it('gives each KPI of the plan its latest value and trend, and nothing of other plans', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const other = await makePlan(db, 'Other');
    const product = await addProduct(db, plan.id);
    const stranger = await addProduct(db, other.id);
    const users = await addKpi(db, product.id, 'Users');
    const silent = await addKpi(db, product.id, 'Silent');
    const theirs = await addKpi(db, stranger.id, 'Theirs');
    // Recorded newest first, so the order comes from the dates, not from the writes.
    for (let day = TREND_VALUES + 2; day >= 1; day -= 1) {
      const date = `2026-01-${String(day).padStart(2, '0')}`;
      await recordKpiValue(db, users.id, { date, value: day });
    }
    await recordKpiValue(db, theirs.id, { date: '2026-01-01', value: 7 });
    const quiet = await addProduct(db, plan.id);
    for (const [productId, times] of [
      [product.id, 3],
      [stranger.id, 2],
    ] as const) {
      for (let n = 0; n < times; n += 1) {
        await createFeedback(db, productId, {
          source: 'interview',
          customer: 'Ada',
          quote: `Quote ${n}`,
          date: '2026-01-01',
          sentiment: 'neutral',
          backlogItemId: null,
        });
      }
    }

    const data = await readHealthData(db, plan.id);
    // Feedback is counted per product of this plan; a product with none is not listed.
    const counts = await readFeedbackCounts(db, plan.id);
    expect([...counts]).toEqual([[product.id, 3]]);
    expect(counts.has(quiet.id)).toBe(false);
    expect(data.kpis.map((k) => k.id).sort()).toEqual([users.id, silent.id].sort());
    expect(data.latestByKpi.get(users.id)?.value).toBe(TREND_VALUES + 2);
    expect(data.latestByKpi.has(silent.id)).toBe(false);
    expect(data.latestByKpi.has(theirs.id)).toBe(false);
    const trend = data.recentByKpi.get(users.id)?.map((v) => v.value);
    expect(trend).toHaveLength(TREND_VALUES);
    expect(trend?.[0]).toBe(3);
    expect(trend?.at(-1)).toBe(TREND_VALUES + 2);
  });
});
