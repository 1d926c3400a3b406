/**
 * The timeline's time axis: zoom levels, their units (months, quarters, years), tick marks
 * and the mapping between calendar days and pixels. Everything is counted in whole calendar
 * days (YYYY-MM-DD, or days since 1970-01-01), never in milliseconds of local time, so a
 * summer-time change or the user's time zone can never move a bar by an hour or a day.
 */
import { calendarDateToUtcMs, formatCalendarDate, parseCalendarDate } from './calendar';

export const ZOOMS = ['month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

export const ZOOM_LABELS: Record<Zoom, string> = {
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

/** How wide a day is at each zoom: a month about 120 px, a quarter about 135, a year about 145. */
export const PX_PER_DAY: Record<Zoom, number> = { month: 4, quarter: 1.5, year: 0.4 };

const MONTHS_PER_UNIT: Record<Zoom, number> = { month: 1, quarter: 3, year: 12 };
const MS_PER_DAY = 86_400_000;

/** A step towards more detail (+1: year → quarter → month) or less (−1); null past either end. */
export function stepZoom(zoom: Zoom, step: 1 | -1): Zoom | null {
  return ZOOMS[ZOOMS.indexOf(zoom) - step] ?? null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatParts(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function partsOf(date: string) {
  const parts = parseCalendarDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

/** Days since 1970-01-01 (negative before it). Throws on text that is not a date. */
export function dayNumber(date: string): number {
  const ms = calendarDateToUtcMs(date);
  if (ms === null) throw new RangeError(`Not a calendar date: ${date}`);
  return Math.round(ms / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): string {
  const date = new Date(Math.round(day) * MS_PER_DAY);
  return formatParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Gregorian: every 4th year, except centuries, except every 4th century (2000 yes, 2100 no). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * `count` months, quarters or years later (earlier when negative). A day that the target
 * month lacks becomes its last day: 31 Jan + 1 month is 28 Feb (29 in a leap year), and
 * 29 Feb 2024 + 1 year is 28 Feb 2025.
 */
export function addUnits(date: string, zoom: Zoom, count: number): string {
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + count * MONTHS_PER_UNIT[zoom];
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The first day of the month, quarter or year that `date` falls in. */
export function unitStart(date: string, zoom: Zoom): string {
  const { year, month } = partsOf(date);
  const span = MONTHS_PER_UNIT[zoom];
  const firstMonth = Math.floor((month - 1) / span) * span + 1;
  return formatParts(year, firstMonth, 1);
}

/** The first day of the next month, quarter or year after the one `date` falls in. */
export function nextUnitStart(date: string, zoom: Zoom): string {
  return addUnits(unitStart(date, zoom), zoom, 1);
}

export interface Tick {
  /** The first day of the unit. */
  date: string;
  label: string;
  /** 1 January: drawn stronger, since the year changes there. */
  yearStart: boolean;
}

/** "Mar 2026", "Q2 2026", "2026". Month names follow the locale; quarters and years do not. */
export function tickLabel(date: string, zoom: Zoom, locale?: string): string {
  const { year, month } = partsOf(date);
  if (zoom === 'year') return String(year);
  if (zoom === 'quarter') return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
  return formatCalendarDate(date, { month: 'short', year: 'numeric' }, locale);
}

/** One tick at the start of every unit from `start` up to, not including, `end`. */
export function ticksBetween(start: string, end: string, zoom: Zoom, locale?: string): Tick[] {
  const ticks: Tick[] = [];
  for (let date = unitStart(start, zoom); date < end; date = addUnits(date, zoom, 1)) {
    if (date < start) continue;
    ticks.push({ date, label: tickLabel(date, zoom, locale), yearStart: date.endsWith('-01-01') });
  }
  return ticks;
}

/** A day range [start, end): `end` is the first day after it. */
export interface DayRange {
  start: string;
  end: string;
}

/**
 * The range to draw for the dates in `dates` (today among them), widened to whole units
 * with one spare unit on each side so nothing sits on the edge, and then to at least
 * `minDays` (the width of the window), in whole units.
 */
export function paddedRange(dates: readonly string[], zoom: Zoom, minDays = 0): DayRange {
  if (dates.length === 0) throw new RangeError('A range needs at least one date.');
  let earliest = dates[0] as string;
  let latest = earliest;
  for (const date of dates) {
    if (date < earliest) earliest = date;
    if (date > latest) latest = date;
  }
  const start = addUnits(unitStart(earliest, zoom), zoom, -1);
  let end = addUnits(nextUnitStart(latest, zoom), zoom, 1);
  while (dayNumber(end) - dayNumber(start) < minDays) end = addUnits(end, zoom, 1);
  return { start, end };
}

/** Where days sit on the chart: x = 0 is the start of the range's first day. */
export interface TimeScale {
  range: DayRange;
  startDay: number;
  pxPerDay: number;
  /** The chart's width in pixels. */
  width: number;
}

export function timeScale(range: DayRange, zoom: Zoom): TimeScale {
  const startDay = dayNumber(range.start);
  const pxPerDay = PX_PER_DAY[zoom];
  return { range, startDay, pxPerDay, width: (dayNumber(range.end) - startDay) * pxPerDay };
}

/** The x of the start (left edge) of the day. */
export function xOfDate(scale: TimeScale, date: string): number {
  return (dayNumber(date) - scale.startDay) * scale.pxPerDay;
}

/** The day whose column holds `x`. */
export function dateAtX(scale: TimeScale, x: number): string {
  return dateOfDay(scale.startDay + Math.floor(x / scale.pxPerDay));
}

/**
 * Where the left edge of the view goes when panning by one unit: to the start of the next
 * unit, or back to the start of the current one (the one before when already there).
 */
export function panTarget(leftEdge: string, zoom: Zoom, direction: 1 | -1): string {
  const start = unitStart(leftEdge, zoom);
  if (direction === 1) return addUnits(start, zoom, 1);
  return start === leftEdge ? addUnits(start, zoom, -1) : start;
}
