/**
 * Reading a version 3 plan file line by line, in the layout this app writes (./file-layout.ts):
 * each line is a small piece of JSON (the header, the plan, a table's columns, one row), so a
 * file of any size is read without ever holding its whole text as one string, which V8 caps
 * near 537 million characters and which would double the memory of a large import.
 *
 * Only the layout is recognised here, never judged: the moment a line is not what the layout
 * says comes next, the reader answers `other`, and the caller reads the file whole, where the
 * JSON, schema and integrity checks say what is wrong and where. A file that passes here is
 * the value the whole-text reader builds once its rows are records (./disk-shape.ts), so the
 * same checks then run on it. Rows become records as they are read, so a large file's rows
 * and records are never in memory together.
 */
import { columnsOf, FILE_TABLES, type FileTable } from './file-layout';

export type LinesResult = { kind: 'value'; value: Record<string, unknown> } | { kind: 'other' };

const OTHER: LinesResult = { kind: 'other' };
const TABLE_HEAD = /^"([A-Za-z]+)":\{"columns":(\[[^\]]*\]),"rows":\[(\]\},|\]\}\}|)$/;
const TABLE_END = /^\]\}(,|\})$/;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isFileTable(name: string): name is FileTable {
  return (FILE_TABLES as readonly string[]).includes(name);
}

/** Exactly the table's columns, in any order (anything else is for the checks to explain). */
function sameColumns(table: FileTable, columns: unknown): columns is string[] {
  const expected = columnsOf(table);
  return (
    Array.isArray(columns) &&
    columns.length === expected.length &&
    new Set(columns).size === columns.length &&
    columns.every((column) => typeof column === 'string' && expected.includes(column))
  );
}

/** The reader's place in the layout: what the next line must be. */
type Expecting = 'header' | 'plan' | 'table' | 'row-or-end' | 'end-of-file' | 'nothing';

export class PlanLineReader {
  private expecting: Expecting = 'header';
  private readonly value: Record<string, unknown> = {};
  private records: Record<string, unknown>[] = [];
  private columns: string[] = [];
  private lastRowHadComma = false;
  private failed = false;

  /** Takes the next line (without its "\n"); false once the file is not in the layout. */
  push(line: string): boolean {
    if (this.failed) return false;
    if (!this.take(line)) this.failed = true;
    return !this.failed;
  }

  /**
   * The file as a JSON value with its tables as records of the plan, once the last line was
   * read; `other` if it was not the layout.
   */
  finish(): LinesResult {
    if (this.failed || this.expecting !== 'nothing') return OTHER;
    return { kind: 'value', value: this.value };
  }

  private take(line: string): boolean {
    switch (this.expecting) {
      case 'header':
        return this.header(line);
      case 'plan':
        return this.plan(line);
      case 'table':
        return this.table(line);
      case 'row-or-end':
        return this.rowOrEnd(line);
      case 'end-of-file':
        // The final newline leaves one empty line; anything after it is not the layout.
        this.expecting = line === '' ? 'nothing' : 'end-of-file';
        return line === '';
      case 'nothing':
        return false;
    }
  }

  /** `{"format":"lifecycle-plan","version":3,"base":…,` */
  private header(line: string): boolean {
    if (!line.startsWith('{"format":') || !line.endsWith(',')) return false;
    const header = parsed(`${line.slice(0, -1)}}`);
    if (!isObject(header) || typeof header.version !== 'number' || header.version < 3) {
      return false;
    }
    Object.assign(this.value, header);
    this.expecting = 'plan';
    return true;
  }

  /** `"plan":{…},` */
  private plan(line: string): boolean {
    if (!line.startsWith('"plan":') || !line.endsWith(',')) return false;
    const holder = parsed(`{${line.slice(0, -1)}}`);
    if (!isObject(holder) || !isObject(holder.plan)) return false;
    this.value.plan = holder.plan;
    this.expecting = 'table';
    return true;
  }

  /** `"products":{"columns":[…],"rows":[` then rows, or an empty table on one line. */
  private table(line: string): boolean {
    const match = TABLE_HEAD.exec(line);
    if (!match) return false;
    const [, name = '', columnsText = '', rest = ''] = match;
    const columns = parsed(columnsText);
    if (!isFileTable(name) || name in this.value || !sameColumns(name, columns)) return false;
    this.columns = columns;
    this.records = [];
    this.lastRowHadComma = false;
    this.value[name] = this.records;
    if (rest === '') this.expecting = 'row-or-end';
    else this.expecting = rest === ']},' ? 'table' : 'end-of-file';
    return true;
  }

  /** `[…],` or the last row `[…]`, then `]},` (another table follows) or `]}}` (the end). */
  private rowOrEnd(line: string): boolean {
    const end = TABLE_END.exec(line);
    if (end) {
      // A table's rows are never empty here (an empty table is written on its head's line).
      if (this.records.length === 0 || this.lastRowHadComma) return false;
      this.expecting = end[1] === ',' ? 'table' : 'end-of-file';
      return true;
    }
    if (this.records.length > 0 && !this.lastRowHadComma) return false;
    this.lastRowHadComma = line.endsWith(',');
    const row = parsed(this.lastRowHadComma ? line.slice(0, -1) : line);
    if (!Array.isArray(row) || row.length !== this.columns.length) return false;
    const plan = this.value.plan as Record<string, unknown>;
    const record: Record<string, unknown> = { planId: plan.id };
    this.columns.forEach((column, c) => (record[column] = row[c]));
    this.records.push(record);
    return true;
  }
}
