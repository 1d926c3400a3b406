/**
 * Each KPI's trend (shared/domain/kpi-trend.ts), kept in step with its values. Its values are
 * also kept in packs per plan (./packed-rows.ts) for the health view, which reads every trend
 * of a plan: 10,000 rows at 5,000 products; the board's cards read a few trends by id.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import {
  joinTrend,
  revisedTrend,
  splitTrend,
  trendOf,
  trendsOf,
  type KpiTrend,
  type TrendValues,
} from '../../../shared/domain/kpi-trend';
import type { KpiValue } from '../../../shared/domain/workspace';
import type { PlannerDb } from './database';
import type { DerivedTable } from './derived-rows';
import {
  PackedRowStore,
  UnreadableRow,
  packsOf,
  readPackedRows,
  type PackCodec,
} from './packed-rows';

const isValues = (values: unknown): values is number[] =>
  Array.isArray(values) && values.every((v) => typeof v === 'number' && Number.isFinite(v));

/** A trend's values stored as the JSON of [productId, values]. */
export const trendCodec: PackCodec<TrendValues> = {
  keyOf: (trend) => ({ planId: trend.planId, owner: trend.kpiId }),
  encode: (trend) => JSON.stringify([trend.productId, trend.values]),
  decode: ({ planId, owner }, stored) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch (error) {
      throw new UnreadableRow(`trend ${owner}`, { cause: error });
    }
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new UnreadableRow(`trend ${owner}`);
    const [productId, values] = parsed as unknown[];
    if (typeof productId !== 'string' || !isValues(values)) {
      throw new UnreadableRow(`trend ${owner}`);
    }
    return { kpiId: owner, planId, productId, values };
  },
  // Never read by the keeper: the trends it revises are read from their own table.
  unreadable: ({ planId, owner }) => ({ kpiId: owner, planId, productId: '', values: [] }),
};

/** The packed copy of the trends' values, made again from the trends table when unreadable. */
function trendPacks(db: PlannerDb): PackedRowStore<TrendValues> {
  return new PackedRowStore(db.trendPacks, trendCodec, (planId) =>
    db.kpiTrends.where('planId').equals(planId).toArray(),
  );
}

/** A plan's trends (their values), from their packs, or their table when one cannot be read. */
export async function readPlanTrends(db: PlannerDb, planId: string): Promise<TrendValues[]> {
  const packed = await readPackedRows(db.trendPacks, planId, trendCodec);
  return packed ?? db.kpiTrends.where('planId').equals(planId).toArray();
}

export function kpiTrendTable(db: PlannerDb): DerivedTable<'kpiValues', KpiTrend> {
  return {
    source: 'kpiValues',
    rows: {
      // Each trend is stored in two parts (see TrendValues); the keeper works on whole ones.
      bulkGet: async (keys) => {
        const kpiIds = keys.map((key) => key.owner);
        const [values, readings] = await Promise.all([
          db.kpiTrends.bulkGet(kpiIds),
          db.kpiTrendReadings.bulkGet(kpiIds),
        ]);
        return values.map((row, i) => row && joinTrend(row, readings[i]));
      },
      write: async (trends, dropped) => {
        const kpiIds = dropped.map((key) => key.owner);
        await Promise.all([
          db.kpiTrends.bulkDelete(kpiIds),
          db.kpiTrendReadings.bulkDelete(kpiIds),
        ]);
        await putTrends(db.kpiTrends, db.kpiTrendReadings, trends);
        // After the table, which a pack that cannot be read is made again from.
        await trendPacks(db).write(
          trends.map((trend) => splitTrend(trend)[0]),
          dropped,
        );
      },
    },
    ownerOf: (value) => value.kpiId,
    revise: revisedTrend,
    // A full trend that lost a reading: the KPI's values, through the compound index.
    reread: async ({ owner: kpiId }) => {
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

/** Fills the trends' packs from the trends table: for the schema version that adds them. */
export async function rebuildTrendPacks(tx: Transaction): Promise<void> {
  const trends = (await tx.table('kpiTrends').toArray()) as TrendValues[];
  await tx.table('trendPacks').clear();
  await tx.table('trendPacks').bulkPut(packsOf(trends, trendCodec));
}
