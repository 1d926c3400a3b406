/**
 * A KPI's trend: its latest readings, kept beside its values as they change, so a view across
 * every KPI of a plan (the health view) reads one row per KPI instead of every value ever
 * recorded (200,000 at 5,000 products). The readings sit in parallel arrays because a row of
 * a few arrays costs far less to read back from the database than a dozen objects.
 */
import { compareReadings } from './kpi';
import { rowsPerGroup } from './records';
import type { KpiValue } from './workspace';

/** How many of a KPI's latest readings its trend keeps. */
export const TREND_VALUES = 12;

export type TrendReading = Pick<KpiValue, 'id' | 'date' | 'createdAt' | 'value'>;

export interface KpiTrend {
  kpiId: string;
  planId: string;
  productId: string;
  /** The readings' values, oldest first in `compareReadings` order, at most TREND_VALUES. */
  values: number[];
  /**
   * The same readings' [id, date, createdAt], as JSON: read only when the trend is revised, and
   * one string costs far less to read back from the database than three arrays of strings.
   */
  readings: string;
}

/**
 * What a view across the plan reads of a trend (the `kpiTrends` table): its readings' ids,
 * dates and recording times, which only revising it needs, sit in a table of their own
 * (`kpiTrendReadings`). With them in the same row, reading a plan's 10,000 trends took twice
 * as long as reading its 10,000 KPIs.
 */
export type TrendValues = Omit<KpiTrend, 'readings'>;
export type TrendReadings = Pick<KpiTrend, 'kpiId' | 'planId' | 'readings'>;

/** The two stored parts of a trend. */
export function splitTrend(trend: KpiTrend): [TrendValues, TrendReadings] {
  const { readings, ...values } = trend;
  return [values, { kpiId: trend.kpiId, planId: trend.planId, readings }];
}

/**
 * A trend made whole from its stored parts. Readings that are missing come back as a string
 * that cannot be read, so the trend is made again from the KPI's values at its next change.
 */
export function joinTrend(values: TrendValues, readings: TrendReadings | undefined): KpiTrend {
  return { ...values, readings: readings?.readings ?? '' };
}

type Owner = Pick<KpiValue, 'kpiId' | 'planId' | 'productId'>;

const isTriple = (entry: unknown): entry is [string, string, string] =>
  Array.isArray(entry) && entry.length === 3 && entry.every((part) => typeof part === 'string');

/** The trend's readings, or null when its stored form cannot be read (it is then made again). */
export function readingsOf(trend: KpiTrend): TrendReading[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(trend.readings);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== trend.values.length) return null;
  const readings: TrendReading[] = [];
  for (const [i, entry] of parsed.entries()) {
    const value = trend.values[i];
    if (!isTriple(entry) || typeof value !== 'number') return null;
    readings.push({ id: entry[0], date: entry[1], createdAt: entry[2], value });
  }
  return readings;
}

/** The KPI's latest value. */
export function latestValue(trend: Pick<KpiTrend, 'values'>): number | undefined {
  return trend.values.at(-1);
}

/** The trend of `owner`'s KPI made of the latest of `readings`, or null when there are none. */
export function trendOf(owner: Owner, readings: readonly TrendReading[]): KpiTrend | null {
  if (readings.length === 0) return null;
  const kept = [...readings].sort(compareReadings).slice(-TREND_VALUES);
  return {
    kpiId: owner.kpiId,
    planId: owner.planId,
    productId: owner.productId,
    values: kept.map((r) => r.value),
    readings: JSON.stringify(kept.map((r) => [r.id, r.date, r.createdAt])),
  };
}

/** Every KPI's trend among `values` (a whole plan's, or a whole database's). */
export function trendsOf(values: readonly KpiValue[]): KpiTrend[] {
  return rowsPerGroup(values, (value) => value.kpiId, trendOf);
}

/**
 * The trend after some of the KPI's values changed: `removed` are the ids of every value
 * written or deleted (a rewritten value leaves with its old reading), `added` the values as
 * now stored. Null means the KPI has no values left; 'reread' means the trend cannot tell:
 * it was full, readings it kept went, and the older values it did not keep are unknown here
 * (or its stored form could not be read).
 */
export function revisedTrend(
  before: KpiTrend | undefined,
  removed: ReadonlySet<string>,
  added: readonly KpiValue[],
): KpiTrend | null | 'reread' {
  const known = before ? readingsOf(before) : [];
  if (known === null) return 'reread';
  const kept = known.filter((r) => !removed.has(r.id));
  const owner = added[0] ?? before;
  const merged = [...kept, ...added];
  if (!owner) return null;
  const oldest = known.length === TREND_VALUES ? known[0] : undefined;
  // Every value the trend did not keep comes before its oldest reading; only readings from
  // that one on are known to beat them all.
  if (oldest && merged.filter((r) => compareReadings(r, oldest) >= 0).length < TREND_VALUES) {
    return 'reread';
  }
  return trendOf(owner, merged);
}
