/**
 * Feedback from a CSV file (a survey tool's export, a spreadsheet): the file read into rows
 * with the line each starts on, and a first guess at which column holds what. Reading is
 * papaparse's: quoted commas and line breaks, doubled quotes, a byte-order mark, and the
 * separator guessed among comma, semicolon (European spreadsheets), tab and bar. Turning rows
 * into feedback entries is ./feedback-csv-rows.ts.
 */
import Papa from 'papaparse';

/** More rows than this is not a survey of one product's customers; it is refused up front. */
export const MAX_CSV_ROWS = 20_000;

export interface CsvRow {
  /** The line of the file the row starts on (1 is the first), as a text editor counts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /** The separator found: "," or ";" or a tab. */
  separator: string;
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; message: string };

const SEPARATOR_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'bars',
};

export function separatorName(separator: string): string {
  return SEPARATOR_NAMES[separator] ?? `“${separator}”`;
}

/** Reads CSV text into a header row and data rows; blank rows are left out. */
export function readCsv(text: string): CsvRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Where each line starts, to turn a row's offset into the line a person sees in an editor.
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const rows: CsvRow[] = [];
  let start = 0;
  let separator = ',';
  let quoteProblem: number | null = null;
  let tooMany = false;
  Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (result, parser) => {
      separator = result.meta.delimiter;
      if (result.errors.some((e) => e.type === 'Quotes') && quoteProblem === null) {
        quoteProblem = lineAt(start);
      }
      const cells = result.data;
      if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: lineAt(start), cells });
      start = result.meta.cursor;
      if (rows.length > MAX_CSV_ROWS + 1) {
        tooMany = true;
        parser.abort();
      }
    },
  });
  if (quoteProblem !== null) {
    return {
      ok: false,
      message: `Line ${quoteProblem}: a quoted cell is never closed, so the rows after it cannot be told apart. Fix the quotes in the file and choose it again.`,
    };
  }
  if (tooMany) {
    return {
      ok: false,
      message: `The file has more than ${MAX_CSV_ROWS.toLocaleString('en')} rows; split it and import the parts.`,
    };
  }
  const [header, ...data] = rows;
  if (!header) return { ok: false, message: 'The file holds no rows.' };
  if (data.length === 0) {
    return { ok: false, message: 'The file has a header row but no rows of feedback under it.' };
  }
  return {
    ok: true,
    table: { headers: header.cells.map((cell) => cell.trim()), rows: data, separator },
  };
}

export const FEEDBACK_CSV_FIELDS = ['quote', 'customer', 'date', 'source', 'sentiment'] as const;
export type FeedbackCsvField = (typeof FEEDBACK_CSV_FIELDS)[number];
/** The column each field is read from, by index, or null when it is not in the file. */
export type CsvMapping = Record<FeedbackCsvField, number | null>;

export const FEEDBACK_CSV_FIELD_LABELS: Record<FeedbackCsvField, string> = {
  quote: 'Quote',
  customer: 'Customer',
  date: 'Date',
  source: 'Source',
  sentiment: 'Sentiment',
};

/** Header words survey tools use for each field, most telling first. */
const HEADER_HINTS: Record<FeedbackCsvField, RegExp[]> = {
  quote: [
    /^(quote|feedback|comments?|verbatim|answer|response)$/i,
    /feedback|comment|quote|verbatim|why|what|suggest|improve|tell us|message|text|answer|response/i,
  ],
  customer: [
    /^(customer|name|company|respondent)$/i,
    /customer|company|name|e-?mail|respondent|account/i,
  ],
  date: [/^(date|submitted( at)?|timestamp)$/i, /date|submitted|timestamp|created|time/i],
  source: [/^(source|channel)$/i, /source|channel/i],
  sentiment: [/^(sentiment|nps)$/i, /sentiment|nps|score|rating|recommend/i],
};

/** A first guess at the mapping from the header row; each column is used once at most. */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const used = new Set<number>();
  const mapping = {} as CsvMapping;
  for (const field of FEEDBACK_CSV_FIELDS) {
    mapping[field] = null;
    for (const hint of HEADER_HINTS[field]) {
      const index = headers.findIndex((header, i) => !used.has(i) && hint.test(header));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}
