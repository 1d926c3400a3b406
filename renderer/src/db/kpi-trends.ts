/** Each KPI's trend (shared/domain/kpi-trend.ts), kept in step with its values. */
import Dexie, { type Transaction } from 'dexie';
import { revisedTrend, trendOf, trendsOf, type KpiTrend } from '../../../shared/domain/kpi-trend';
import type { KpiValue } from '../../../shared/domain/workspace';
import type { PlannerDb } from './database';
import type { DerivedTable } from './derived-rows';

export function kpiTrendTable(db: PlannerDb): DerivedTable<'kpiValues', KpiTrend> {
  return {
    source: 'kpiValues',
    rows: db.kpiTrends,
    ownerOf: (value) => value.kpiId,
    revise: revisedTrend,
    // A full trend that lost a reading: the KPI's values, through the compound index.
    reread: async (kpiId) => {
      const values = await db.kpiValues
        .where('[kpiId+date]')
        .between([kpiId, Dexie.minKey], [kpiId, Dexie.maxKey])
        .toArray();
      return values[0] ? trendOf(values[0], values) : null;
    },
  };
}

/** Fills the trends from every stored value: for the schema version that adds them. */
export async function rebuildKpiTrends(tx: Transaction): Promise<void> {
  const values = (await tx.table('kpiValues').toArray()) as KpiValue[];
  await tx.table('kpiTrends').clear();
  await tx.table('kpiTrends').bulkPut(trendsOf(values));
}
