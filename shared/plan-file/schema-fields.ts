/**
 * The building blocks of the plan-file schema: ids, timestamps, calendar dates, names and
 * numbers, each with the message a product manager sees when a file gets it wrong.
 */
import * as v from 'valibot';
import { STAGES } from '../domain/lifecycle';
import { MAX_NAME_LENGTH, MAX_SUMMARY_LENGTH, checkName, checkSummary } from '../domain/product';

/** Ids are random strings (UUIDs in practice); the cap keeps a hostile file from bloating. */
export const MAX_ID_LENGTH = 200;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** `2026-03-01T09:00:00.000Z` or with an offset; the day must exist (no 30 February). */
export function isIsoTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `2026-03-01`: a day on the calendar, with no time zone. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export const id = v.pipe(
  v.string(),
  v.check(
    (text) => text.length > 0 && text.length <= MAX_ID_LENGTH,
    `expected an id of 1 to ${MAX_ID_LENGTH} characters`,
  ),
);
export const timestamp = v.pipe(
  v.string(),
  v.check(isIsoTimestamp, 'expected a date and time in ISO 8601 (like 2026-03-01T09:00:00.000Z)'),
);
export const calendarDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'expected a calendar date written YYYY-MM-DD (like 2026-03-01)'),
);
export const name = v.pipe(
  v.string(),
  v.check(
    (text) => checkName(text).ok,
    `expected text that is not blank, at most ${MAX_NAME_LENGTH.toLocaleString('en')} characters`,
  ),
);
export const summary = v.pipe(
  v.string(),
  v.check((text) => checkSummary(text).ok, 'expected a summary of at most 20,000 characters'),
);
/** Free text such as notes and quotes: as long as a summary may be. */
export const longText = v.pipe(
  v.string(),
  v.check(
    (text) => text.length <= MAX_SUMMARY_LENGTH,
    `expected text of at most ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters`,
  ),
);
export const rank = v.pipe(
  v.string(),
  v.check((text) => text.length > 0, 'expected a non-empty rank'),
);
export const stage = v.picklist(STAGES);
/** JSON cannot hold NaN or Infinity, but a hand-edited number can still be absurd. */
export const finiteNumber = v.pipe(
  v.number(),
  v.check((n: number) => Number.isFinite(n), 'expected a finite number'),
);
export const ids = v.array(id);

export const recordBase = { id, planId: id };
export const stamps = { createdAt: timestamp, updatedAt: timestamp };
