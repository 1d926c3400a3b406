/**
 * CSV rows (./feedback-csv.ts) as feedback entries, through the column mapping the user
 * chose: each row becomes an entry, is left out because it has no quote, or is refused with
 * its line and the reason (a date that is no date, a source or sentiment the app does not
 * know, text too long). Dates are read as ISO or in the region's order (3/1/2026 is 1 March
 * in the US, 3 January in Britain), except where the writing settles it (dots are day first,
 * 13/1 can only be a day); any time of day is dropped; a sentiment may be a word or a
 * 0–10 recommendation score, read as NPS reads it.
 */
import { isCalendarDate } from './calendar';
import type { CsvMapping, CsvTable, FeedbackCsvField } from './feedback-csv';
import { MAX_LABEL_LENGTH, MAX_SUMMARY_LENGTH } from './product';
import { parseRegionNumber } from './region';
import {
  FEEDBACK_SOURCES,
  FEEDBACK_SOURCE_LABELS,
  SENTIMENTS,
  type FeedbackSource,
  type Sentiment,
} from './workspace';

export interface CsvDefaults {
  source: FeedbackSource;
  sentiment: Sentiment;
  /** YYYY-MM-DD, for rows whose date column is empty or not mapped. */
  date: string;
}

export interface CsvEntry {
  line: number;
  customer: string;
  quote: string;
  date: string;
  source: FeedbackSource;
  sentiment: Sentiment;
}

export interface CsvRowProblem {
  line: number;
  reason: string;
}

export interface CsvFeedback {
  entries: CsvEntry[];
  /** Rows refused: shown with their line, never imported. */
  bad: CsvRowProblem[];
  /** Rows with no quote (a respondent who left the question blank): left out. */
  empty: number[];
}

/** Where day, month and year come in the region's numeric dates. */
function dateOrder(locale: string): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.UTC(2026, 2, 1)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => ['day', 'month', 'year'].includes(type));
  return order.length === 3 ? order : ['year', 'month', 'day'];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as survey tools write it, as YYYY-MM-DD; null if it is no real day. */
export function parseSurveyDate(raw: string, locale: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isCalendarDate(day) ? day : null;
  }
  const numeric = /^(\d{1,4})([./-])(\d{1,2})[./-](\d{1,4})\.?(?:[ ,T].*)?$/.exec(text);
  if (!numeric) return null;
  const values = [numeric[1], numeric[3], numeric[4]].map((part) => ({
    text: part ?? '',
    value: Number(part),
  }));
  const [first, second] = values as [{ value: number; text: string }, { value: number }];
  const order: readonly ('day' | 'month' | 'year')[] =
    // A four-digit first part is a year whatever the region (2026/03/01).
    first.text.length === 4
      ? ['year', 'month', 'day']
      : // Dots are written day first wherever they are used (01.03.2026); a first part
        // above 12 can only be a day, a second above 12 only a day after the month.
        numeric[2] === '.' || first.value > 12
        ? ['day', 'month', 'year']
        : second.value > 12
          ? ['month', 'day', 'year']
          : dateOrder(locale);
  const at = (what: 'day' | 'month' | 'year') => values[order.indexOf(what)];
  const yearPart = at('year');
  if (!yearPart || (yearPart.text.length !== 4 && yearPart.text.length !== 2)) return null;
  const year = yearPart.text.length === 2 ? 2000 + yearPart.value : yearPart.value;
  const day = `${year}-${pad(at('month')?.value ?? 0)}-${pad(at('day')?.value ?? 0)}`;
  return isCalendarDate(day) ? day : null;
}

const SENTIMENT_WORDS: Record<string, Sentiment> = {
  positive: 'positive',
  promoter: 'positive',
  neutral: 'neutral',
  passive: 'neutral',
  negative: 'negative',
  detractor: 'negative',
};

/** A sentiment word, or a 0–10 score: 9–10 positive, 7–8 neutral, 0–6 negative (NPS). */
export function parseSentiment(raw: string, locale: string): Sentiment | null {
  const word = SENTIMENT_WORDS[raw.trim().toLocaleLowerCase('en')];
  if (word) return word;
  const score = parseRegionNumber(raw, locale);
  if (typeof score !== 'number' || score < 0 || score > 10 || !Number.isInteger(score)) return null;
  return score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
}

export function parseSource(raw: string): FeedbackSource | null {
  const text = raw.trim().toLocaleLowerCase('en');
  return (
    FEEDBACK_SOURCES.find(
      (source) =>
        source === text || FEEDBACK_SOURCE_LABELS[source].toLocaleLowerCase('en') === text,
    ) ?? null
  );
}

const shown = (text: string) => (text.length > 30 ? `“${text.slice(0, 30)}…”` : `“${text}”`);

/** The rows as entries, or why each bad one is refused. */
export function feedbackFromCsv(
  table: CsvTable,
  mapping: CsvMapping,
  defaults: CsvDefaults,
  locale: string,
): CsvFeedback {
  const result: CsvFeedback = { entries: [], bad: [], empty: [] };
  const cell = (cells: string[], field: FeedbackCsvField) => {
    const index = mapping[field];
    return index === null ? '' : (cells[index] ?? '');
  };
  for (const { line, cells } of table.rows) {
    const quote = cell(cells, 'quote').trim();
    if (quote === '') {
      result.empty.push(line);
      continue;
    }
    const refuse = (reason: string) => result.bad.push({ line, reason });
    if (quote.length > MAX_SUMMARY_LENGTH) {
      refuse(`the quote is longer than ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters`);
      continue;
    }
    const customer = cell(cells, 'customer').replace(/\s+/g, ' ').trim();
    if (customer.length > MAX_LABEL_LENGTH) {
      refuse(`the customer is longer than ${MAX_LABEL_LENGTH} characters`);
      continue;
    }
    const dateText = cell(cells, 'date').trim();
    const date = dateText === '' ? defaults.date : parseSurveyDate(dateText, locale);
    if (date === null) {
      refuse(`${shown(dateText)} is not a date (write it as 2026-03-01, or as your region does)`);
      continue;
    }
    const sourceText = cell(cells, 'source').trim();
    const source = sourceText === '' ? defaults.source : parseSource(sourceText);
    if (source === null) {
      refuse(
        `${shown(sourceText)} is not a source; use ${FEEDBACK_SOURCES.map((s) => FEEDBACK_SOURCE_LABELS[s]).join(', ')}`,
      );
      continue;
    }
    const sentimentText = cell(cells, 'sentiment').trim();
    const sentiment =
      sentimentText === '' ? defaults.sentiment : parseSentiment(sentimentText, locale);
    if (sentiment === null) {
      refuse(
        `${shown(sentimentText)} is not a sentiment; use ${SENTIMENTS.join(', ')} or a score from 0 to 10`,
      );
      continue;
    }
    result.entries.push({ line, customer, quote, date, source, sentiment });
  }
  return result;
}
