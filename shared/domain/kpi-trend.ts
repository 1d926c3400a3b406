/**
 * A KPI's trend: its latest readings, kept beside its values as they change, so a view across
 * every KPI of a plan (the health view) reads one row per KPI instead of every value ever
 * recorded (200,000 at 5,000 products). The readings sit in parallel arrays because a row of
 * a few arrays costs far less to read back from the database than a dozen objects.
 */
import { compareReadings } from './kpi';
import type { KpiValue } from './workspace';

/** How many of a KPI's latest readings its trend keeps. */
export const TREND_VALUES = 12;

export type TrendReading = Pick<KpiValue, 'id' | 'date' | 'createdAt' | 'value'>;

export interface KpiTrend {
  kpiId: string;
  planId: string;
  productId: string;
  /** The readings, oldest first in `compareReadings` order, at most TREND_VALUES. */
  ids: string[];
  dates: string[];
  createdAts: string[];
  values: number[];
}

type Owner = Pick<KpiValue, 'kpiId' | 'planId' | 'productId'>;

export function readingsOf(trend: KpiTrend): TrendReading[] {
  return trend.ids.map((id, i) => ({
    id,
    date: trend.dates[i] ?? '',
    createdAt: trend.createdAts[i] ?? '',
    value: trend.values[i] ?? Number.NaN,
  }));
}

/** The KPI's latest reading. */
export function latestOf(trend: KpiTrend): TrendReading | null {
  const last = trend.ids.length - 1;
  const id = trend.ids[last];
  const date = trend.dates[last];
  const createdAt = trend.createdAts[last];
  const value = trend.values[last];
  if (id === undefined || date === undefined || createdAt === undefined || value === undefined) {
    return null;
  }
  return { id, date, createdAt, value };
}

/** The trend of `owner`'s KPI made of the latest of `readings`, or null when there are none. */
export function trendOf(owner: Owner, readings: readonly TrendReading[]): KpiTrend | null {
  if (readings.length === 0) return null;
  const kept = [...readings].sort(compareReadings).slice(-TREND_VALUES);
  return {
    kpiId: owner.kpiId,
    planId: owner.planId,
    productId: owner.productId,
    ids: kept.map((r) => r.id),
    dates: kept.map((r) => r.date),
    createdAts: kept.map((r) => r.createdAt),
    values: kept.map((r) => r.value),
  };
}

/** Every KPI's trend among `values` (a whole plan's, or a whole database's). */
export function trendsOf(values: readonly KpiValue[]): KpiTrend[] {
  const byKpi = new Map<string, KpiValue[]>();
  for (const value of values) {
    const list = byKpi.get(value.kpiId);
    if (list) list.push(value);
    else byKpi.set(value.kpiId, [value]);
  }
  const trends: KpiTrend[] = [];
  for (const list of byKpi.values()) {
    const trend = list[0] && trendOf(list[0], list);
    if (trend) trends.push(trend);
  }
  return trends;
}

/**
 * The trend after some of the KPI's values changed: `removed` are the ids of every value
 * written or deleted (a rewritten value leaves with its old reading), `added` the values as
 * now stored. Null means the KPI has no values left; 'reread' means the trend cannot tell:
 * it was full, readings it kept went, and the older values it did not keep are unknown here.
 */
export function revisedTrend(
  before: KpiTrend | undefined,
  removed: ReadonlySet<string>,
  added: readonly KpiValue[],
): KpiTrend | null | 'reread' {
  const kept = before ? readingsOf(before).filter((r) => !removed.has(r.id)) : [];
  const owner = added[0] ?? before;
  const merged = [...kept, ...added];
  if (!owner) return null;
  const oldest = before?.ids.length === TREND_VALUES ? readingsOf(before)[0] : undefined;
  // Every value the trend did not keep comes before its oldest reading; only readings from
  // that one on are known to beat them all.
  if (oldest && merged.filter((r) => compareReadings(r, oldest) >= 0).length < TREND_VALUES) {
    return 'reread';
  }
  return trendOf(owner, merged);
}
