import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TREND_VALUES,
  latestValue,
  readingsOf,
  revisedTrend,
  trendOf,
  trendsOf,
  type KpiTrend,
} from '../../../shared/domain/kpi-trend';
import type { KpiValue } from '../../../shared/domain/workspace';
import { makeKpiValue } from '../plan-file/factories';

const value = (id: string, date: string, v: number, createdAt = '2026-01-01T00:00:00.000Z') =>
  makeKpiValue({ id, date, value: v, createdAt, updatedAt: createdAt });

const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}`;

describe('a KPI’s trend', () => {
  it('keeps the latest readings, oldest first, whatever order they came in', () => {
    const values = Array.from({ length: TREND_VALUES + 3 }, (_, n) =>
      value(`v${n}`, day(n + 1), n),
    );
    const trend = trendOf(values[0] ?? value('x', day(1), 0), values.reverse());
    expect(trend?.values).toEqual(Array.from({ length: TREND_VALUES }, (_, n) => n + 3));
    expect(trend && latestValue(trend)).toBe(TREND_VALUES + 2);
  });

  it('orders two readings of one day by when they were recorded, then by id, like the workspace', () => {
    const trend = trendOf(value('o', day(1), 0), [
      value('b', day(2), 2, '2026-01-02T10:00:00.000Z'),
      value('a', day(2), 1, '2026-01-02T11:00:00.000Z'),
      value('c', day(2), 3, '2026-01-02T10:00:00.000Z'),
    ]);
    expect(trend && readingsOf(trend)?.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('keeps no trend for a KPI without values, and one per KPI otherwise', () => {
    expect(trendOf(value('o', day(1), 0), [])).toBeNull();
    const trends = trendsOf([
      value('a1', day(1), 1),
      { ...value('b1', day(1), 5), kpiId: 'other' },
      value('a2', day(2), 2),
    ]);
    expect(trends.map((t) => [t.kpiId, t.values])).toEqual([
      ['k-1', [1, 2]],
      ['other', [5]],
    ]);
  });

  it('asks for the values again only when a full trend loses readings it cannot replace', () => {
    const values = Array.from({ length: TREND_VALUES + 1 }, (_, n) =>
      value(`v${n}`, day(n + 1), n),
    );
    const full = trendOf(values[0] ?? value('x', day(1), 0), values) as KpiTrend;
    // A newer value pushes the oldest kept one out: nothing unknown is needed.
    expect(revisedTrend(full, new Set(), [value('new', day(28), 99)])).toMatchObject({
      values: [...full.values.slice(1), 99],
    });
    // The newest value deleted: the value before the trend's oldest is not in it.
    expect(revisedTrend(full, new Set([`v${TREND_VALUES}`]), [])).toBe('reread');
    // The same edit on a trend that holds every value needs nothing more.
    const short = trendOf(value('x', day(1), 0), values.slice(0, 3)) as KpiTrend;
    expect(revisedTrend(short, new Set(['v2']), [])).toMatchObject({ values: [0, 1] });
    expect(revisedTrend(short, new Set(['v0', 'v1', 'v2']), [])).toBeNull();
  });

  it('is made again when its stored readings cannot be read', () => {
    const trend = trendOf(value('x', day(1), 0), [value('a', day(1), 1)]) as KpiTrend;
    expect(readingsOf(trend)).toEqual([
      { id: 'a', date: day(1), createdAt: '2026-01-01T00:00:00.000Z', value: 1 },
    ]);
    for (const readings of ['', '[["a",1,"x"]]', '[["a","b","c"],["d","e","f"]]', '{}']) {
      expect(readingsOf({ ...trend, readings })).toBeNull();
      expect(revisedTrend({ ...trend, readings }, new Set(), [])).toBe('reread');
    }
  });

  // Values on a few days, so that ties on one day and reorderings by an edit are common.
  const reading = fc.record({
    id: fc.integer({ min: 0, max: 40 }).map((n) => `v${n}`),
    date: fc.integer({ min: 1, max: 9 }).map(day),
    createdAt: fc.integer({ min: 1, max: 3 }).map((h) => `2026-01-01T0${h}:00:00.000Z`),
    value: fc.integer({ min: -5, max: 5 }),
  });
  const unique = (list: readonly KpiValue[]) => [...new Map(list.map((v) => [v.id, v])).values()];
  const asValue = (r: { id: string; date: string; createdAt: string; value: number }) => ({
    ...value(r.id, r.date, r.value, r.createdAt),
  });

  it('revised, equals the trend of the values as they are now, or says it cannot tell', () => {
    fc.assert(
      fc.property(
        fc.array(reading, { maxLength: 30, size: 'max' }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 8 }),
        fc.array(reading, { maxLength: 6 }),
        (stored, removedNumbers, written) => {
          const before = unique(stored.map(asValue));
          const added = unique(written.map(asValue));
          const removed = new Set([
            ...removedNumbers.map((n) => `v${n}`),
            ...added.map((v) => v.id),
          ]);
          const after = [...before.filter((v) => !removed.has(v.id)), ...added];
          const trend = trendOf(value('o', day(1), 0), before) ?? undefined;
          const revised = revisedTrend(trend, removed, added);
          const expected = trendOf(value('o', day(1), 0), after);
          if (revised === 'reread') {
            // Only a full trend can be unsure, and only when it lost a reading it kept.
            expect(trend?.values.length).toBe(TREND_VALUES);
            const kept = trend ? (readingsOf(trend) ?? []) : [];
            expect(kept.some((r) => removed.has(r.id))).toBe(true);
          } else {
            expect(revised && readingsOf(revised)).toEqual(expected && readingsOf(expected));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
