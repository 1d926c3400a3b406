/**
 * KPI repository: the only code that writes KPIs and their values. Each function checks its
 * input, reads and writes in one transaction, and returns the changes it made so the caller
 * can offer undo. A refused write throws before anything is written. A KPI holds one value a
 * day; readings are found through the [kpiId+date] index, so a card reads one value per KPI.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { isCalendarDate } from '../../../shared/domain/calendar';
import {
  checkKpiName,
  checkKpiUnit,
  compareReadings,
  isKpiNumber,
  kpiStatus,
  latestReading,
  summarizeKpiStatuses,
  type KpiSummary,
} from '../../../shared/domain/kpi';
import { newId, nowIso } from '../../../shared/domain/records';
import { KPI_DIRECTIONS, type Kpi, type KpiValue } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { db as windowDb } from './index';
import { unlinkExperimentsOf } from './experiments';
import { InvalidInputError, commit, getRecord, updateRecords } from './repository';

export type KpiDraft = Pick<Kpi, 'name' | 'unit' | 'target' | 'direction'>;
export type KpiValueDraft = Pick<KpiValue, 'date' | 'value'>;

function checkKpiPatch(patch: Partial<KpiDraft>): Partial<KpiDraft> {
  const checked: Partial<KpiDraft> = { ...patch };
  if (patch.name !== undefined) {
    const name = checkKpiName(patch.name);
    if (!name.ok) throw new InvalidInputError(name.message);
    checked.name = name.value;
  }
  if (patch.unit !== undefined) {
    const unit = checkKpiUnit(patch.unit);
    if (!unit.ok) throw new InvalidInputError(unit.message);
    checked.unit = unit.value;
  }
  if (patch.target !== undefined && !isKpiNumber(patch.target)) {
    throw new InvalidInputError('The target must be a number.');
  }
  if (patch.direction !== undefined && !KPI_DIRECTIONS.includes(patch.direction)) {
    throw new InvalidInputError('Say whether higher or lower is better.');
  }
  return checked;
}

function checkValuePatch(patch: Partial<KpiValueDraft>): void {
  if (patch.date !== undefined && !isCalendarDate(patch.date)) {
    throw new InvalidInputError(`“${patch.date}” is not a date.`);
  }
  if (patch.value !== undefined && !isKpiNumber(patch.value)) {
    throw new InvalidInputError('The value must be a number.');
  }
}

/** Every reading of a KPI, oldest first, through the compound index. */
function readingsOf(db: PlannerDb, kpiId: string) {
  return db.kpiValues
    .where('[kpiId+date]')
    .between([kpiId, Dexie.minKey], [kpiId, Dexie.maxKey], true, true);
}

async function refuseSecondValueOn(db: PlannerDb, kpiId: string, date: string, except?: string) {
  const sameDay = await db.kpiValues.where('[kpiId+date]').equals([kpiId, date]).toArray();
  if (sameDay.some((value) => value.id !== except)) {
    throw new InvalidInputError(`This KPI already has a value for ${date}; edit that one instead.`);
  }
}

export function createKpi(
  db: PlannerDb,
  productId: string,
  draft: KpiDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkKpiPatch(draft) as KpiDraft;
    const product = await getRecord(db, 'products', productId);
    const at = nowIso(now);
    const kpi: Kpi = {
      id: newId(),
      planId: product.planId,
      productId,
      name: checked.name,
      unit: checked.unit,
      target: checked.target,
      direction: checked.direction,
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'kpis', before: null, after: kpi }]);
  });
}

export function updateKpi(
  db: PlannerDb,
  id: string,
  patch: Partial<KpiDraft>,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const checked = checkKpiPatch(patch);
    return updateRecords(db, 'kpis', [id], (before) => ({
      ...before,
      ...checked,
      updatedAt: nowIso(now),
    }));
  });
}

/**
 * Removes the KPI and all its values in one change, so undo brings them back together; the
 * experiments that named it keep their log, no longer linked.
 */
export function deleteKpi(
  db: PlannerDb,
  id: string,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'kpis', id);
    const values = await readingsOf(db, id).toArray();
    const changes: RecordChange[] = values.map((value) => ({
      table: 'kpiValues',
      before: value,
      after: null,
    }));
    changes.push(...(await unlinkExperimentsOf(db, id, nowIso(now))));
    changes.push({ table: 'kpis', before, after: null });
    return commit(db, changes);
  });
}

