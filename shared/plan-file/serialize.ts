/**
 * Writing a plan file so that the same plan always gives the same bytes, whoever writes it
 * and in whatever order the database returned the rows: records sorted by id (compared as
 * plain strings, never by locale), one record per line in the layout of ./file-layout.ts,
 * columns and nested keys in schema order, fields the format does not define dropped, "\n"
 * line ends and a final newline, and no field that records when the file was written.
 * Byte-identical exports make a re-export after an import a no-op and let version control
 * and a colleague's diff show only real changes.
 *
 * The text is made as parts of about a megabyte each: a plan of a million records is
 * hundreds of megabytes, more than one string may hold, and a Blob or a file takes parts.
 */
import type { Deletion, Plan } from '../domain/product';
import { COPY_RECORD, copyDeletion, copyPlan } from '../records/copy';
import { PLAN_TABLES, type PlanRecords, type PlanTable } from '../records/registry';
import { columnsOf, FILE_TABLES, type FileTable } from './file-layout';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, type PlanFileTables } from './types';

export { copyDeletion, copyPlan, COPY_RECORD } from '../records/copy';

/** A plan and its records; a table left out counts as empty, a missing base as none. */
export type PlanParts = { plan: Plan; deletions: readonly Deletion[]; base?: string | null } & {
  [T in PlanTable]?: readonly PlanRecords[T][];
};

/** Plain code-unit order: the same on every machine and locale. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortedCopies<T extends { id: string }>(records: readonly T[], copy: (r: T) => T): T[] {
  return records.map(copy).sort(compareIds);
}

function copyTable<T extends PlanTable>(table: T, records: readonly PlanRecords[T][] = []) {
  return sortedCopies(records, COPY_RECORD[table] as (r: PlanRecords[T]) => PlanRecords[T]);
}

/**
 * A table's records as a plan file holds them: copied to the file's shape, sorted by id. A
 * reader of a large plan copies each table as it arrives, then builds the file with
 * `canonical`, so the rows as read and their copies are never all held at once.
 */
export function canonicalRecords<T extends PlanTable>(
  table: T,
  records: readonly PlanRecords[T][],
): PlanRecords[T][] {
  return copyTable(table, records);
}

/**
 * A plan file from a plan and its records, in canonical order. With `canonical`, the tables
 * are canonicalRecords' already and are taken as they are.
 */
export function buildPlanFile(parts: PlanParts, { canonical = false } = {}): PlanFile {
  const tables = {} as Record<PlanTable, unknown>;
  for (const table of PLAN_TABLES) {
    tables[table] = canonical ? (parts[table] ?? []) : copyTable(table, parts[table]);
  }
  return {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    base: parts.base ?? null,
    plan: copyPlan(parts.plan),
    ...(tables as PlanFileTables),
    deletions: sortedCopies(parts.deletions, copyDeletion),
  };
}

/** Characters per part: large enough that joining costs nothing, small enough to stream. */
const PART_SIZE = 1 << 20;

/** Each record of a file table as the canonical copy buildPlanFile would hold. */
function copierOf(table: FileTable): (record: never) => unknown {
  return table === 'deletions' ? copyDeletion : COPY_RECORD[table];
}

/**
 * The file's text in parts, canonical whatever order `file` is in, made as they are asked
 * for: records are sorted by reference and copied one at a time as their line is written, so
 * no canonical copy of the whole plan is ever held, and a caller that lets each part go
 * (a hash, a Blob, a compressor) holds one part of the text at a time.
 */
export function* planFileChunks(file: PlanFile): Generator<string> {
  let part =
    `{"format":${JSON.stringify(PLAN_FILE_FORMAT)},"version":${PLAN_FILE_VERSION},` +
    `"base":${JSON.stringify(file.base ?? null)},\n"plan":${JSON.stringify(copyPlan(file.plan))},\n`;
  for (const [t, table] of FILE_TABLES.entries()) {
    const columns = columnsOf(table);
    const copy = copierOf(table);
    const records = [...(file[table] as readonly { id: string }[])].sort(compareIds);
    const close = t === FILE_TABLES.length - 1 ? ']}}\n' : ']},\n';
    part += `${JSON.stringify(table)}:{"columns":${JSON.stringify(columns)},"rows":[`;
    if (records.length > 0) part += '\n';
    for (const [r, record] of records.entries()) {
      const canonical = copy(record as never) as Record<string, unknown>;
      part += JSON.stringify(columns.map((column) => canonical[column]));
      part += r < records.length - 1 ? ',\n' : '\n';
      if (part.length >= PART_SIZE) {
        yield part;
        part = '';
      }
    }
    part += close;
  }
  yield part;
}

/** The file's text in parts, canonical whatever order `file` is in. */
export function planFileParts(file: PlanFile): string[] {
  return [...planFileChunks(file)];
}

/** The file's text as one string, for plans that fit in one (tests, small backups). */
export function serializePlanFile(file: PlanFile): string {
  return planFileParts(file).join('');
}
