/**
 * How a version 3 plan file lays its records out on disk: each table is a list of columns,
 * given once, and a list of rows, one record per line, so a diff of two files shows the
 * records that changed and nothing repeats what the structure says (a record's keys, its
 * plan). The file is still JSON: any JSON reader can open it, and ./disk-shape.ts turns the
 * rows back into records.
 *
 *   {"format":"lifecycle-plan","version":3,"base":null,
 *   "plan":{"id":"…","name":"…","createdAt":"…","updatedAt":"…"},
 *   "products":{"columns":["id","name",…],"rows":[
 *   ["p-1","Receipt Scanner",…],
 *   ["p-2","Team Budgets",…]
 *   ]},
 *   …
 *   "deletions":{"columns":["id","table","deletedAt"],"rows":[]}}
 */
import { kindOf, PLAN_TABLES } from '../records/registry';

/** The fields written per record: the schema's, less `planId` (the file is one plan). */
export function columnsOf(table: (typeof PLAN_TABLES)[number] | 'deletions'): string[] {
  if (table === 'deletions') return ['id', 'table', 'deletedAt'];
  return Object.keys(kindOf(table).schema.entries).filter((field) => field !== 'planId');
}

/** The tables in the order the file writes them. */
export const FILE_TABLES = [...PLAN_TABLES, 'deletions'] as const;
export type FileTable = (typeof FILE_TABLES)[number];
