/**
 * Calendar dates (YYYY-MM-DD): a milestone or a KPI reading is a day, not an instant. Days
 * are taken from a Date's local getters (the user's own calendar), and all arithmetic runs
 * on the year, month and day in UTC, where no day is 23 or 25 hours long. Formatting also
 * goes through UTC, so "2026-03-01" never shows as 28 February west of Greenwich.
 */
import type { FieldCheck } from './product';

const MS_PER_DAY = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** The parts of a real calendar date, or null ("2026-02-30" and "2026-2-3" are not dates). */
export function parseCalendarDate(text: string): CalendarParts | null {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  check.setUTCFullYear(year);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? { year, month, day }
    : null;
}

export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}

/** Midnight UTC of the day: the one instant used for arithmetic and formatting. */
function utcMidnight(text: string): Date | null {
  const parts = parseCalendarDate(text);
  if (!parts) return null;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  date.setUTCFullYear(parts.year);
  return date;
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
 * The date in the user's own style ("1 Mar 2026", "Mar 1, 2026"). Text that is not a date is
 * shown as it is rather than as "Invalid Date".
 */
export function formatCalendarDate(
  text: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
  locale?: string,
): string {
  const date = utcMidnight(text);
  if (!date) return text;
  return formatterFor(options, locale).format(date);
}

/** Building a formatter costs far more than using one; views format thousands of dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
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
  if (!isCalendarDate(text)) {
    return { ok: false, message: `“${text}” is not a date; use the form YYYY-MM-DD.` };
  }
  return { ok: true, value: text };
}
