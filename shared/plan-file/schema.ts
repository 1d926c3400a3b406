/**
 * The schema of a version 1 plan file, and `validatePlanFile`, which trusts nothing: every
 * object is strict (a field this version does not define is refused, so a newer app's data is
 * never silently dropped), every timestamp is ISO 8601, every date a real calendar day, and
 * then the records must hold together (see ./integrity.ts).
 *
 * Validator: valibot, chosen by test/bench/validators.mjs. It needs no `new Function`, which
 * the renderer's CSP forbids, and was the fastest of the checkers that do not (figures in
 * docs/plan-file.md).
 */
import * as v from 'valibot';
import { STAGES } from '../domain/lifecycle';
import { MAX_NAME_LENGTH, PLAN_TABLES, checkName, checkSummary } from '../domain/product';
import { checkIntegrity } from './integrity';
import { problemFromIssue } from './schema-issues';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, type PlanFileProblem } from './types';

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

const id = v.pipe(
  v.string(),
  v.check(
    (text) => text.length > 0 && text.length <= MAX_ID_LENGTH,
    `expected an id of 1 to ${MAX_ID_LENGTH} characters`,
  ),
);
const timestamp = v.pipe(
  v.string(),
  v.check(isIsoTimestamp, 'expected a date and time in ISO 8601 (like 2026-03-01T09:00:00.000Z)'),
);
const calendarDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'expected a calendar date written YYYY-MM-DD (like 2026-03-01)'),
);
const name = v.pipe(
  v.string(),
  v.check(
    (text) => checkName(text).ok,
    `expected text that is not blank, at most ${MAX_NAME_LENGTH.toLocaleString('en')} characters`,
  ),
);
const summary = v.pipe(
  v.string(),
  v.check((text) => checkSummary(text).ok, 'expected a summary of at most 20,000 characters'),
);
const rank = v.pipe(
  v.string(),
  v.check((text) => text.length > 0, 'expected a non-empty rank'),
);
const stage = v.picklist(STAGES);

const recordBase = { id, planId: id };
const stamps = { createdAt: timestamp, updatedAt: timestamp };

// Entries are listed in the order the serializer writes keys (see ./serialize.ts).
export const planSchema = v.strictObject({ id, name, ...stamps });

export const stageEntrySchema = v.strictObject({ stage, enteredAt: timestamp });

export const productSchema = v.strictObject({
  ...recordBase,
  name,
  summary,
  owner: v.string(),
  tags: v.array(v.string()),
  stage,
  rank,
  stageHistory: v.array(stageEntrySchema),
  archived: v.boolean(),
  ...stamps,
});

export const checklistItemSchema = v.strictObject({
  ...recordBase,
  productId: id,
  stage,
  text: name,
  done: v.boolean(),
  rank,
  ...stamps,
});

export const milestoneSchema = v.strictObject({
  ...recordBase,
  productId: id,
  title: name,
  date: calendarDate,
  done: v.boolean(),
  ...stamps,
});

export const deletionSchema = v.strictObject({
  id,
  planId: id,
  table: v.picklist(PLAN_TABLES),
  deletedAt: timestamp,
});

export const planFileSchema = v.strictObject({
  format: v.literal(PLAN_FILE_FORMAT),
  version: v.literal(PLAN_FILE_VERSION),
  plan: planSchema,
  products: v.array(productSchema),
  checklistItems: v.array(checklistItemSchema),
  milestones: v.array(milestoneSchema),
  deletions: v.array(deletionSchema),
});

// The schema and the PlanFile type must describe the same thing; this fails to compile if not.
type SchemaOutput = v.InferOutput<typeof planFileSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<SchemaOutput, PlanFile> = true;
void schemaMatchesType;

export type PlanFileCheck = { ok: true; file: PlanFile } | { ok: false; problem: PlanFileProblem };

/** Schema, then integrity: the first problem found, or the file as the app's type. */
export function validatePlanFile(value: unknown): PlanFileCheck {
  const result = v.safeParse(planFileSchema, value, { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    return { ok: false, problem: problemFromIssue(issue) };
  }
  const problem = checkIntegrity(result.output);
  return problem ? { ok: false, problem } : { ok: true, file: result.output };
}
