import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addUnits,
  dateAtX,
  dateOfDay,
  dayNumber,
  daysInMonth,
  isLeapYear,
  nextUnitStart,
  paddedRange,
  panTarget,
  stepZoom,
  tickLabel,
  ticksBetween,
  timeScale,
  unitStart,
  xOfDate,
  type Zoom,
} from '../../../shared/domain/timeline-scale';

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [2100, false],
    [1900, false],
    [2400, true],
  ])('%i is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 1, 31],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('moving by whole units', () => {
  it.each<[string, Zoom, number, string]>([
    ['2026-01-31', 'month', 1, '2026-02-28'],
    ['2024-01-31', 'month', 1, '2024-02-29'],
    ['2100-01-31', 'month', 1, '2100-02-28'],
    ['2000-01-31', 'month', 1, '2000-02-29'],
    ['2026-03-31', 'month', -1, '2026-02-28'],
    ['2026-05-31', 'month', 1, '2026-06-30'],
    ['2026-01-31', 'month', 2, '2026-03-31'],
    ['2026-12-15', 'month', 1, '2027-01-15'],
    ['2026-01-15', 'month', -1, '2025-12-15'],
    ['2026-01-15', 'month', -13, '2024-12-15'],
    ['2026-11-30', 'quarter', 1, '2027-02-28'],
    ['2026-08-31', 'quarter', -2, '2026-02-28'],
    ['2024-02-29', 'year', 1, '2025-02-28'],
    ['2024-02-29', 'year', 4, '2028-02-29'],
    ['2000-02-29', 'year', 100, '2100-02-28'],
  ])('%s + %i %s(s) is %s', (date, zoom, count, expected) => {
    expect(addUnits(date, zoom, count)).toBe(expected);
  });

  it('refuses text that is not a date', () => {
    expect(() => addUnits('2026-02-30', 'month', 1)).toThrow(RangeError);
  });
});

describe('unit boundaries', () => {
  it.each<[string, Zoom, string, string]>([
    ['2026-03-31', 'month', '2026-03-01', '2026-04-01'],
    ['2026-02-28', 'month', '2026-02-01', '2026-03-01'],
    ['2024-02-29', 'month', '2024-02-01', '2024-03-01'],
    ['2026-12-31', 'month', '2026-12-01', '2027-01-01'],
    ['2026-03-31', 'quarter', '2026-01-01', '2026-04-01'],
    ['2026-04-01', 'quarter', '2026-04-01', '2026-07-01'],
    ['2026-06-30', 'quarter', '2026-04-01', '2026-07-01'],
    ['2026-09-30', 'quarter', '2026-07-01', '2026-10-01'],
    ['2026-12-31', 'quarter', '2026-10-01', '2027-01-01'],
    ['2026-12-31', 'year', '2026-01-01', '2027-01-01'],
    ['2027-01-01', 'year', '2027-01-01', '2028-01-01'],
  ])('%s at %s zoom lies in [%s, %s)', (date, zoom, start, next) => {
    expect(unitStart(date, zoom)).toBe(start);
    expect(nextUnitStart(date, zoom)).toBe(next);
  });
});

describe('ticks', () => {
  it.each([
    [2024, [31, 29, 31]],
    [2025, [31, 28, 31]],
    [2000, [31, 29, 31]],
    [2100, [31, 28, 31]],
  ])('month ticks of early %i sit one month length apart', (year, lengths) => {
    const ticks = ticksBetween(`${year}-01-01`, `${year}-04-02`, 'month', 'en-GB');
    expect(ticks.map((t) => t.label)).toEqual([
      `Jan ${year}`,
      `Feb ${year}`,
      `Mar ${year}`,
      `Apr ${year}`,
    ]);
    const gaps = ticks.slice(1).map((t, i) => dayNumber(t.date) - dayNumber(ticks[i]?.date ?? ''));
    expect(gaps).toEqual(lengths);
  });

  it('starts quarter ticks at the first quarter start inside the range, across a year end', () => {
    const ticks = ticksBetween('2026-08-15', '2027-07-01', 'quarter');
    expect(ticks).toEqual([
      { date: '2026-10-01', label: 'Q4 2026', yearStart: false },
      { date: '2027-01-01', label: 'Q1 2027', yearStart: true },
      { date: '2027-04-01', label: 'Q2 2027', yearStart: false },
    ]);
  });

  it('labels year ticks with the year and marks every one as a year start', () => {
    const ticks = ticksBetween('2025-01-01', '2028-01-01', 'year');
    expect(ticks.map((t) => [t.label, t.yearStart])).toEqual([
      ['2025', true],
      ['2026', true],
      ['2027', true],
    ]);
  });

  it.each<[string, Zoom, string]>([
    ['2026-03-01', 'month', 'Mar 2026'],
    ['2026-12-01', 'month', 'Dec 2026'],
    ['2026-04-01', 'quarter', 'Q2 2026'],
    ['2026-12-31', 'quarter', 'Q4 2026'],
    ['2026-07-01', 'year', '2026'],
  ])('labels %s at %s zoom "%s"', (date, zoom, label) => {
    expect(tickLabel(date, zoom, 'en-US')).toBe(label);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2026-03-15', 20_527],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
    expect(dateOfDay(day)).toBe(date);
  });

  it('steps one day at a time through leap days and year ends', () => {
    let date = '2023-12-25';
    const seen: string[] = [];
    for (let i = 0; i < 70; i++) {
      seen.push(date);
      date = dateOfDay(dayNumber(date) + 1);
    }
    expect(seen).toContain('2024-02-29');
    expect(seen).toContain('2024-01-01');
    expect(new Set(seen).size).toBe(70);
  });
});

