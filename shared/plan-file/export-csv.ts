/**
 * The product list and the backlog as CSV for people without the app, to open in a
 * spreadsheet.
 *
 * Written by hand rather than with a CSV library: writing (not parsing) RFC 4180 is a dozen
 * lines, and the part that matters most here, neutralising formulas, is ours to get right.
 * Rules: a field holding a comma, double quote, CR or LF is quoted, quotes doubled; rows end
 * in CRLF; any cell beginning with `=`, `+`, `-`, `@`, tab or CR (the OWASP list) gets a
 * leading apostrophe so a spreadsheet shows it as text instead of running it as a formula.
 * So does a cell whose first such character comes after white space or invisible characters
 * (" =1+1", NBSP, LF, a zero-width space): spreadsheets trim those before reading a formula.
 * The file starts with a UTF-8 byte-order mark because Excel otherwise reads it in the
 * machine's legacy code page and garbles every accented name.
 */
import { backingByBacklogItem, backingOf, type Backing } from '../domain/backlog';
import { STAGES, STAGE_LABELS } from '../domain/lifecycle';
import { compareByRank, enteredCurrentStageAt, sortByRank } from '../domain/moves';
import type { Product } from '../domain/product';
import { riceScore } from '../domain/rice';
import { BACKLOG_STATUS_LABELS, MOSCOW_LABELS, type BacklogItem } from '../domain/workspace';
import type { PlanFile } from './types';
import { numberSymbols } from '../domain/region';

export const CSV_HEADER = [
  'Name',
  'Stage',
  'Owner',
  'Tags',
  'Summary',
  'Archived',
  'In stage since',
  'Created',
  'Updated',
] as const;

/**
 * A formula trigger, after any run of white space (which in JavaScript includes NBSP, the
 * Unicode spaces, LF and the byte-order mark), control characters or invisible format
 * characters (zero-width space, direction marks). Full-width `＝＋－＠` count too: some
 * spreadsheets read them as their ASCII forms.
 */
const FORMULA_START = /^[\t\r]|^[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;
const NEEDS_QUOTES = { ',': /[",\r\n]/, ';': /[";\r\n]/ } as const;

/**
 * One cell: neutralised if a spreadsheet would run it, then quoted if RFC 4180 needs it (it
 * holds a quote, a line break or the separator).
 */
export function csvCell(raw: string, separator: ',' | ';' = ','): string {
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * How a region's spreadsheets read CSV: where numbers are written with a decimal comma
 * (Germany, France), Excel expects cells separated by semicolons and reads "0,5" as a half;
 * elsewhere commas and "0.5". Dates stay ISO, which spreadsheets read in every region.
 */
function csvDialect(locale: string | undefined): { separator: ',' | ';'; decimal: string } {
  if (locale === undefined) return { separator: ',', decimal: '.' };
  return numberSymbols(locale).decimal === ','
    ? { separator: ';', decimal: ',' }
    : { separator: ',', decimal: '.' };
}

/** The date part of an ISO timestamp (UTC), which spreadsheets read as a date. */
function day(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

/** Board order: stage by stage, archived products after the others, then by rank. */
export function productsInBoardOrder(products: readonly Product[]): Product[] {
  return [...products].sort(
    (a, b) =>
      STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
      Number(a.archived) - Number(b.archived) ||
      compareByRank(a, b),
  );
}

function productRow(product: Product): string[] {
  return [
    product.name,
    STAGE_LABELS[product.stage],
    product.owner,
    product.tags.join('; '),
    product.summary,
    product.archived ? 'yes' : 'no',
    day(enteredCurrentStageAt(product)),
    day(product.createdAt),
    day(product.updatedAt),
  ];
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (for Excel); on unless turned off. */
  byteOrderMark?: boolean;
  /** The region whose spreadsheets will open the file (see csvDialect). */
  locale?: string;
}

function toCsv(rows: readonly (readonly string[])[], options: CsvOptions): string {
  const { separator } = csvDialect(options.locale);
  const body = rows
    .map((row) => `${row.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`)
    .join('');
  return (options.byteOrderMark ?? true) ? `\uFEFF${body}` : body;
}

export function productsToCsv(file: PlanFile, options: CsvOptions = {}): string {
  return toCsv([[...CSV_HEADER], ...productsInBoardOrder(file.products).map(productRow)], options);
}

export const BACKLOG_CSV_HEADER = [
  'Product',
  'Stage',
  'Title',
  'Status',
  'MoSCoW',
  'Reach',
  'Impact',
  'Confidence (%)',
  'Effort (person-months)',
  'RICE score',
  'Feedback',
  'Customers',
] as const;

/**
 * A number as a spreadsheet reads it: no thousands separators (a comma would split or quote
 * the cell), at most two decimals for the score. Blank when not estimated yet.
 */
function numberCell(value: number | null, decimal: string, decimals?: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  const rounded = decimals === undefined ? value : Number(value.toFixed(decimals));
  return String(rounded === 0 ? 0 : rounded).replace('.', decimal);
}

function backlogRow(
  product: Product,
  backlogItem: BacklogItem,
  backing: Backing,
  decimal: string,
): string[] {
  return [
    product.name,
    STAGE_LABELS[product.stage],
    backlogItem.title,
    BACKLOG_STATUS_LABELS[backlogItem.status],
    backlogItem.moscow === null ? '' : MOSCOW_LABELS[backlogItem.moscow],
    numberCell(backlogItem.reach, decimal),
    numberCell(backlogItem.impact, decimal),
    numberCell(backlogItem.confidence, decimal),
    numberCell(backlogItem.effort, decimal),
    numberCell(riceScore(backlogItem), decimal, 2),
    String(backing.entries),
    String(backing.customers),
  ];
}

/**
 * One row per backlog item: products in board order, each product's items in the backlog's
 * manual order. "Feedback" counts the entries linked to the item, "Customers" the distinct
 * named customers among them (as the backlog table counts them).
 */
export function backlogToCsv(file: PlanFile, options: CsvOptions = {}): string {
  const backing = backingByBacklogItem(file.feedback);
  const byProduct = new Map<string, BacklogItem[]>();
  for (const backlogItem of file.backlogItems) {
    const list = byProduct.get(backlogItem.productId);
    if (list) list.push(backlogItem);
    else byProduct.set(backlogItem.productId, [backlogItem]);
  }
  const rows = productsInBoardOrder(file.products).flatMap((product) =>
    sortByRank(byProduct.get(product.id) ?? []).map((backlogItem) =>
      backlogRow(
        product,
        backlogItem,
        backingOf(backing, backlogItem.id),
        csvDialect(options.locale).decimal,
      ),
    ),
  );
  return toCsv([[...BACKLOG_CSV_HEADER], ...rows], options);
}
