/**
 * The building blocks of every record's schema: ids, timestamps, calendar dates, ranks, names
 * and numbers, each with its cap and with the message a product manager sees when a file
 * gets it wrong. The caps and date rules are the domain's own (one definition each, shared
 * with the forms and the drawing code); these only phrase them for files.
 */
import * as v from 'valibot';
import { DATE_RANGE_TEXT, isCalendarDate, isIsoTimestamp } from '../domain/calendar';
import { STAGES } from '../domain/lifecycle';
import { isValidRank, MAX_RANK_LENGTH } from '../domain/moves';
import {
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SUMMARY_LENGTH,
  MAX_TAGS,
  checkName,
} from '../domain/product';

export { isCalendarDate, isIsoTimestamp } from '../domain/calendar';

/** Ids are random strings (UUIDs in practice); the cap keeps a hostile file from bloating. */
export const MAX_ID_LENGTH = 200;
/** Links from one record to many (a product's personas): more is a hostile file. */
export const MAX_LINKS = 1_000;
/** Entries of a product's stage history or planned stages. */
export const MAX_HISTORY = 1_000;

const count = (n: number) => n.toLocaleString('en');

export const id = v.pipe(
  v.string(),
  v.check(
    (text) => text.length > 0 && text.length <= MAX_ID_LENGTH,
    `expected an id of 1 to ${MAX_ID_LENGTH} characters`,
  ),
);
export const timestamp = v.pipe(
  v.string(),
  v.check(
    isIsoTimestamp,
    `expected a date and time in ISO 8601 (like 2026-03-01T09:00:00.000Z), from ${DATE_RANGE_TEXT}`,
  ),
);
export const calendarDate = v.pipe(
  v.string(),
  v.check(
    isCalendarDate,
    `expected a calendar date written YYYY-MM-DD (like 2026-03-01), from ${DATE_RANGE_TEXT}`,
  ),
);
export const name = v.pipe(
  v.string(),
  v.check(
    (text) => checkName(text).ok,
    `expected text that is not blank, at most ${count(MAX_NAME_LENGTH)} characters`,
  ),
);
/** Free text such as summaries, notes and quotes. */
export const longText = v.pipe(
  v.string(),
  v.check(
    (text) => text.length <= MAX_SUMMARY_LENGTH,
    `expected text of at most ${count(MAX_SUMMARY_LENGTH)} characters`,
  ),
);
/** A person or a word: an owner, a customer, a tag. */
export const label = v.pipe(
  v.string(),
  v.check(
    (text) => text.length <= MAX_LABEL_LENGTH,
    `expected text of at most ${MAX_LABEL_LENGTH} characters`,
  ),
);
export const tags = v.pipe(
  v.array(label),
  v.check((list) => list.length <= MAX_TAGS, `expected at most ${MAX_TAGS} tags`),
);
export const rank = v.pipe(
  v.string(),
  v.check(
    isValidRank,
    `expected an order key of letters and digits (like "a0"), at most ${count(MAX_RANK_LENGTH)} characters`,
  ),
);
export const stage = v.picklist(STAGES);
/** JSON cannot hold NaN or Infinity, but a hand-edited number can still be absurd. */
export const finiteNumber = v.pipe(
  v.number(),
  v.check((n: number) => Number.isFinite(n), 'expected a finite number'),
);
export const ids = v.pipe(
  v.array(id),
  v.check((list) => list.length <= MAX_LINKS, `expected at most ${count(MAX_LINKS)} links`),
);
/** A list that grows with use (a product's stage history), capped against hostile files. */
export function history<T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.array(item),
    v.check((list) => list.length <= MAX_HISTORY, `expected at most ${count(MAX_HISTORY)} entries`),
  );
}

export const recordBase = { id, planId: id };
export const stamps = { createdAt: timestamp, updatedAt: timestamp };
