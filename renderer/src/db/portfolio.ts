/**
 * Reads and writes for the portfolio views (roadmap and health), which look across every
 * product of a plan. Reads use indexes and, where only a count or a latest value is needed,
 * keys or one record per KPI rather than whole tables.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Milestone } from '../../../shared/domain/product';
import { nowIso } from '../../../shared/domain/records';
import type { BacklogItem, Horizon, Kpi, KpiValue } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import { type PlannerDb, writeTransaction } from './database';
import { commit, RecordNotFoundError } from './repository';

export interface RoadmapData {
  backlogItems: BacklogItem[];
  /** Milestone id → its date, for placing planned work. */
  milestoneDates: Map<string, string>;
}

export async function readRoadmapData(db: PlannerDb, planId: string): Promise<RoadmapData> {
  const [backlogItems, milestones] = await Promise.all([
    db.backlogItems.where('planId').equals(planId).toArray(),
    db.milestones.where('planId').equals(planId).toArray(),
  ]);
  return { backlogItems, milestoneDates: new Map(milestones.map((m) => [m.id, m.date])) };
}

/** How many of a KPI's latest values the health view draws as its trend. */
export const TREND_VALUES = 12;

export interface HealthData {
  kpis: Kpi[];
  latestByKpi: Map<string, KpiValue>;
  /** Each KPI's latest values, oldest first, at most TREND_VALUES. */
  recentByKpi: Map<string, KpiValue[]>;
  milestones: Milestone[];
  /** The product id of every feedback entry (other plans' ids match no product here). */
  feedbackProductIds: string[];
}

export async function readHealthData(db: PlannerDb, planId: string): Promise<HealthData> {
  return db.transaction('r', [db.kpis, db.kpiValues, db.milestones, db.feedback], async () => {
    const kpis = await db.kpis.where('planId').equals(planId).toArray();
    // The latest few by the date index, newest first: the last is the status, all the trend.
    const recent = await Promise.all(
      kpis.map((kpi) =>
        db.kpiValues
          .where('[kpiId+date]')
          .between([kpi.id, Dexie.minKey], [kpi.id, Dexie.maxKey])
          .reverse()
          .limit(TREND_VALUES)
          .toArray(),
      ),
    );
    const latestByKpi = new Map<string, KpiValue>();
    const recentByKpi = new Map<string, KpiValue[]>();
    recent.forEach((values, i) => {
      const kpi = kpis[i];
      const [latest] = values;
      if (!kpi || !latest) return;
      latestByKpi.set(kpi.id, latest);
      recentByKpi.set(kpi.id, values.reverse());
    });
    const milestones = await db.milestones.where('planId').equals(planId).toArray();
    // Keys of the productId index only: entries of other plans count for no product here,
    // and the quotes themselves are never read.
    const keys = await db.feedback.orderBy('productId').keys();
    const feedbackProductIds = keys.filter((key): key is string => typeof key === 'string');
    return { kpis, latestByKpi, recentByKpi, milestones, feedbackProductIds };
  });
}

export function useRoadmapData(db: PlannerDb, planId: string): RoadmapData | undefined {
  return useLiveQuery(() => readRoadmapData(db, planId), [db, planId]);
}

export function useHealthData(db: PlannerDb, planId: string): HealthData | undefined {
  return useLiveQuery(() => readHealthData(db, planId), [db, planId]);
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
