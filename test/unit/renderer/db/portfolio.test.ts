import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../../../shared/domain/workspace';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import { createKpi, recordKpiValue } from '../../../../renderer/src/db/kpis';
import {
  FEEDBACK_COUNT_BATCH,
  readFeedbackCounts,
  readHealthData,
} from '../../../../renderer/src/db/portfolio';
import { TREND_VALUES, latestValue } from '../../../../shared/domain/kpi-trend';
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

describe('health data read across a plan', () => {
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
    expect([...(counts ?? [])]).toEqual([[product.id, 3]]);
    expect(counts?.has(quiet.id)).toBe(false);
    expect(data.kpis.map((k) => k.id).sort()).toEqual([users.id, silent.id].sort());
    const usersTrend = data.trends.get(users.id);
    expect(usersTrend && latestValue(usersTrend)).toBe(TREND_VALUES + 2);
    expect(data.trends.has(silent.id)).toBe(false);
    expect(data.trends.has(theirs.id)).toBe(false);
    const trend = usersTrend?.values;
    expect(trend).toHaveLength(TREND_VALUES);
    expect(trend?.[0]).toBe(3);
    expect(trend?.at(-1)).toBe(TREND_VALUES + 2);
  });

  it('counts a plan with more products than one batch, and gives nothing once told to stop', async () => {
    const db = makeDb();
    const plan = await makePlan(db);
    const expected = new Map<string, number>();
    for (let n = 0; n < FEEDBACK_COUNT_BATCH + 7; n += 1) {
      const { id } = await addProduct(db, plan.id);
      // Every third product has none, so the products that have some fall in both batches.
      const times = n % 3;
      if (times > 0) expected.set(id, times);
      for (let k = 0; k < times; k += 1) {
        await createFeedback(db, id, {
          source: 'survey',
          customer: '',
          quote: `Quote ${n}.${k}`,
          date: '2026-01-01',
          sentiment: 'neutral',
          backlogItemId: null,
        });
      }
    }
    expect(await readFeedbackCounts(db, plan.id)).toEqual(expected);

    // A view left while counting: asked after the first batch, the count stops and gives null.
    let asked = 0;
    const leftAfterOneBatch = {
      get aborted() {
        asked += 1;
        return asked > 1;
      },
    };
    expect(await readFeedbackCounts(db, plan.id, leftAfterOneBatch)).toBeNull();
    expect(asked).toBe(2);
  });
});
