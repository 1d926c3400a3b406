import { describe, expect, it } from 'vitest';
import {
  describePoint,
  nearestIndex,
  targetBand,
  xDomain,
  yDomain,
} from '../../../../renderer/src/product/kpis/chart-geometry';

describe('the KPI chart’s geometry', () => {
  it('finds the point nearest the pointer, the earlier one on a tie', () => {
    const xs = [0, 10, 30, 70];
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 4)).toBe(0);
    expect(nearestIndex(xs, 5)).toBe(0);
    expect(nearestIndex(xs, 6)).toBe(1);
    expect(nearestIndex(xs, 49)).toBe(2);
    expect(nearestIndex(xs, 51)).toBe(3);
    expect(nearestIndex(xs, 500)).toBe(3);
    expect(nearestIndex([], 5)).toBe(-1);
  });

  it('bands the values that meet the target: above it when higher is better, below when lower', () => {
    expect(targetBand(60, 150, 'higher')).toEqual({ y: 0, height: 60 });
    expect(targetBand(60, 150, 'lower')).toEqual({ y: 60, height: 90 });
    // A target off the chart still gives a band inside it.
    expect(targetBand(-20, 150, 'higher')).toEqual({ y: 0, height: 0 });
    expect(targetBand(400, 150, 'lower')).toEqual({ y: 150, height: 0 });
  });

  it('keeps the target and a flat line inside the value range', () => {
    expect(yDomain([5, 9], 20)).toEqual([5, 20]);
    expect(yDomain([10], 10)).toEqual([9, 11]);
    expect(yDomain([0], 0)).toEqual([-1, 1]);
    const [from, to] = xDomain([Date.UTC(2025, 0, 1)]);
    expect(to.getTime() - from.getTime()).toBe(2 * 86_400_000);
  });

  it('reads a value with its date and how it compares to the target', () => {
    const kpi = { unit: 'companies', target: 1500, direction: 'higher' as const };
    expect(describePoint({ date: '2025-03-03', value: 1410 }, kpi)).toMatch(
      /^.+2025: 1,410 companies, below the target of 1,500 companies$/,
    );
    expect(describePoint({ date: '2025-03-03', value: 1500 }, kpi)).toMatch(
      /meets the target of 1,500 companies$/,
    );
    expect(
      describePoint({ date: '2025-03-03', value: 3 }, { unit: '%', target: 2, direction: 'lower' }),
    ).toMatch(/3%, above the target of 2%$/);
  });

  it('reads values and dates in the user’s region', () => {
    const kpi = { unit: '€', target: 1500.5, direction: 'higher' as const };
    expect(describePoint({ date: '2025-03-03', value: 1410.25 }, kpi, 'de-DE')).toBe(
      '03.03.2025: €1.410,25, below the target of €1.500,5',
    );
  });
});
