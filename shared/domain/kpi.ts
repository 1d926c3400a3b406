/**
 * KPI rules: which reading is the latest, whether it meets the target, how a product's KPIs
 * add up on its card, and how values are written with their unit. A KPI is judged only on
 * its latest reading: the PM wants to know where the product stands now.
 */
import { formatCalendarDate } from './calendar';
import { checkName, type FieldCheck } from './product';
import {
  displayRegion,
  formatCompactNumber,
  formatRegionNumber,
  parseRegionNumber,
} from './region';
import { notANumberMessage } from './rice';
import type { Kpi, KpiDirection, KpiValue } from './workspace';

export const KPI_STATUSES = ['on-track', 'off-track', 'no-data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];
export const KPI_STATUS_LABELS: Record<KpiStatus, string> = {
  'on-track': 'On track',
  'off-track': 'Off track',
  'no-data': 'No data',
};

export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
  higher: 'Higher is better',
  lower: 'Lower is better',
};

/** Keeps values printable without exponents; no business metric comes near it. */
export const MAX_KPI_MAGNITUDE = 1e15;
export const MAX_UNIT_LENGTH = 24;

type Reading = Pick<KpiValue, 'id' | 'date' | 'createdAt'>;

/**
 * Oldest first. Two readings on one day (possible after a merge of two copies) are ordered by
 * when they were recorded, then by id, so every copy of a plan picks the same latest one.
 */
export function compareReadings(a: Reading, b: Reading): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function latestReading<T extends Reading>(values: readonly T[]): T | null {
  let latest: T | null = null;
  for (const value of values) {
    if (latest === null || compareReadings(value, latest) > 0) latest = value;
  }
  return latest;
}

/** Meeting the target exactly counts as on track. */
export function meetsTarget(value: number, target: number, direction: KpiDirection): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

export function kpiStatus(
  kpi: Pick<Kpi, 'target' | 'direction'>,
  latest: Pick<KpiValue, 'value'> | null,
): KpiStatus {
  if (latest === null || !Number.isFinite(latest.value)) return 'no-data';
  return meetsTarget(latest.value, kpi.target, kpi.direction) ? 'on-track' : 'off-track';
}

export interface KpiSummary {
  /** Off track if any KPI is; on track if every KPI with data is; no data otherwise. */
  status: KpiStatus;
  onTrack: number;
  offTrack: number;
  noData: number;
  total: number;
}

export function summarizeKpiStatuses(statuses: readonly KpiStatus[]): KpiSummary {
  const count = (status: KpiStatus) => statuses.filter((s) => s === status).length;
  const onTrack = count('on-track');
  const offTrack = count('off-track');
  const noData = count('no-data');
  const status: KpiStatus = offTrack > 0 ? 'off-track' : onTrack > 0 ? 'on-track' : 'no-data';
  return { status, onTrack, offTrack, noData, total: statuses.length };
}

/** "2 of 3 KPIs on track", for a card's badge and its accessible name. */
export function describeKpiSummary(summary: KpiSummary): string {
  if (summary.total === 0) return 'No KPIs';
  const kpis = summary.total === 1 ? 'KPI' : 'KPIs';
  if (summary.status === 'no-data') return `${summary.total} ${kpis}, no data yet`;
  if (summary.status === 'off-track')
    return `${summary.offTrack} of ${summary.total} ${kpis} off track`;
  return `${summary.onTrack} of ${summary.total} ${kpis} on track`;
}

/** "1,234.5" (in the region's style); compact ("1.2K") for chart axes, where space is short. */
export function formatKpiNumber(
  value: number,
  compact = false,
  locale: string = displayRegion(),
): string {
  return compact ? formatCompactNumber(value, locale) : formatRegionNumber(value, 2, locale);
}

/** "€", "US$", "R$": a currency symbol, perhaps after a country's letters, goes first. */
const PREFIX_UNIT = /^\p{L}{0,3}\p{Sc}$/u;

/** Whether the unit is a symbol written against the number (%, €) rather than a word. */
export function isSymbolUnit(unit: string): boolean {
  const trimmed = unit.trim();
  return trimmed === '%' || PREFIX_UNIT.test(trimmed);
}

/**
 * A value with its unit, written as people write it: a percent sign attaches ("42%"), a
 * currency symbol goes first ("€1,200", "-$50"), any other unit follows after a space
 * ("1,200 users", "350 ms"), and no unit leaves the bare number.
 */
