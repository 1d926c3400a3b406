/**
 * One record checked against its kind's schema, the same one plan files are checked with:
 * what the app writes is always what its own files accept, so no edit can make a plan that
 * its next export or import refuses.
 */
import * as v from 'valibot';
import { kindOf, RECORD_NOUNS, type PlanTable } from '../records/registry';
import { planSchema } from './schema';
import { problemFromIssue } from './schema-issues';

/** What is wrong with the record, in words naming the field, or null when it is fine. */
export function recordProblem(table: PlanTable | 'plans', record: unknown): string | null {
  const schema = table === 'plans' ? planSchema : kindOf(table).schema;
  const result = v.safeParse(schema, record, { abortEarly: true });
  if (result.success) return null;
  const noun = table === 'plans' ? 'plan' : RECORD_NOUNS[table];
  const [issue] = result.issues;
  // "name: expected text that is not blank…" from the file's wording, for one record.
  const detail = problemFromIssue(issue).message.replace(/\.$/, '');
  return `The ${noun} was not saved: ${detail}.`;
}
