import { InvalidInputError } from '../../../../renderer/src/db/repository';
import { describe, expect, it } from 'vitest';
import type { Kpi, KpiValue } from '../../../../shared/domain/workspace';
import { writeChanges } from '../../../../renderer/src/db/changes';
import type { PlannerDb } from '../../../../renderer/src/db/database';
import {
  createKpi,
  deleteKpi,
  deleteKpiValue,
  latestKpiValue,
  planKpiSummaries,
  productKpiSummary,
  recordKpiValue,
  updateKpi,
  updateKpiValue,
  type KpiDraft,
} from '../../../../renderer/src/db/kpis';
import { RecordNotFoundError, createProduct } from '../../../../renderer/src/db/products';
import { dumpDb, makeDb, makeDraft, makePlan } from './factories';

async function makeProduct(db: PlannerDb, planId?: string) {
  const plan = planId ?? (await makePlan(db)).id;
  const [change] = await createProduct(db, plan, makeDraft());
  return change?.after as { id: string; planId: string };
}

const draft = (overrides: Partial<KpiDraft> = {}): KpiDraft => ({
  name: 'Active users',
  unit: 'users',
  target: 1000,
  direction: 'higher',
  ...overrides,
});

async function addKpi(db: PlannerDb, productId: string, overrides: Partial<KpiDraft> = {}) {
  const [change] = await createKpi(db, productId, draft(overrides));
  return change?.after as Kpi;
}

async function addValue(db: PlannerDb, kpiId: string, date: string, value: number, now?: Date) {
  const [change] = await recordKpiValue(db, kpiId, { date, value }, now);
  return change?.after as KpiValue;
}

describe('KPIs', () => {
  it('creates a KPI in the product’s plan, tidying its name and unit', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const now = new Date('2026-05-01T09:00:00.000Z');
    const [change] = await createKpi(
      db,
      product.id,
      draft({ name: '  Churn   rate ', unit: ' % ' }),
      now,
    );
    expect(await db.kpis.get(change?.after?.id as string)).toMatchObject({
      planId: product.planId,
      productId: product.id,
      name: 'Churn rate',
      unit: '%',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it.each<[string, Partial<KpiDraft>, string]>([
    ['a blank name', { name: '  ' }, 'Give the KPI a name.'],
    ['a target that is not a number', { target: Number.NaN }, 'The target must be a number.'],
    ['an endless target', { target: Number.POSITIVE_INFINITY }, 'The target must be a number.'],
    [
      'an unknown direction',
      { direction: 'up' as KpiDraft['direction'] },
      'Say whether higher or lower is better.',
    ],
    ['a sentence for a unit', { unit: 'x'.repeat(30) }, 'Keep the unit to 24 characters.'],
  ])('refuses %s, writing nothing', async (_what, overrides, message) => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const before = await dumpDb(db);
    await expect(createKpi(db, product.id, draft(overrides))).rejects.toThrow(message);
    await expect(updateKpi(db, kpi.id, overrides)).rejects.toThrow(InvalidInputError);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a KPI for a product that is gone', async () => {
    const db = makeDb();
    await expect(createKpi(db, 'nope', draft())).rejects.toThrow(RecordNotFoundError);
    expect(await db.kpis.count()).toBe(0);
  });

  it('edits a KPI and undo puts it back', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const changes = await updateKpi(db, kpi.id, { target: 5, direction: 'lower' });
    expect(await db.kpis.get(kpi.id)).toMatchObject({ target: 5, direction: 'lower' });
    await writeChanges(db, changes, 'undo');
    expect(await db.kpis.get(kpi.id)).toMatchObject({ target: 1000, direction: 'higher' });
  });

  it('deletes a KPI with all its values in one change, and undo restores them all', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const other = await addKpi(db, product.id, { name: 'Revenue' });
    await addValue(db, kpi.id, '2026-01-01', 10);
    await addValue(db, kpi.id, '2026-02-01', 20);
    const kept = await addValue(db, other.id, '2026-01-01', 99);
    const changes = await deleteKpi(db, kpi.id);
    expect(changes).toHaveLength(3);
    expect(await db.kpis.get(kpi.id)).toBeUndefined();
    expect((await db.kpiValues.toArray()).map((v) => v.id)).toEqual([kept.id]);
    expect(await db.deletions.count()).toBe(3);
    await writeChanges(db, changes, 'undo');
    expect(await db.kpiValues.where('kpiId').equals(kpi.id).count()).toBe(2);
    expect(await db.deletions.count()).toBe(0);
  });
});

