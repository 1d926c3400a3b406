/**
 * The schema of a version 3 plan file, and `validatePlanFile`, which trusts nothing: every
 * object is strict (a field this version does not define is refused, so a newer app's data is
 * never silently dropped), every timestamp is ISO 8601, every date a real calendar day, and
 * then the records must hold together (see ./integrity.ts).
 *
 * Validator: valibot, chosen by test/bench/validators.mjs. It needs no `new Function`, which
 * the renderer's CSP forbids, and was the fastest of the checkers that do not (figures in
 * docs/plan-file.md).
 */
import * as v from 'valibot';
import { id, name, stamps, timestamp } from '../records/fields';
import { kindOf, PLAN_TABLES, type PlanTable, type RECORD_KINDS } from '../records/registry';
import { checkIntegrity } from './integrity';
import { problemFromIssue } from './schema-issues';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, type PlanFileProblem } from './types';

export { isCalendarDate, isIsoTimestamp, MAX_ID_LENGTH } from '../records/fields';

export const planSchema = v.strictObject({ id, name, ...stamps });

/** A SHA-256 digest in lower-case hex, as ./fingerprint.ts writes it. */
const fingerprint = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{64}$/, 'expected a fingerprint of 64 hexadecimal digits, or null'),
);

/** The table lists of the file, from the registry of record kinds, in the order written. */
const tableEntries = Object.fromEntries(
  PLAN_TABLES.map((table) => [table, v.array(kindOf(table).schema)]),
) as { [T in PlanTable]: v.ArraySchema<(typeof RECORD_KINDS)[T]['schema'], undefined> };

export const deletionSchema = v.strictObject({
  id,
  planId: id,
  table: v.picklist(PLAN_TABLES),
  deletedAt: timestamp,
});

export const planFileSchema = v.strictObject({
  format: v.literal(PLAN_FILE_FORMAT),
  version: v.literal(PLAN_FILE_VERSION),
  base: v.nullable(fingerprint),
  plan: planSchema,
  ...tableEntries,
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
