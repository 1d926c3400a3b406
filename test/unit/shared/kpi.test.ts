import { describe, expect, it } from 'vitest';
import {
  checkKpiName,
  checkKpiNumberInput,
  checkKpiUnit,
  describeKpiChart,
  describeKpiSummary,
  describeTarget,
  formatKpiValue,
  isSymbolUnit,
  kpiSeries,
  kpiStatus,
  latestReading,
  summarizeKpiStatuses,
  type KpiStatus,
} from '../../../shared/domain/kpi';
import type { KpiDirection } from '../../../shared/domain/workspace';

const reading = (
  id: string,
  date: string,
  value: number,
  createdAt = '2026-01-01T00:00:00.000Z',
) => ({
  id,
  date,
  value,
  createdAt,
});

describe('latestReading', () => {
  it('is null without readings', () => {
    expect(latestReading([])).toBeNull();
  });

  it('takes the latest date, whatever order the readings come in', () => {
    const values = [
      reading('a', '2026-03-01', 1),
      reading('b', '2026-05-01', 2),
      reading('c', '2026-04-01', 3),
    ];
    expect(latestReading(values)?.id).toBe('b');
    expect(latestReading([...values].reverse())?.id).toBe('b');
  });

  it('breaks a tie on one day by when it was recorded, then by id', () => {
    const early = reading('z', '2026-03-01', 1, '2026-03-01T08:00:00.000Z');
    const late = reading('a', '2026-03-01', 2, '2026-03-01T09:00:00.000Z');
    expect(latestReading([late, early])?.id).toBe('a');
    expect(latestReading([early, late])?.id).toBe('a');
    const twinA = reading('a', '2026-03-01', 1);
    const twinB = reading('b', '2026-03-01', 2);
    expect(latestReading([twinB, twinA])?.id).toBe('b');
    expect(latestReading([twinA, twinB])?.id).toBe('b');
  });
});

describe('kpiStatus', () => {
  it.each<[KpiDirection, number, number | null, KpiStatus]>([
    ['higher', 100, 120, 'on-track'],
    ['higher', 100, 100, 'on-track'],
    ['higher', 100, 99.99, 'off-track'],
    ['higher', 0, -1, 'off-track'],
    ['lower', 2, 1.5, 'on-track'],
    ['lower', 2, 2, 'on-track'],
    ['lower', 2, 2.01, 'off-track'],
    ['lower', -5, -6, 'on-track'],
    ['higher', 100, null, 'no-data'],
    ['lower', 100, null, 'no-data'],
    ['higher', 100, Number.NaN, 'no-data'],
  ])('%s is better, target %d, latest %s → %s', (direction, target, latest, expected) => {
    expect(kpiStatus({ target, direction }, latest === null ? null : { value: latest })).toBe(
      expected,
    );
  });
});

describe('summarizeKpiStatuses', () => {
  it.each<[KpiStatus[], KpiStatus, string]>([
    [[], 'no-data', 'No KPIs'],
    [['no-data'], 'no-data', '1 KPI, no data yet'],
    [['no-data', 'no-data'], 'no-data', '2 KPIs, no data yet'],
    [['on-track'], 'on-track', '1 of 1 KPI on track'],
    [['on-track', 'no-data'], 'on-track', '1 of 2 KPIs on track'],
    [['on-track', 'on-track'], 'on-track', '2 of 2 KPIs on track'],
    [['on-track', 'off-track'], 'off-track', '1 of 2 KPIs off track'],
    [['off-track', 'no-data', 'off-track'], 'off-track', '2 of 3 KPIs off track'],
  ])('%j → %s (%s)', (statuses, status, words) => {
    const summary = summarizeKpiStatuses(statuses);
    expect(summary.status).toBe(status);
    expect(summary.onTrack + summary.offTrack + summary.noData).toBe(statuses.length);
    expect(summary.total).toBe(statuses.length);
    expect(describeKpiSummary(summary)).toBe(words);
  });
});

