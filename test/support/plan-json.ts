/**
 * Plan files as tests read and write them: the records of a file (tables as lists of records,
 * as the app holds them) from its text, and text in the file's layout of columns and rows
 * from records, so a test can change one field the way a hand edit or another tool would.
 */
import { fromDiskShape } from '../../shared/plan-file/disk-shape';
import { columnsOf, FILE_TABLES } from '../../shared/plan-file/file-layout';

export type PlanJson = Record<string, unknown>;

/** The file's JSON with its tables as records (each with its plan's id). */
export function planRecords(text: string): PlanJson {
  const result = fromDiskShape(JSON.parse(text));
  if (!result.ok) throw new Error(result.problem.message);
  return result.value as PlanJson;
}

/** A plan as JSON with its tables as records, written in the layout of a version 3 file. */
export function diskText(json: Record<string, unknown>): string {
  const disk: Record<string, unknown> = { ...json };
  for (const table of FILE_TABLES) {
    const records = json[table];
    if (!Array.isArray(records)) continue;
    const all = records as Record<string, unknown>[];
    // A column no record has is left out, so a test can drop one from every record.
    const columns = columnsOf(table).filter((c) => all.length === 0 || all.some((r) => c in r));
    for (const record of all) {
      for (const key of Object.keys(record)) {
        if (key !== 'planId' && !columns.includes(key)) columns.push(key);
      }
    }
    const rows = all.map((record) => columns.map((column) => record[column]));
    disk[table] = { columns, rows };
  }
  return JSON.stringify(disk);
}