export function recordKpiValue(
  db: PlannerDb,
  kpiId: string,
  draft: KpiValueDraft,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    checkValuePatch(draft);
    const kpi = await getRecord(db, 'kpis', kpiId);
    await refuseSecondValueOn(db, kpiId, draft.date);
    const at = nowIso(now);
    const value: KpiValue = {
      id: newId(),
      planId: kpi.planId,
      productId: kpi.productId,
      kpiId,
      date: draft.date,
      // -0 prints as "-0"; it is the same reading as 0.
      value: draft.value === 0 ? 0 : draft.value,
      createdAt: at,
      updatedAt: at,
    };
    return commit(db, [{ table: 'kpiValues', before: null, after: value }]);
  });
}

export function updateKpiValue(
  db: PlannerDb,
  id: string,
  patch: Partial<KpiValueDraft>,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    checkValuePatch(patch);
    const before = await getRecord(db, 'kpiValues', id);
    if (patch.date !== undefined) await refuseSecondValueOn(db, before.kpiId, patch.date, id);
    const after: KpiValue = { ...before, ...patch, updatedAt: nowIso(now) };
    if (after.value === 0) after.value = 0; // -0 prints as "-0"; it is the same reading.
    return commit(db, [{ table: 'kpiValues', before, after }]);
  });
}

export function deleteKpiValue(db: PlannerDb, id: string): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await getRecord(db, 'kpiValues', id);
    return commit(db, [{ table: 'kpiValues', before, after: null }]);
  });
}

/**
 * The KPI's latest reading, reading only the last day's values: `.last()` on the compound
 * index finds the latest date, and the (rare, merged) ties on that day are settled by the
 * same rule as everywhere else.
 */
export async function latestKpiValue(db: PlannerDb, kpiId: string): Promise<KpiValue | null> {
  const last = await readingsOf(db, kpiId).last();
  if (!last) return null;
  const sameDay = await db.kpiValues.where('[kpiId+date]').equals([kpiId, last.date]).toArray();
  return latestReading(sameDay);
}

/** How a product's KPIs stand, from each KPI's latest value only. */
export async function productKpiSummary(db: PlannerDb, productId: string): Promise<KpiSummary> {
  const kpis = await db.kpis.where('productId').equals(productId).toArray();
  const latest = await Promise.all(kpis.map((kpi) => latestKpiValue(db, kpi.id)));
  return summarizeKpiStatuses(kpis.map((kpi, i) => kpiStatus(kpi, latest[i] ?? null)));
}

/** Every product's KPI summary in a plan, for a board that shows many cards at once. */
export async function planKpiSummaries(
  db: PlannerDb,
  planId: string,
): Promise<Map<string, KpiSummary>> {
  const kpis = await db.kpis.where('planId').equals(planId).toArray();
  const latest = await Promise.all(kpis.map((kpi) => latestKpiValue(db, kpi.id)));
  const statuses = new Map<string, ReturnType<typeof kpiStatus>[]>();
  kpis.forEach((kpi, i) => {
    const list = statuses.get(kpi.productId) ?? [];
    list.push(kpiStatus(kpi, latest[i] ?? null));
    statuses.set(kpi.productId, list);
  });
  return new Map([...statuses].map(([productId, list]) => [productId, summarizeKpiStatuses(list)]));
}

const byCreation = (a: Kpi, b: Kpi) =>
  a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1;

/** A product's KPIs in the order they were added. */
export function useKpis(productId: string): Kpi[] | undefined {
  return useLiveQuery(
    async () =>
      (await windowDb.kpis.where('productId').equals(productId).toArray()).sort(byCreation),
    [productId],
  );
}

/** A KPI's values, oldest first. */
export function useKpiValues(kpiId: string): KpiValue[] | undefined {
  return useLiveQuery(
    async () => (await readingsOf(windowDb, kpiId).toArray()).sort(compareReadings),
    [kpiId],
  );
}

export function useProductKpiStatus(productId: string): KpiSummary | undefined {
  return useLiveQuery(() => productKpiSummary(windowDb, productId), [productId]);
}

export function usePlanKpiSummaries(planId: string | null): Map<string, KpiSummary> | undefined {
  return useLiveQuery(
    async () => (planId ? planKpiSummaries(windowDb, planId) : new Map<string, KpiSummary>()),
    [planId],
  );
}
