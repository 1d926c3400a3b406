/**
 * Keeps each KPI's trend (shared/domain/kpi-trend.ts) in step with its values. Every write of
 * plan data goes through `writeChanges`, which calls `keepKpiTrends` in the same transaction,
 * so a trend is never out of step with the values a user sees elsewhere.
 */
import Dexie, { type Transaction } from 'dexie';
import { revisedTrend, trendOf, trendsOf, type KpiTrend } from '../../../shared/domain/kpi-trend';
import type { KpiValue } from '../../../shared/domain/workspace';
import type { RecordChange } from './changes';
import type { PlannerDb } from './database';

async function rereadTrend(db: PlannerDb, kpiId: string): Promise<KpiTrend | null> {
  const values = await db.kpiValues
    .where('[kpiId+date]')
    .between([kpiId, Dexie.minKey], [kpiId, Dexie.maxKey])
    .toArray();
  return values[0] ? trendOf(values[0], values) : null;
}

/**
 * Revises the trends of the KPIs whose values `changes` touched, once those changes are
 * written: `written` are the values as now stored, `deletedKpiIds` the KPIs removed (their
 * trends go with them). Call it inside the transaction that wrote the changes.
 */
export async function keepKpiTrends(
  db: PlannerDb,
  changes: readonly RecordChange[],
  written: readonly KpiValue[],
  deletedKpiIds: readonly string[],
): Promise<void> {
  const gone = new Set(deletedKpiIds);
  const touched = new Set<string>();
  const removed = new Set<string>();
  for (const change of changes) {
    if (change.table !== 'kpiValues') continue;
    for (const record of [change.before, change.after]) {
      if (!record) continue;
      removed.add(record.id);
      if (!gone.has(record.kpiId)) touched.add(record.kpiId);
    }
  }
  const added = new Map<string, KpiValue[]>();
  for (const value of written) {
    const list = added.get(value.kpiId);
    if (list) list.push(value);
    else added.set(value.kpiId, [value]);
  }
  const kpiIds = [...touched];
  const before = await db.kpiTrends.bulkGet(kpiIds);
  const kept: KpiTrend[] = [];
  const dropped = [...gone];
  const unknown: string[] = [];
  kpiIds.forEach((kpiId, i) => {
    const next = revisedTrend(before[i], removed, added.get(kpiId) ?? []);
    if (next === 'reread') unknown.push(kpiId);
    else if (next === null) dropped.push(kpiId);
    else kept.push(next);
  });
  const reread = await Promise.all(unknown.map((kpiId) => rereadTrend(db, kpiId)));
  unknown.forEach((kpiId, i) => {
    const trend = reread[i];
    if (trend) kept.push(trend);
    else dropped.push(kpiId);
  });
  await db.kpiTrends.bulkDelete(dropped);
  await db.kpiTrends.bulkPut(kept);
}

/** Fills the trends from every stored value: for the schema version that adds them. */
export async function rebuildKpiTrends(tx: Transaction): Promise<void> {
  const values = (await tx.table('kpiValues').toArray()) as KpiValue[];
  await tx.table('kpiTrends').clear();
  await tx.table('kpiTrends').bulkPut(trendsOf(values));
}
