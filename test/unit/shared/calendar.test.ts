import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateToUtcMs,
  checkCalendarDateInput,
  daysBetween,
  formatCalendarDate,
  isCalendarDate,
  isIsoTimestamp,
  localCalendarDate,
  parseCalendarDate,
} from '../../../shared/domain/calendar';

/**
 * Node re-reads process.env.TZ when it is assigned, so each block below really runs in its
 * zone: far west of Greenwich (UTC−8/−7), far east (UTC+14) and one with summer time.
 */
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Berlin'] as const;
const JAN_OFFSET: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
  'Europe/Berlin': -60,
};

describe.each(ZONES)('in the time zone %s', (zone) => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('really runs in that zone', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(JAN_OFFSET[zone]);
  });

  it.each([
    [2026, 0, 1, 0, 0, '2026-01-01'],
    [2025, 11, 31, 23, 59, '2025-12-31'],
    [2026, 2, 29, 0, 30, '2026-03-29'],
    [2026, 9, 25, 23, 30, '2026-10-25'],
    [2028, 1, 29, 12, 0, '2028-02-29'],
  ])('takes the local day of %i-%i-%i %i:%i', (y, m, d, h, min, expected) => {
    expect(localCalendarDate(new Date(y, m, d, h, min))).toBe(expected);
  });

  it('takes the local day at the edges of a UTC day, not the UTC day', () => {
    const lateEvening = new Date(2026, 5, 30, 23, 59, 59);
    const earlyMorning = new Date(2026, 6, 1, 0, 0, 1);
    expect(localCalendarDate(lateEvening)).toBe('2026-06-30');
    expect(localCalendarDate(earlyMorning)).toBe('2026-07-01');
  });

  it.each([
    ['2026-03-01', 'en-US', 'Mar 1, 2026'],
    ['2026-01-01', 'en-GB', '1 Jan 2026'],
    ['2025-12-31', 'en-GB', '31 Dec 2025'],
    ['2026-03-29', 'de-DE', '29.03.2026'],
  ])('formats %s as %s in %s without shifting the day', (date, locale, expected) => {
    expect(formatCalendarDate(date, { dateStyle: 'medium' }, locale)).toBe(expected);
  });

  it('counts whole days across summer-time changes', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-11-15')).toBe(259);
  });
});

describe('parseCalendarDate', () => {
  it.each([
    ['2026-02-28', { year: 2026, month: 2, day: 28 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2026-12-31', { year: 2026, month: 12, day: 31 }],
  ])('reads %s', (text, parts) => {
    expect(parseCalendarDate(text)).toEqual(parts);
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-4-3',
    '2026-04-03T00:00',
    '03/04/2026',
    '',
  ])('refuses %j', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('dates of every year, and the years a plan may hold', () => {
  // Years 0000-0099 are where Date.UTC goes wrong (it reads them as 1900-1999); century years
  // are leap years only every 400 years.
  it.each([
    ['0000-02-29', true],
    ['0004-02-29', true],
    ['0099-12-31', true],
    ['0100-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2400-02-29', true],
    ['9999-12-31', true],
  ])('%s is a day: %s', (text, real) => {
    expect(parseCalendarDate(text) !== null).toBe(real);
  });

  it('takes as a day exactly what the calendar of Date has, in every year 0000-9999', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(2000, 0, 1));
          date.setUTCFullYear(year, month - 1, day);
          const exists =
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(parseCalendarDate(text) !== null).toBe(exists);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['0000-02-29', false],
    ['0026-03-01', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['2200-01-01', false],
    ['9999-12-31', false],
  ])('%s may be held by a plan: %s', (text, held) => {
    expect(isCalendarDate(text)).toBe(held);
    expect(isIsoTimestamp(`${text}T12:00:00.000Z`)).toBe(held);
  });

  it('counts and formats days of any year without a detour through 1900', () => {
    expect(daysBetween('0000-02-28', '0000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(formatCalendarDate('0000-02-29', { dateStyle: 'medium' }, 'en-GB')).toMatch(/29 Feb/);
  });

  it('asks for a date in the plan’s years when a real day falls outside them', () => {
    expect(checkCalendarDateInput('0026-03-01')).toEqual({
      ok: false,
      message: 'Pick a date from 1900-01-01 to 2199-12-31.',
    });
  });
});

describe('daysBetween and addDays', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2025-12-31', '2026-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-01-01', '2027-01-01', 365],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('refuses text that is not a date rather than returning NaN', () => {
    expect(() => daysBetween('soon', '2026-01-01')).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('formatCalendarDate', () => {
  it('shows text that is not a date as it is, never "Invalid Date"', () => {
    expect(formatCalendarDate('someday')).toBe('someday');
  });

  it('maps a date to its UTC midnight for a time axis', () => {
    expect(calendarDateToUtcMs('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(calendarDateToUtcMs('nope')).toBeNull();
  });
});

describe('checkCalendarDateInput', () => {
  it.each([
    ['', 'Pick a date.'],
    ['  ', 'Pick a date.'],
    ['2026-02-30', '“2026-02-30” is not a date; use the form YYYY-MM-DD.'],
    ['tomorrow', '“tomorrow” is not a date; use the form YYYY-MM-DD.'],
  ])('refuses %j: %s', (raw, message) => {
    expect(checkCalendarDateInput(raw)).toEqual({ ok: false, message });
  });

  it('accepts a date, trimmed', () => {
    expect(checkCalendarDateInput(' 2026-05-04 ')).toEqual({ ok: true, value: '2026-05-04' });
  });
});
