/**
 * Reads and writes for the portfolio views (roadmap and health), which look across every
 * product of a plan. Each reads a table once by its planId index and groups in memory (a query
 * per product or per KPI would be thousands of round trips at L); where only a count is
 * needed, it reads index keys rather than records.
 */
import { useObservable } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { nowIso } from '../../../shared/domain/records';
import type { TrendValues } from '../../../shared/domain/kpi-trend';
import type { BacklogItem, Horizon } from '../../../shared/domain/workspace';
import { isOnRoadmap } from '../../../shared/domain/roadmap';
import { entriesOf, type RoadmapEntry } from '../../../shared/domain/roadmap-row';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { commit, RecordNotFoundError } from './repository';
import { earlyLiveQuery } from './early-live-query';
import { readKpiRows, type KpiRow } from './kpi-rows';
import { readPlanTrends } from './kpi-trends';
import { readMilestoneRows, type MilestoneRow } from './milestone-rows';
import { readRoadmapRows } from './roadmap-rows';
import { watchTables } from './search-source';

export interface RoadmapData {
  /** Every open backlog item of the plan, as the roadmap draws it. */
  entries: RoadmapEntry[];
  /** Milestone id → its date, for placing planned work. */
  milestoneDates: Map<string, string>;
}

/** A row per product (kept as items change, see db/roadmap-rows.ts), not every item. */
export async function readRoadmapData(db: PlannerDb, planId: string): Promise<RoadmapData> {
  const [rows, milestones] = await Promise.all([
    readRoadmapRows(db, planId),
    readMilestoneRows(db, planId),
  ]);
  const entries: RoadmapEntry[] = [];
  for (const row of rows) {
    // A row that cannot be read is made again at the next write; until then, its items.
    const read =
      entriesOf(row) ?? (await db.backlogItems.where('productId').equals(row.productId).toArray());
    entries.push(...read.filter(isOnRoadmap));
  }
  return { entries, milestoneDates: new Map(milestones.map((m) => [m.id, m.date])) };
}

export interface HealthData {
  kpis: KpiRow[];
  /** Each KPI's latest values (a KPI with none has no trend). */
  trends: Map<string, TrendValues>;
  milestones: MilestoneRow[];
}

/** Rows kept beside the KPIs, their trends and the milestones, read from their packs. */
export async function readHealthData(db: PlannerDb, planId: string): Promise<HealthData> {
  const tables = [
    ...[db.kpiPacks, db.trendPacks, db.milestonePacks],
    // Read only when a pack cannot be.
    ...[db.kpis, db.kpiTrends, db.milestones],
  ];
  return db.transaction('r', tables, async () => {
    const [kpis, trends, milestones] = await Promise.all([
      readKpiRows(db, planId),
      readPlanTrends(db, planId),
      readMilestoneRows(db, planId),
    ]);
    return { kpis, trends: new Map(trends.map((t) => [t.kpiId, t])), milestones };
  });
}

/**
 * Products counted per transaction. The database answers requests in the order they were made,
 * so counting every product of a large plan at once (2.3 s at 5,000 products) made any read
 * asked meanwhile, such as the product a user opens from the health view, wait for all of it.
 * In batches, such a read waits for one batch, and a view that is left stops counting.
 */
export const FEEDBACK_COUNT_BATCH = 200;

/**
 * How many feedback entries each product of the plan has (a product with none is not
 * listed), or null when `signal` aborts first. Counted by the database through the productId
 * index, a request per product: walking the index's keys instead costs a callback per entry,
 * seconds for a large plan. Read apart from the rest of the health view, which draws without
 * waiting for it.
 */
export async function readFeedbackCounts(
  db: PlannerDb,
  planId: string,
  signal?: { readonly aborted: boolean },
): Promise<Map<string, number> | null> {
  const productIds = await db.products.where('planId').equals(planId).primaryKeys();
  const byProduct = new Map<string, number>();
  for (let from = 0; from < productIds.length; from += FEEDBACK_COUNT_BATCH) {
    if (signal?.aborted) return null;
    const batch = productIds.slice(from, from + FEEDBACK_COUNT_BATCH);
    const counts = await db.transaction('r', db.feedback, () =>
      Promise.all(batch.map((id) => db.feedback.where('productId').equals(id).count())),
    );
    batch.forEach((id, at) => {
      const count = counts[at] ?? 0;
      if (count > 0) byProduct.set(id, count);
    });
  }
  return signal?.aborted ? null : byProduct;
}

/**
 * The counts of `readFeedbackCounts`, once `planId` is given (null waits: the health view asks
 * once its tables are in), counted again after a change to feedback or products. Batches
 * apart are not one snapshot, so a change while counting starts the count over.
 */
export function useFeedbackCounts(
  db: PlannerDb,
  planId: string | null,
): Map<string, number> | undefined {
  const [counted, setCounted] = useState<{ planId: string; counts: Map<string, number> }>();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (planId === null) return;
    return watchTables(db, ['feedback', 'products'], () => setVersion((v) => v + 1));
  }, [db, planId]);
  useEffect(() => {
    if (planId === null) return;
    const controller = new AbortController();
    readFeedbackCounts(db, planId, controller.signal).then(
      (counts) => counts && !controller.signal.aborted && setCounted({ planId, counts }),
      (error: unknown) => !controller.signal.aborted && setFailure({ error }),
    );
    return () => controller.abort();
  }, [db, planId, version]);
  // As a live query does: a failed read goes to the view's error boundary.
  if (failure !== null) throw failure.error;
  return counted?.planId === planId ? counted.counts : undefined;
}

const roadmapReading = earlyLiveQuery(
  ['roadmapPacks', 'milestonePacks', 'backlogItems', 'milestones'],
  readRoadmapData,
);
const healthReading = earlyLiveQuery(
  ['kpiPacks', 'trendPacks', 'milestonePacks', 'kpis', 'kpiTrends', 'milestones'],
  readHealthData,
);

/** Starts reading a portfolio view's data as the view is asked for, before it draws. */
export function startPortfolioRead(db: PlannerDb, view: 'roadmap' | 'health', planId: string) {
  (view === 'roadmap' ? roadmapReading : healthReading).start(db, planId);
}

export function useRoadmapData(db: PlannerDb, planId: string): RoadmapData | undefined {
  return useObservable(() => roadmapReading.of(db, planId), [db, planId]);
}

export function useHealthData(db: PlannerDb, planId: string): HealthData | undefined {
  return useObservable(() => healthReading.of(db, planId), [db, planId]);
}

/** Places a backlog item on the roadmap (null gives the placement back to the app). */
export function setBacklogItemHorizon(
  db: PlannerDb,
  backlogItemId: string,
  horizon: Horizon | null,
  now: Date = new Date(),
): Promise<RecordChange[]> {
  return writeTransaction(db, async () => {
    const before = await db.backlogItems.get(backlogItemId);
    if (!before) throw new RecordNotFoundError('backlog item', backlogItemId);
    if (before.horizon === horizon) return [];
    const after: BacklogItem = { ...before, horizon, updatedAt: nowIso(now) };
    const changes: RecordChange[] = [{ table: 'backlogItems', before, after }];
    return commit(db, changes);
  });
}