describe('padded ranges', () => {
  it.each<[Zoom, string, string]>([
    ['month', '2026-02-01', '2026-05-01'],
    ['quarter', '2025-10-01', '2026-07-01'],
    ['year', '2025-01-01', '2028-01-01'],
  ])('pads one date to whole %s units with one spare on each side', (zoom, start, end) => {
    expect(paddedRange(['2026-03-15'], zoom)).toEqual({ start, end });
  });

  it('spans the earliest and the latest of many dates', () => {
    expect(paddedRange(['2026-03-15', '2024-11-30', '2026-01-01'], 'month')).toEqual({
      start: '2024-10-01',
      end: '2026-05-01',
    });
  });

  it('widens to at least the width asked for, in whole units', () => {
    const range = paddedRange(['2026-03-15'], 'month', 200);
    expect(range.start).toBe('2026-02-01');
    expect(range.end).toBe('2026-09-01');
    expect(dayNumber(range.end) - dayNumber(range.start)).toBeGreaterThanOrEqual(200);
  });

  it('needs at least one date', () => {
    expect(() => paddedRange([], 'month')).toThrow(RangeError);
  });
});

describe('pixels', () => {
  const scale = timeScale({ start: '2024-01-01', end: '2025-01-01' }, 'month');

  it('maps days to x at the zoom’s width per day', () => {
    expect(scale.width).toBe(366 * 4);
    expect(xOfDate(scale, '2024-01-01')).toBe(0);
    expect(xOfDate(scale, '2024-03-01')).toBe(60 * 4);
    expect(xOfDate(scale, '2023-12-31')).toBe(-4);
  });

  it('maps x back to the day whose column holds it', () => {
    expect(dateAtX(scale, 0)).toBe('2024-01-01');
    expect(dateAtX(scale, 239.9)).toBe('2024-02-29');
    expect(dateAtX(scale, 240)).toBe('2024-03-01');
    expect(dateAtX(scale, -0.5)).toBe('2023-12-31');
  });

  it.each<[Zoom, number]>([
    ['month', 4],
    ['quarter', 1.5],
    ['year', 0.4],
  ])('is linear in days at %s zoom', (zoom, pxPerDay) => {
    const s = timeScale({ start: '2026-01-01', end: '2027-01-01' }, zoom);
    expect(xOfDate(s, '2026-01-11')).toBeCloseTo(10 * pxPerDay);
  });
});

describe.each(['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Kiritimati'])(
  'in the time zone %s',
  (zone) => {
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.TZ;
      process.env.TZ = zone;
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('gives every day the same width, over summer-time changes too', () => {
      const scale = timeScale({ start: '2026-01-01', end: '2027-01-01' }, 'month');
      for (const [a, b] of [
        ['2026-03-07', '2026-03-08'],
        ['2026-03-28', '2026-03-29'],
        ['2026-10-24', '2026-10-25'],
        ['2026-11-01', '2026-11-02'],
      ] as const) {
        expect(xOfDate(scale, b) - xOfDate(scale, a)).toBe(4);
      }
      expect(dateAtX(scale, xOfDate(scale, '2026-03-29'))).toBe('2026-03-29');
    });
  },
);

describe('panning and zooming', () => {
  it.each<[string, Zoom, 1 | -1, string]>([
    ['2026-03-15', 'month', 1, '2026-04-01'],
    ['2026-03-15', 'month', -1, '2026-03-01'],
    ['2026-03-01', 'month', -1, '2026-02-01'],
    ['2026-12-31', 'month', 1, '2027-01-01'],
    ['2026-01-01', 'quarter', -1, '2025-10-01'],
    ['2026-05-20', 'quarter', 1, '2026-07-01'],
    ['2026-05-20', 'year', -1, '2026-01-01'],
  ])('pans from %s at %s zoom in direction %i to %s', (edge, zoom, direction, target) => {
    expect(panTarget(edge, zoom, direction)).toBe(target);
  });

  it.each<[Zoom, 1 | -1, Zoom | null]>([
    ['year', 1, 'quarter'],
    ['quarter', 1, 'month'],
    ['month', 1, null],
    ['month', -1, 'quarter'],
    ['year', -1, null],
  ])('steps zoom %s by %i to %s', (zoom, step, expected) => {
    expect(stepZoom(zoom, step)).toBe(expected);
  });
});