export function formatKpiValue(
  value: number,
  unit: string,
  compact = false,
  locale: string = displayRegion(),
): string {
  if (!Number.isFinite(value)) return '–';
  const trimmed = unit.trim();
  const number = formatKpiNumber(value, compact, locale);
  if (trimmed === '') return number;
  if (trimmed === '%') return `${number}%`;
  if (PREFIX_UNIT.test(trimmed)) {
    return value < 0
      ? `-${trimmed}${formatKpiNumber(-value, compact, locale)}`
      : `${trimmed}${number}`;
  }
  return `${number} ${trimmed}`;
}

/** "at least 1,500 users" or "at most 2%". */
export function describeTarget(
  kpi: Pick<Kpi, 'target' | 'direction' | 'unit'>,
  locale: string = displayRegion(),
): string {
  const target = formatKpiValue(kpi.target, kpi.unit, false, locale);
  return kpi.direction === 'higher' ? `at least ${target}` : `at most ${target}`;
}

/** Strips the KPI's own unit if it was typed with the number ("42%", "€1,200", "30 ms"). */
function withoutUnit(raw: string, unit: string): string {
  const text = raw.trim();
  const u = unit.trim();
  if (u === '') return text;
  const lower = text.toLocaleLowerCase();
  const lowerUnit = u.toLocaleLowerCase();
  if (lower.endsWith(lowerUnit)) return text.slice(0, text.length - u.length);
  if (lower.startsWith(lowerUnit)) return text.slice(u.length);
  if (lower.startsWith(`-${lowerUnit}`)) return `-${text.slice(u.length + 1)}`;
  return text;
}

/** A number typed for a KPI's value or target; the unit may be typed along with it. */
export function checkKpiNumberInput(
  raw: string,
  unit: string,
  what: 'value' | 'target' = 'value',
  locale: string = displayRegion(),
): FieldCheck<number> {
  const parsed = parseRegionNumber(withoutUnit(raw, unit), locale);
  if (parsed === null) return { ok: false, message: `Enter a ${what}.` };
  if (parsed === 'invalid') {
    const text = raw.trim();
    // An exponent past the largest number is "too large", said below; anything else is text.
    const message = notANumberMessage(text, locale).replace(
      / is too large a number\.$/,
      ' is not a number.',
    );
    return { ok: false, message };
  }
  if (Math.abs(parsed) > MAX_KPI_MAGNITUDE) {
    return { ok: false, message: `That ${what} is too large to track.` };
  }
  // -0 would print as "-0"; it is the same reading as 0.
  return { ok: true, value: parsed === 0 ? 0 : parsed };
}

export function checkKpiName(raw: string): FieldCheck<string> {
  return checkName(raw, 'KPI');
}

export function checkKpiUnit(raw: string): FieldCheck<string> {
  const value = raw.replace(/\s+/g, ' ').trim();
  if (value.length > MAX_UNIT_LENGTH) {
    return { ok: false, message: `Keep the unit to ${MAX_UNIT_LENGTH} characters.` };
  }
  return { ok: true, value };
}

/** True when a stored number can be shown and compared (never NaN or Infinity on screen). */
export function isKpiNumber(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_KPI_MAGNITUDE
  );
}

export interface KpiPoint {
  date: string;
  value: number;
}

/** The chart's points: one per day (that day's latest reading), oldest first. */
export function kpiSeries(values: readonly (Reading & Pick<KpiValue, 'value'>)[]): KpiPoint[] {
  const byDay = new Map<string, Reading & Pick<KpiValue, 'value'>>();
  for (const value of values) {
    if (!Number.isFinite(value.value)) continue;
    const current = byDay.get(value.date);
    if (!current || compareReadings(value, current) > 0) byDay.set(value.date, value);
  }
  return [...byDay.values()]
    .sort(compareReadings)
    .map((reading) => ({ date: reading.date, value: reading.value }));
}

/**
 * What the chart shows, in words, for screen readers: "Active users: latest 1,200 users on
 * 3 Mar 2026; target at least 1,500 users; off track."
 */
export function describeKpiChart(
  kpi: Pick<Kpi, 'name' | 'target' | 'direction' | 'unit'>,
  latest: Pick<KpiValue, 'value' | 'date'> | null,
  readings: number,
): string {
  const target = `target ${describeTarget(kpi)}`;
  if (latest === null) return `${kpi.name}: no values yet; ${target}.`;
  const status = KPI_STATUS_LABELS[kpiStatus(kpi, latest)].toLocaleLowerCase();
  const count = readings === 1 ? '1 value' : `${readings} values`;
  return `${kpi.name}: ${count}, latest ${formatKpiValue(latest.value, kpi.unit)} on ${formatCalendarDate(latest.date)}; ${target}; ${status}.`;
}
