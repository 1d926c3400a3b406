/**
 * From a version 3 file as JSON (tables as columns and rows, ./file-layout.ts) to the plan
 * as the app holds it (tables as records, each with its plan's id), before the schema checks
 * the records. A table whose columns are not exactly the format's is refused here, naming the
 * column; a row of the wrong length, naming the row.
 */
import { describeFound, formatPath } from './describe';
import { columnsOf, FILE_TABLES } from './file-layout';
import { PLAN_FILE_VERSION, type PlanFileProblem } from './types';

export type DiskShapeResult =
  { ok: true; value: unknown } | { ok: false; problem: PlanFileProblem };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const refuse = (path: (string | number)[], detail: string): DiskShapeResult => {
  const where = formatPath(path);
  return { ok: false, problem: { message: `${where}: ${detail}.`, path: where } };
};

function checkColumns(table: string, found: unknown): DiskShapeResult | null {
  const expected = columnsOf(table as (typeof FILE_TABLES)[number]);
  if (!Array.isArray(found) || !found.every((c) => typeof c === 'string')) {
    return refuse(
      [table, 'columns'],
      `expected a list of column names; found ${describeFound(found)}`,
    );
  }
  const names = found as string[];
  const unknown = names.find((name) => !expected.includes(name));
  if (unknown !== undefined) {
    return refuse(
      [table, 'columns'],
      `the column "${unknown}" is not part of a version ${PLAN_FILE_VERSION} plan file`,
    );
  }
  const missing = expected.find((name) => !names.includes(name));
  if (missing !== undefined)
    return refuse([table, 'columns'], `the column "${missing}" is missing`);
  if (names.length !== expected.length) {
    return refuse([table, 'columns'], 'a column is named twice');
  }
  return null;
}

/** The table's rows as records of the plan `planId`. */
function recordsOf(
  table: string,
  listed: Record<string, unknown>,
  planId: unknown,
): DiskShapeResult {
  const problem = checkColumns(table, listed.columns);
  if (problem) return problem;
  const columns = listed.columns as string[];
  const rows = listed.rows;
  if (!Array.isArray(rows)) {
    return refuse([table, 'rows'], `expected a list of rows; found ${describeFound(rows)}`);
  }
  const records: Record<string, unknown>[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== columns.length) {
      const found = Array.isArray(row) ? `${row.length} values` : describeFound(row);
      return refuse(
        [table, 'rows', r],
        `expected a row of ${columns.length} values; found ${found}`,
      );
    }
    const record: Record<string, unknown> = { planId };
    columns.forEach((column, c) => (record[column] = row[c]));
    records.push(record);
  }
  return { ok: true, value: records };
}

/**
 * The file with its tables as records. A table that is missing is left for the schema to
 * report; one that is there must be laid out as columns and rows.
 */
export function fromDiskShape(value: unknown): DiskShapeResult {
  if (!isRecord(value)) return { ok: true, value };
  const planId = isRecord(value.plan) ? value.plan.id : undefined;
  const next: Record<string, unknown> = { ...value };
  for (const table of FILE_TABLES) {
    if (!(table in value)) continue;
    const listed = value[table];
    if (!isRecord(listed) || !('columns' in listed) || !('rows' in listed)) {
      return refuse(
        [table],
        `expected a table of columns and rows ({"columns": […], "rows": […]}); found ${describeFound(listed)}`,
      );
    }
    const records = recordsOf(table, listed, planId);
    if (!records.ok) return records;
    next[table] = records.value;
  }
  return { ok: true, value: next };
}
