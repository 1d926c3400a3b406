/**
 * Feedback from CSV exports as survey tools and spreadsheets write them: a byte-order mark,
 * quoted commas and line breaks, semicolons from European Excel, blank rows, dates in the
 * region's order, NPS scores. Bad rows are named by the line they start on.
 */
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/domain/csv-text';
import { guessMapping, readCsv, type CsvTable } from '../../../shared/domain/feedback-csv';
import {
  feedbackFromCsv,
  parseSentiment,
  parseSurveyDate,
  type CsvDefaults,
} from '../../../shared/domain/feedback-csv-rows';

const defaults: CsvDefaults = { source: 'survey', sentiment: 'neutral', date: '2026-03-10' };

function table(text: string): CsvTable {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.message);
  return read.table;
}

const TYPEFORM = [
  '\uFEFF#,What could we do better?,How likely are you to recommend us? (0-10),Name,Submitted At',
  'a1,"Exports time out, every Monday",3,Acme Corp,2026-03-01 09:12:33',
  'a2,"I love it.',
  'But the ""Close month"" button hides.",9,Globex,2026-03-02 17:40:01',
  'a3,,8,Initech,2026-03-02 18:00:00',
  '',
  'a4,Fine,10,,2026-03-03 08:00:00',
  '',
].join('\r\n');

describe('a survey tool’s export (comma, BOM, quoted line breaks, NPS)', () => {
  const csv = table(TYPEFORM);
  const mapping = guessMapping(csv.headers);

  it('finds the columns from the header', () => {
    expect(csv.separator).toBe(',');
    expect(csv.headers[0]).toBe('#');
    expect(mapping).toEqual({ quote: 1, customer: 3, date: 4, source: null, sentiment: 2 });
  });

  it('turns each answer into an entry, names rows by the line they start on, skips blanks', () => {
    const result = feedbackFromCsv(csv, mapping, defaults, 'en-US');
    expect(result.entries).toEqual([
      {
        line: 2,
        customer: 'Acme Corp',
        quote: 'Exports time out, every Monday',
        date: '2026-03-01',
        source: 'survey',
        sentiment: 'negative',
      },
      {
        line: 3,
        customer: 'Globex',
        quote: 'I love it.\r\nBut the "Close month" button hides.',
        date: '2026-03-02',
        source: 'survey',
        sentiment: 'positive',
      },
      expect.objectContaining({ line: 7, customer: '', quote: 'Fine', sentiment: 'positive' }),
    ]);
    expect(result.empty).toEqual([5]);
    expect(result.bad).toEqual([]);
  });
});

const EUROPEAN_EXCEL = [
  'Kunde;Feedback;Datum;Quelle;Stimmung',
  'Müller GmbH;"Zu teuer; bitte Rabatt";01.03.2026;Sales;negative',
  ';;;;',
  'Schmidt & Co;Gute Berichte;2.3.2026;support;positive',
  'Weber AG;Unklar;31.02.2026;Survey;neutral',
  'Becker;Schnell;03.03.2026;Fax;neutral',
  'Wagner;Nett;04.03.2026;;vielleicht',
].join('\r\n');

describe('a European spreadsheet (semicolons, day-first dates)', () => {
  const csv = table(EUROPEAN_EXCEL);

  it('reads semicolon-separated cells, quoted semicolons kept in the cell', () => {
    expect(csv.separator).toBe(';');
    expect(csv.rows[0]?.cells[1]).toBe('Zu teuer; bitte Rabatt');
    // The row of nothing but separators is a blank row.
    expect(csv.rows.map((row) => row.line)).toEqual([2, 4, 5, 6, 7]);
  });

  it('imports good rows and lists each bad one with its line and reason', () => {
    const mapping = { quote: 1, customer: 0, date: 2, source: 3, sentiment: 4 };
    const result = feedbackFromCsv(csv, mapping, defaults, 'de-DE');
    expect(result.entries.map((e) => [e.line, e.customer, e.date, e.source, e.sentiment])).toEqual([
      [2, 'Müller GmbH', '2026-03-01', 'sales', 'negative'],
      [4, 'Schmidt & Co', '2026-03-02', 'support', 'positive'],
    ]);
    expect(result.bad).toEqual([
      { line: 5, reason: expect.stringMatching(/^“31\.02\.2026” is not a date/) },
      { line: 6, reason: expect.stringMatching(/^“Fax” is not a source; use Interview, Survey/) },
      { line: 7, reason: expect.stringMatching(/^“vielleicht” is not a sentiment/) },
    ]);
  });
});

describe('refused files', () => {
  it.each([
    [
      'an unclosed quote',
      'Name,Quote\nAna,"never closed\nBob,Fine\n',
      /^Line 2: a quoted cell is never closed/,
    ],
    ['a header and nothing else', 'Name,Quote\r\n\r\n', /no rows of feedback/],
    ['nothing at all', '\uFEFF\r\n  \r\n', /no rows/],
  ])('refuses %s, saying why', (_what, text, message) => {
    const read = readCsv(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});

describe('dates and sentiments as exports write them', () => {
  it.each([
    ['2026-03-01', 'en-US', '2026-03-01'],
    ['2026-03-01T09:12:33Z', 'de-DE', '2026-03-01'],
    ['3/1/2026 9:12:33', 'en-US', '2026-03-01'],
    ['3/1/2026', 'en-GB', '2026-01-03'],
    ['01.03.2026', 'de-DE', '2026-03-01'],
    ['01/03/26', 'fr-FR', '2026-03-01'],
    ['1-3-2026', 'en-IN', '2026-03-01'],
    ['2026/03/01', 'en-US', '2026-03-01'],
    ['01.03.2026', 'en-US', '2026-03-01'],
    ['13/1/2026', 'en-US', '2026-01-13'],
    ['1/13/2026', 'en-GB', '2026-01-13'],
    ['2/30/2026', 'en-US', null],
    ['13/13/2026', 'en-GB', null],
    ['yesterday', 'en-US', null],
  ])('%s in %s is %s', (text, locale, expected) => {
    expect(parseSurveyDate(text, locale)).toBe(expected);
  });

  it.each([
    ['Positive', 'positive'],
    ['detractor', 'negative'],
    ['10', 'positive'],
    ['7', 'neutral'],
    ['0', 'negative'],
    ['11', null],
    ['4.5', null],
    ['meh', null],
  ])('%s reads as %s', (text, expected) => {
    expect(parseSentiment(text, 'en-US')).toBe(expected);
  });
});

describe('the bytes of a CSV file', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('reads UTF-8 with or without a byte-order mark', () => {
    // The mark says "UTF-8"; it is no part of the first header.
    expect(decodeCsvBytes(encode('\uFEFFName\r\nZoë'))).toEqual({
      text: 'Name\r\nZoë',
      readAs: null,
    });
    expect(decodeCsvBytes(encode('Name\nZoë')).text).toBe('Name\nZoë');
  });

  it('reads UTF-16 with its mark, as Excel saves “Unicode text”', () => {
    const text = 'Name\tQuote\r\nZoë\tGut';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ text, readAs: null });
    expect(table(decodeCsvBytes(bytes).text).separator).toBe('\t');
  });

  it('reads an old Windows file as Windows-1252 and says so', () => {
    // "Müller;Prima" in Windows-1252: ü is the single byte 0xFC, which UTF-8 refuses.
    const bytes = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x50]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Müller;P', readAs: 'windows-1252' });
  });
});