describe('KPI values', () => {
  it('records values with the KPI’s plan and product, one a day', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const value = await addValue(db, kpi.id, '2026-03-01', 1200);
    expect(value).toMatchObject({ planId: product.planId, productId: product.id, kpiId: kpi.id });
    const before = await dumpDb(db);
    await expect(recordKpiValue(db, kpi.id, { date: '2026-03-01', value: 5 })).rejects.toThrow(
      'This KPI already has a value for 2026-03-01; edit that one instead.',
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it.each([
    [{ date: '2026-02-30', value: 1 }, '“2026-02-30” is not a date.'],
    [{ date: '', value: 1 }, '“” is not a date.'],
    [{ date: '2026-03-01', value: Number.NaN }, 'The value must be a number.'],
    [{ date: '2026-03-01', value: Number.NEGATIVE_INFINITY }, 'The value must be a number.'],
    [{ date: '2026-03-01', value: 1e300 }, 'The value must be a number.'],
  ])('refuses %j, writing nothing', async (value, message) => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const existing = await addValue(db, kpi.id, '2026-01-01', 1);
    const before = await dumpDb(db);
    await expect(recordKpiValue(db, kpi.id, value)).rejects.toThrow(message);
    await expect(updateKpiValue(db, existing.id, value)).rejects.toThrow(message);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a value for a KPI that is gone', async () => {
    const db = makeDb();
    await expect(recordKpiValue(db, 'nope', { date: '2026-01-01', value: 1 })).rejects.toThrow(
      'The KPI nope no longer exists',
    );
  });

  it('edits a value, but not onto a day that already has one', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const first = await addValue(db, kpi.id, '2026-01-01', 1);
    await addValue(db, kpi.id, '2026-01-02', 2);
    await updateKpiValue(db, first.id, { date: '2026-01-05', value: 7 });
    expect(await db.kpiValues.get(first.id)).toMatchObject({ date: '2026-01-05', value: 7 });
    // Keeping its own day is fine.
    await updateKpiValue(db, first.id, { date: '2026-01-05', value: 8 });
    await expect(updateKpiValue(db, first.id, { date: '2026-01-02' })).rejects.toThrow(
      'already has a value for 2026-01-02',
    );
    expect(await db.kpiValues.get(first.id)).toMatchObject({ date: '2026-01-05', value: 8 });
  });

  it('deletes a value; undo brings it back', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const value = await addValue(db, kpi.id, '2026-01-01', 1);
    const changes = await deleteKpiValue(db, value.id);
    expect(await db.kpiValues.count()).toBe(0);
    await writeChanges(db, changes, 'undo');
    expect(await db.kpiValues.get(value.id)).toMatchObject({ value: 1 });
    await expect(deleteKpiValue(db, 'nope')).rejects.toThrow(RecordNotFoundError);
  });
});

describe('KPI status from the database', () => {
  it('takes the latest value by date, not by when it was typed', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    await addValue(db, kpi.id, '2026-03-01', 3);
    await addValue(db, kpi.id, '2026-01-01', 1);
    expect((await latestKpiValue(db, kpi.id))?.value).toBe(3);
    expect(await latestKpiValue(db, 'no-such-kpi')).toBeNull();
  });

  it('settles two merged values on one day by when they were recorded', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    const kpi = await addKpi(db, product.id);
    const older = await addValue(db, kpi.id, '2026-03-01', 1, new Date('2026-03-01T08:00:00Z'));
    // A merge can bring a colleague's reading for the same day; it bypasses the one-a-day rule.
    await db.kpiValues.put({
      ...older,
      id: '0-first-by-id',
      value: 2,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect((await latestKpiValue(db, kpi.id))?.value).toBe(2);
  });

  it('sums up a product: off track when any KPI is, on track when all with data are', async () => {
    const db = makeDb();
    const product = await makeProduct(db);
    expect(await productKpiSummary(db, product.id)).toMatchObject({ status: 'no-data', total: 0 });
    const users = await addKpi(db, product.id, { target: 1000, direction: 'higher' });
    const churn = await addKpi(db, product.id, {
      name: 'Churn',
      unit: '%',
      target: 2,
      direction: 'lower',
    });
    expect((await productKpiSummary(db, product.id)).status).toBe('no-data');
    await addValue(db, users.id, '2026-03-01', 1000);
    expect(await productKpiSummary(db, product.id)).toEqual({
      status: 'on-track',
      onTrack: 1,
      offTrack: 0,
      noData: 1,
      total: 2,
    });
    await addValue(db, churn.id, '2026-03-01', 2.5);
    expect((await productKpiSummary(db, product.id)).status).toBe('off-track');
    await addValue(db, churn.id, '2026-04-01', 1.9);
    expect((await productKpiSummary(db, product.id)).status).toBe('on-track');
  });

  it('sums up every product of a plan at once', async () => {
    const db = makeDb();
    const a = await makeProduct(db);
    const b = await makeProduct(db, a.planId);
    const kpiA = await addKpi(db, a.id);
    await addKpi(db, b.id);
    await addValue(db, kpiA.id, '2026-03-01', 10);
    const summaries = await planKpiSummaries(db, a.planId);
    expect(summaries.get(a.id)?.status).toBe('off-track');
    expect(summaries.get(b.id)?.status).toBe('no-data');
    expect(summaries.size).toBe(2);
  });
});
