/**
 * Calendar dates (YYYY-MM-DD): a milestone or a KPI reading is a day, not an instant. Days
 * are taken from a Date's local getters (the user's own calendar), and all arithmetic runs
 * on the year, month and day in UTC, where no day is 23 or 25 hours long. Formatting also
 * goes through UTC, so "2026-03-01" never shows as 28 February west of Greenwich.
 */
import type { FieldCheck } from './product';
import { displayRegion } from './region';

const MS_PER_DAY = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The years a plan's dates may fall in. A product's history reaches back decades and its
 * plans a few ahead; beyond that a date is a typing slip (0026 for 2026) or a hostile file,
 * and a timeline drawn from year 0 would span twenty centuries of empty months.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
export const DATE_RANGE_TEXT = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The day `date` falls on in the local time zone, as YYYY-MM-DD. */
export function localCalendarDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * Midnight UTC of a year, month and day, for every year 0000–9999. Date.UTC maps years 0–99
 * to 1900–1999, so the year is set afterwards, on a date that exists in every year (the 1st):
 * setting the day first would roll 29 February of year 0 into March of 1900, not a leap year.
 */
function midnightOf(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The Gregorian rule, carried back before 1582 as Date does (year 0 is a leap year). */
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether the year, month and day name a day that exists ("2026-02-30" does not). Worked out
 * without a Date: every date a view draws is checked, 10,000 milestones and more at a time.
 */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= last;
}

/**
 * The parts of a real calendar date of any year 0000–9999, or null ("2026-02-30" and
 * "2026-2-3" are not dates). Drawing code takes any such date; what a plan may hold is
 * narrower (isCalendarDate).
 */
export function parseCalendarDate(text: string): CalendarParts | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

const inPlanYears = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/**
 * A date a plan may hold: a real day, YYYY-MM-DD, in the years FIRST_YEAR to LAST_YEAR. The
 * plan file's checks, every form and every repository use this one definition.
 */
export function isCalendarDate(text: string): boolean {
  const parts = parseCalendarDate(text);
  return parts !== null && inPlanYears(parts.year);
}

/**
 * An instant a plan may hold: ISO 8601 with a time and a zone (`2026-03-01T09:00:00.000Z`, or
 * an offset), on a real day in the plan's years.
 */
export function isIsoTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return inPlanYears(year) && isRealDay(year, month, day);
}

/** Midnight UTC of the day: the one instant used for arithmetic and formatting. */
function utcMidnight(text: string): Date | null {
  const parts = parseCalendarDate(text);
  return parts ? midnightOf(parts.year, parts.month, parts.day) : null;
}

/** Milliseconds of the day's UTC midnight, for plotting dates on a time axis. */
export function calendarDateToUtcMs(text: string): number | null {
  return utcMidnight(text)?.getTime() ?? null;
}

/** Whole days from `from` to `to`: positive when `to` is later. Throws on a non-date. */
export function daysBetween(from: string, to: string): number {
  const start = utcMidnight(from);
  const end = utcMidnight(to);
  if (!start || !end) throw new RangeError(`Not a calendar date: ${start ? to : from}`);
  return Math.round((end.getTime() - start.getTime()) / MS_PER_DAY);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const start = utcMidnight(date);
  if (!start) throw new RangeError(`Not a calendar date: ${date}`);
  const moved = new Date(start.getTime() + days * MS_PER_DAY);
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1, 2)}-${pad(moved.getUTCDate(), 2)}`;
}

/**
 * The date in the region's style ("1 Mar 2026", "Mar 1, 2026", "01.03.2026"). Text that is not a date is
 * shown as it is rather than as "Invalid Date".
 */
export function formatCalendarDate(
  text: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  locale: string = displayRegion(),
): string {
  const date = utcMidnight(text);
  if (!date) return text;
  return formatterFor(options, locale).format(date);
}

/** Building a formatter costs far more than using one; views format thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** What was typed into (or picked in) a date field. */
export function checkCalendarDateInput(raw: string): FieldCheck<string> {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Pick a date.' };
  if (!parseCalendarDate(text)) {
    return { ok: false, message: `“${text}” is not a date; use the form YYYY-MM-DD.` };
  }
  if (!isCalendarDate(text)) {
    return { ok: false, message: `Pick a date from ${DATE_RANGE_TEXT}.` };
  }
  return { ok: true, value: text };
}