describe('formatKpiValue', () => {
  it.each([
    [42, '%', '42%'],
    [12.345, '%', '12.35%'],
    [1200, '€', '€1,200'],
    [-50, '$', '-$50'],
    [1200.5, 'US$', 'US$1,200.5'],
    [1200, 'users', '1,200 users'],
    [350, ' ms ', '350 ms'],
    [3, 'EUR', '3 EUR'],
    [1234567, '', '1,234,567'],
    [0, '%', '0%'],
    [Number.NaN, '%', '–'],
    [Number.POSITIVE_INFINITY, 'users', '–'],
  ])('%d with unit %j is %s', (value, unit, expected) => {
    expect(formatKpiValue(value, unit)).toBe(expected);
  });

  it.each([
    [1_250_000, 'users', '1.3M users'],
    [1500, '€', '€1.5K'],
    [42, '%', '42%'],
  ])('writes %d %s compactly for an axis as %s', (value, unit, expected) => {
    expect(formatKpiValue(value, unit, true)).toBe(expected);
  });

  it.each([
    ['%', true],
    ['€', true],
    ['US$', true],
    ['users', false],
    ['', false],
  ])('knows %j is a symbol unit: %s', (unit, symbol) => {
    expect(isSymbolUnit(unit)).toBe(symbol);
  });

  it('words the target with its direction', () => {
    expect(describeTarget({ target: 1500, direction: 'higher', unit: 'users' })).toBe(
      'at least 1,500 users',
    );
    expect(describeTarget({ target: 2, direction: 'lower', unit: '%' })).toBe('at most 2%');
  });
});

describe('checkKpiNumberInput', () => {
  it.each([
    ['42', '%', 42],
    ['42%', '%', 42],
    [' 42 % ', '%', 42],
    ['€1,200', '€', 1200],
    ['-€50', '€', -50],
    ['1 200 users', 'users', 1200],
    ['1200 Users', 'users', 1200],
    ['0.5', '', 0.5],
    ['-0', '', 0],
    ['1e3', 'ms', 1000],
  ])('reads %j (unit %j) as %d', (raw, unit, value) => {
    expect(checkKpiNumberInput(raw, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ['', '%', 'Enter a value.'],
    ['%', '%', 'Enter a value.'],
    ['abc', '', '“abc” is not a number.'],
    ['12abc', 'users', '“12abc” is not a number.'],
    ['Infinity', '', '“Infinity” is not a number.'],
    ['NaN', '', '“NaN” is not a number.'],
    ['1e400', '', '“1e400” is not a number.'],
    ['1e16', '', 'That value is too large to track.'],
  ])('refuses %j (unit %j): %s', (raw, unit, message) => {
    expect(checkKpiNumberInput(raw, unit)).toEqual({ ok: false, message });
  });

  it('names the target when checking one', () => {
    expect(checkKpiNumberInput('', '', 'target')).toEqual({
      ok: false,
      message: 'Enter a target.',
    });
  });
});

describe('checkKpiName and checkKpiUnit', () => {
  it('needs a name and tidies its spaces', () => {
    expect(checkKpiName('  ')).toEqual({ ok: false, message: 'Give the KPI a name.' });
    expect(checkKpiName(' Monthly   active users ')).toEqual({
      ok: true,
      value: 'Monthly active users',
    });
  });

  it('allows no unit and refuses a sentence', () => {
    expect(checkKpiUnit('  ')).toEqual({ ok: true, value: '' });
    expect(checkKpiUnit('x'.repeat(25)).ok).toBe(false);
  });
});

describe('kpiSeries', () => {
  it('sorts by date and keeps one point a day, the latest recorded', () => {
    const values = [
      reading('c', '2026-03-03', 30),
      reading('a', '2026-03-01', 10),
      reading('b2', '2026-03-02', 25, '2026-03-02T12:00:00.000Z'),
      reading('b1', '2026-03-02', 20, '2026-03-02T08:00:00.000Z'),
      reading('bad', '2026-03-04', Number.NaN),
    ];
    expect(kpiSeries(values)).toEqual([
      { date: '2026-03-01', value: 10 },
      { date: '2026-03-02', value: 25 },
      { date: '2026-03-03', value: 30 },
    ]);
  });
});

describe('describeKpiChart', () => {
  const kpi = { name: 'Active users', target: 1500, direction: 'higher' as const, unit: 'users' };
  it('sums up the chart for screen readers', () => {
    const text = describeKpiChart(kpi, { value: 1200, date: '2026-03-03' }, 4);
    expect(text).toMatch(
      /^Active users: 4 values, latest 1,200 users on .+; target at least 1,500 users; off track\.$/,
    );
  });

  it('says when there is nothing to plot', () => {
    expect(describeKpiChart(kpi, null, 0)).toBe(
      'Active users: no values yet; target at least 1,500 users.',
    );
  });
});
