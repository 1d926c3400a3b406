import { describe, expect, it } from 'vitest';
import {
  BACKLOG_CSV_HEADER,
  CSV_HEADER,
  backlogToCsv,
  csvCell,
  productsToCsv,
} from '../../../shared/plan-file/export-csv';
import { buildPlanFile } from '../../../shared/plan-file/serialize';
import {
  makeBacklogItem,
  makeFeedback,
  makeFullPlanFile,
  makePlanFile,
  makeProduct,
} from './factories';

/** A small RFC 4180 reader, to check what a spreadsheet would see in each cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
  ])('quotes %j as RFC 4180 says', (raw, cell) => {
    expect(csvCell(raw)).toBe(cell);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['a=1', 'a=1'],
  ])('neutralises %j so a spreadsheet shows it as text', (raw, cell) => {
    expect(csvCell(raw)).toBe(cell);
  });

  // Spreadsheets trim leading white space and invisible characters before they look for a
  // formula, so a trigger after them is a formula too (OWASP, CSV injection).
  it.each([
    ['a space', ' =1+1'],
    ['spaces', '   +1 555 0100'],
    ['a tab', '\t-2+3'],
    ['a line feed', '\n@SUM(A1)'],
    ['CR LF', '\r\n=1+1'],
    ['a no-break space', '\u00a0=1+1'],
    ['a narrow no-break space', '\u202f=1+1'],
    ['an ideographic space', '\u3000=1+1'],
    ['a zero-width space', '\u200b=1+1'],
    ['a byte-order mark', '\ufeff=1+1'],
    ['a left-to-right mark', '\u200e=1+1'],
    ['a NUL', '\u0000=1+1'],
    ['a vertical tab and a form feed', '\u000b\u000c=1+1'],
    ['mixed white space', ' \t\u00a0 \u200b=HYPERLINK("http://evil.example")'],
    ['a full-width equals sign', '\uff1d1+1'],
    ['a space and a full-width plus sign', ' \uff0b1'],
  ])('neutralises a formula after %s', (_what, raw) => {
    const cell = csvCell(raw);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${raw}`);
  });

  it.each([
    ['text with a space first', ' plain text'],
    ['a sign inside the text', 'Revenue = price × volume'],
    ['a number', '1200'],
    ['a dash later on', 'Q1 - Q2'],
    ['white space only', ' \u00a0 '],
    ['an email address', 'ana@example.com'],
  ])('leaves %s as it is', (_what, raw) => {
    expect(csvCell(raw)).toBe(raw);
  });
});

describe('productsToCsv', () => {
  const file = buildPlanFile({
    ...makePlanFile(),
    products: [
      makeProduct({
        id: 'p-1',
        name: '=cmd|"/c calc"!A1',
        owner: 'Sofía Herrera',
        tags: ['B2B', 'web'],
        summary: 'Line one,\nline "two"',
        stage: 'growth',
        stageHistory: [{ stage: 'growth', enteredAt: '2026-02-14T23:30:00.000Z' }],
        archived: true,
      }),
      makeProduct({ id: 'p-2', name: 'Idea', stage: 'ideation', stageHistory: [] }),
    ],
    checklistItems: [],
    milestones: [],
  });

  it('has a header and one row per product, in board order, with CRLF line ends', () => {
    const text = productsToCsv(file, { byteOrderMark: false });
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      'Idea',
      'Ideation',
      'Amara Okafor',
      'mobile; AI',
      'Snap a receipt, get an expense.',
      'no',
      '2026-01-10',
      '2026-01-10',
      '2026-03-01',
    ]);
    expect(rows[2]).toEqual([
      '\'=cmd|"/c calc"!A1',
      'Growth',
      'Sofía Herrera',
      'B2B; web',
      'Line one,\nline "two"',
      'yes',
      '2026-02-14',
      '2026-01-10',
      '2026-03-01',
    ]);
  });

  it('starts with a byte-order mark so Excel reads UTF-8, unless asked not to', () => {
    expect(productsToCsv(file).startsWith('\uFEFFName,Stage,')).toBe(true);
    expect(productsToCsv(file, { byteOrderMark: false }).startsWith('Name,Stage,')).toBe(true);
  });
});

describe('backlogToCsv', () => {
  const full = makeFullPlanFile();
  const rowsOf = (file: typeof full) => readCsv(backlogToCsv(file, { byteOrderMark: false }));

  it('has a header and one row per backlog item, products in board order', () => {
    expect(rowsOf(full)).toEqual([
      [
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
      ],
      ['Team Budgets', 'Ideation', 'Budget alerts', 'Idea', '', '', '', '', '', '', '0', '0'],
      [
        'Receipt Scanner',
        'Development',
        'Scan multi-page receipts',
        'Planned',
        'Must have',
        '1200',
        '2',
        '80',
        '3',
        '640',
        '1',
        '1',
      ],
    ]);
  });

  it('lists each product’s items in the backlog’s manual order', () => {
    const file = buildPlanFile({
      ...full,
      backlogItems: [
        makeBacklogItem({ id: 'f-a', rank: 'b', title: 'Second' }),
        makeBacklogItem({ id: 'f-b', rank: 'a', title: 'First' }),
        makeBacklogItem({ id: 'f-c', rank: 'c', title: 'Third' }),
      ],
      feedback: [],
    });
    expect(rowsOf(file).map((row) => row[2])).toEqual(['Title', 'First', 'Second', 'Third']);
  });

  it('counts linked feedback and the distinct named customers behind it', () => {
    const file = buildPlanFile({
      ...full,
      feedback: [
        makeFeedback({ id: 'fb-1', customer: 'Acme Corp' }),
        makeFeedback({ id: 'fb-2', customer: ' acme  CORP' }),
        makeFeedback({ id: 'fb-3', customer: 'Globex' }),
        makeFeedback({ id: 'fb-4', customer: '' }),
        makeFeedback({ id: 'fb-5', customer: 'Initech', backlogItemId: null }),
      ],
    });
    expect(rowsOf(file)[2]?.slice(-2)).toEqual(['4', '2']);
  });

  it('writes numbers as a spreadsheet reads them: no thousands separators, scores to two decimals', () => {
    const file = buildPlanFile({
      ...full,
      backlogItems: [
        makeBacklogItem({ reach: 1_000_000, impact: 0.25, confidence: 33, effort: 7 }),
        makeBacklogItem({
          id: 'f-2',
          rank: 'b',
          reach: 0,
          impact: 3,
          confidence: 100,
          effort: 0.5,
        }),
      ],
    });
    const rows = rowsOf(file);
    expect(rows[1]?.slice(5, 10)).toEqual(['1000000', '0.25', '33', '7', '11785.71']);
    expect(rows[2]?.slice(5, 10)).toEqual(['0', '3', '100', '0.5', '0']);
  });

  it('quotes as RFC 4180 says and neutralises formulas in every text cell', () => {
    const file = buildPlanFile({
      ...full,
      products: full.products.map((p) => (p.id === 'p-1' ? { ...p, name: '@Receipts, "pro"' } : p)),
      backlogItems: [makeBacklogItem({ title: '=HYPERLINK("http://evil.example","x")' })],
    });
    const text = backlogToCsv(file, { byteOrderMark: false });
    expect(text).toContain(
      `"'@Receipts, ""pro""",Development,"'=HYPERLINK(""http://evil.example"",""x"")",Planned,`,
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)[1]?.slice(0, 3)).toEqual([
      `'@Receipts, "pro"`,
      'Development',
      `'=HYPERLINK("http://evil.example","x")`,
    ]);
  });

  it('starts with a byte-order mark so Excel reads UTF-8, unless asked not to', () => {
    expect(backlogToCsv(full).startsWith('\uFEFFProduct,Stage,')).toBe(true);
    expect(backlogToCsv(makePlanFile(), { byteOrderMark: false })).toBe(
      `${BACKLOG_CSV_HEADER.join(',')}\r\n`,
    );
  });
});

describe('CSV for the region’s spreadsheets', () => {
  it('separates cells with semicolons and writes a decimal comma where the region does', () => {
    const file = makeFullPlanFile();
    const halves = makeFullPlanFile({
      backlogItems: [makeBacklogItem({ reach: 1250, impact: 0.5, confidence: 80, effort: 1.5 })],
    });
    const german = backlogToCsv(halves, { byteOrderMark: false, locale: 'de-DE' });
    const [header, row] = german.split('\r\n');
    expect(header?.startsWith('Product;Stage;Title;Status;')).toBe(true);
    // 1250 × 0.5 × 80% ÷ 1.5 = 333.33, each number as a German spreadsheet reads it.
    expect(row).toContain(';1250;0,5;80;1,5;333,33;');
    // A cell holding the separator is quoted, so it stays one cell.
    const semicolon = makeFullPlanFile({
      products: file.products.map((p) => ({ ...p, name: `${p.name}; beta` })),
    });
    expect(backlogToCsv(semicolon, { byteOrderMark: false, locale: 'de-DE' })).toContain(
      '"Receipt Scanner; beta";',
    );
  });

  it('keeps commas and a decimal point for regions that write numbers so', () => {
    const file = makeFullPlanFile();
    expect(backlogToCsv(file, { byteOrderMark: false, locale: 'en-US' })).toBe(
      backlogToCsv(file, { byteOrderMark: false }),
    );
  });
});
