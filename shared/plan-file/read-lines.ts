/**
 * Reading a version 3 plan file line by line, in the layout this app writes (./file-layout.ts):
 * each line is a small piece of JSON (the header, the plan, a table's columns, one row), so a
 * file of any size is read without ever holding its whole text as one string, which V8 caps
 * near 537 million characters and which would double the memory of a large import.
 *
 * Only the layout is recognised here, never judged: the moment a line is not what the layout
 * says comes next, the reader answers `other`, and the caller reads the file whole, where the
 * JSON, schema and integrity checks say what is wrong and where. A file that passes here is
 * the same JSON value the whole-text reader would build, so the same checks then run on it.
 */
import { FILE_TABLES, type FileTable } from './file-layout';

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

/** The reader's place in the layout: what the next line must be. */
type Expecting = 'header' | 'plan' | 'table' | 'row-or-end' | 'end-of-file' | 'nothing';

export class PlanLineReader {
  private expecting: Expecting = 'header';
  private readonly value: Record<string, unknown> = {};
  private rows: unknown[] = [];
  private lastRowHadComma = false;
  private failed = false;

  /** Takes the next line (without its "\n"); false once the file is not in the layout. */
  push(line: string): boolean {
    if (this.failed) return false;
    if (!this.take(line)) this.failed = true;
    return !this.failed;
  }

  /** The file as a JSON value, once the last line was read; `other` if it was not the layout. */
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
    if (!isFileTable(name) || name in this.value || !Array.isArray(columns)) return false;
    this.rows = [];
    this.lastRowHadComma = false;
    this.value[name] = { columns, rows: this.rows };
    if (rest === '') this.expecting = 'row-or-end';
    else this.expecting = rest === ']},' ? 'table' : 'end-of-file';
    return true;
  }

  /** `[…],` or the last row `[…]`, then `]},` (another table follows) or `]}}` (the end). */
  private rowOrEnd(line: string): boolean {
    const end = TABLE_END.exec(line);
    if (end) {
      // A table's rows are never empty here (an empty table is written on its head's line).
      if (this.rows.length === 0 || this.lastRowHadComma) return false;
      this.expecting = end[1] === ',' ? 'table' : 'end-of-file';
      return true;
    }
    if (this.rows.length > 0 && !this.lastRowHadComma) return false;
    this.lastRowHadComma = line.endsWith(',');
    const row = parsed(this.lastRowHadComma ? line.slice(0, -1) : line);
    if (!Array.isArray(row)) return false;
    this.rows.push(row);
    return true;
  }
}
