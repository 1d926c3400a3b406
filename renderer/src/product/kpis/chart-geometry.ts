/**
 * The KPI chart's arithmetic, apart from drawing so it is tested on numbers: the value and
 * date ranges, the target band, the nearest point to the pointer, day ticks, and the words a
 * point is read out in.
 */
import type { scaleUtc } from '@visx/scale';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { formatKpiValue, meetsTarget, type KpiPoint } from '../../../../shared/domain/kpi';
import { displayRegion } from '../../../../shared/domain/region';
import type { Kpi } from '../../../../shared/domain/workspace';

const MS_PER_DAY = 86_400_000;

export function yDomain(values: readonly number[], target: number): [number, number] {
  const low = values.reduce((a, b) => Math.min(a, b), target);
  const high = values.reduce((a, b) => Math.max(a, b), target);
  if (low !== high) return [low, high];
  // One flat value: give it room above and below so the line does not sit on an edge.
  const pad = Math.abs(low) * 0.1 || 1;
  return [low - pad, high + pad];
}

export function xDomain(times: readonly number[]): [Date, Date] {
  // Reduced, never spread into Math.min: a KPI measured for years has more values than a
  // call may take arguments.
  const first = times.reduce((a, b) => Math.min(a, b), Infinity);
  const last = times.reduce((a, b) => Math.max(a, b), -Infinity);
  return first === last
    ? [new Date(first - MS_PER_DAY), new Date(last + MS_PER_DAY)]
    : [new Date(first), new Date(last)];
}

/**
 * The band of values that meet the target, in the chart's own coordinates (y grows down):
 * from the target up to the top for "higher is better", down to the bottom for "lower".
 */
export function targetBand(
  targetY: number,
  innerHeight: number,
  direction: Kpi['direction'],
): { y: number; height: number } {
  const at = Math.min(Math.max(targetY, 0), innerHeight);
  return direction === 'higher' ? { y: 0, height: at } : { y: at, height: innerHeight - at };
}

/** The index of the point whose x is nearest `x`; -1 when there are none. xs ascend. */
export function nearestIndex(xs: readonly number[], x: number): number {
  if (xs.length === 0) return -1;
  let low = 0;
  let high = xs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((xs[mid] as number) < x) low = mid + 1;
    else high = mid;
  }
  const before = low - 1;
  if (before >= 0 && x - (xs[before] as number) <= (xs[low] as number) - x) return before;
  return low;
}

/**
 * "3 Mar 2025: 1,410 companies, below the target of at least 1,500 companies", with numbers
 * and the date in the region's style.
 */
export function describePoint(
  point: KpiPoint,
  kpi: Pick<Kpi, 'unit' | 'target' | 'direction'>,
  locale: string = displayRegion(),
): string {
  const meets = meetsTarget(point.value, kpi.target, kpi.direction);
  const target = formatKpiValue(kpi.target, kpi.unit, false, locale);
  const verdict = meets
    ? `meets the target of ${target}`
    : `${kpi.direction === 'higher' ? 'below' : 'above'} the target of ${target}`;
  const date = formatCalendarDate(point.date, undefined, locale);
  return `${date}: ${formatKpiValue(point.value, kpi.unit, false, locale)}, ${verdict}`;
}

/** Day ticks only (never "12:00"), each label once, in the region's date style. */
export function dayTicks(
  scale: ReturnType<typeof scaleUtc<number>>,
  count: number,
  longRange: boolean,
  locale: string = displayRegion(),
) {
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(longRange ? { month: 'short', year: 'numeric' } : { month: 'short', day: 'numeric' }),
  });
  const seen = new Set<string>();
  return scale
    .ticks(count)
    .filter((tick) => tick.getTime() % MS_PER_DAY === 0)
    .map((tick) => ({ at: scale(tick), label: format.format(tick) }))
    .filter((tick) => {
      if (seen.has(tick.label)) return false;
      seen.add(tick.label);
      return true;
    });
}

export const LONG_RANGE_MS = 300 * MS_PER_DAY;
