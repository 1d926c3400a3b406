/** Each KPI's trend (shared/domain/kpi-trend.ts), kept in step with its values. */
import Dexie, { type Table, type Transaction } from 'dexie';
import {
  joinTrend,
  revisedTrend,
  splitTrend,
  trendOf,
  trendsOf,
  type KpiTrend,
} from '../../../shared/domain/kpi-trend';
import type { KpiValue } from '../../../shared/domain/workspace';
import type { PlannerDb } from './database';
import type { DerivedTable } from './derived-rows';

export function kpiTrendTable(db: PlannerDb): DerivedTable<'kpiValues', KpiTrend> {
  return {
    source: 'kpiValues',
    rows: {
      // Each trend is stored in two parts (see TrendValues); the keeper works on whole ones.
      bulkGet: async (kpiIds) => {
        const [values, readings] = await Promise.all([
          db.kpiTrends.bulkGet(kpiIds),
          db.kpiTrendReadings.bulkGet(kpiIds),
        ]);
        return values.map((row, i) => row && joinTrend(row, readings[i]));
      },
      bulkDelete: async (kpiIds) => {
        await Promise.all([
          db.kpiTrends.bulkDelete(kpiIds),
          db.kpiTrendReadings.bulkDelete(kpiIds),
        ]);
      },
      bulkPut: (trends) => putTrends(db.kpiTrends, db.kpiTrendReadings, trends),
    },
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

async function putTrends(
  valuesTable: Pick<Table, 'bulkPut'>,
  readingsTable: Pick<Table, 'bulkPut'>,
  trends: readonly KpiTrend[],
): Promise<void> {
  const parts = trends.map(splitTrend);
  await Promise.all([
    valuesTable.bulkPut(parts.map(([values]) => values)),
    readingsTable.bulkPut(parts.map(([, readings]) => readings)),
  ]);
}

/** Fills the trends from every stored value: for the schema version that adds them. */
export async function rebuildKpiTrends(tx: Transaction): Promise<void> {
  const values = (await tx.table('kpiValues').toArray()) as KpiValue[];
  await Promise.all([tx.table('kpiTrends').clear(), tx.table('kpiTrendReadings').clear()]);
  await putTrends(tx.table('kpiTrends'), tx.table('kpiTrendReadings'), trendsOf(values));
}
