/**
 * The mapping step of a CSV import: which column holds each field, the values for fields the
 * file lacks, and a preview of the entries and of every row left out, by line.
 */
import { useId } from 'react';
import type { CsvFeedback } from '../../../../shared/domain/feedback-csv-rows';
import {
  FEEDBACK_CSV_FIELDS,
  FEEDBACK_CSV_FIELD_LABELS,
  type CsvMapping,
  type CsvTable,
  type FeedbackCsvField,
} from '../../../../shared/domain/feedback-csv';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { formatCount } from '../../../../shared/domain/region';
import { SelectField } from '../../ui/SelectField';

const PREVIEW_ROWS = 20;
const NOT_IN_FILE = '';

const FIELD_HINTS: Partial<Record<FeedbackCsvField, string>> = {
  date: 'Empty cells take the date below.',
  source: 'Interview, Survey, Support, Sales, Social media or Other.',
  sentiment: 'Positive, neutral, negative, or a 0–10 score (9–10 positive, 0–6 negative).',
};

export function ColumnMapping({
  table,
  mapping,
  onChange,
}: {
  table: CsvTable;
  mapping: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
}) {
  return (
    <fieldset className="csv-mapping">
      <legend>Columns</legend>
      {FEEDBACK_CSV_FIELDS.map((field) => (
        <SelectField
          key={field}
          label={`${FEEDBACK_CSV_FIELD_LABELS[field]} column`}
          value={mapping[field] === null ? NOT_IN_FILE : String(mapping[field])}
          hint={FIELD_HINTS[field]}
          onChange={(value) =>
            onChange({ ...mapping, [field]: value === NOT_IN_FILE ? null : Number(value) })
          }
        >
          <option value={NOT_IN_FILE}>
            {field === 'quote' ? 'Choose a column' : 'Not in the file'}
          </option>
          {table.headers.map((header, index) => (
            <option key={index} value={String(index)}>
              {header === '' ? `Column ${index + 1}` : header}
            </option>
          ))}
        </SelectField>
      ))}
    </fieldset>
  );
}

export function CsvPreview({ result }: { result: CsvFeedback }) {
  const ids = useId();
  const { entries, bad, empty } = result;
  return (
    <>
      {bad.length > 0 && (
        <section className="csv-problems" aria-labelledby={`${ids}-bad`}>
          <h3 id={`${ids}-bad`} className="detail-heading">
            {bad.length === 1
              ? '1 row cannot be imported'
              : `${formatCount(bad.length)} rows cannot be imported`}
          </h3>
          <ul className="report-list">
            {bad.slice(0, 100).map((problem) => (
              <li key={problem.line}>
                Line {problem.line}: {problem.reason}.
              </li>
            ))}
            {bad.length > 100 && <li>And {formatCount(bad.length - 100)} more.</li>}
          </ul>
        </section>
      )}
      {empty.length > 0 && (
        <p className="field-hint">
          {empty.length === 1 ? `Line ${empty[0]} has` : `${formatCount(empty.length)} rows have`}{' '}
          no quote and {empty.length === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      <section className="paste-preview" aria-labelledby={`${ids}-preview`}>
        <h3 id={`${ids}-preview`} className="detail-heading">
          Preview: {formatCount(entries.length)} {entries.length === 1 ? 'entry' : 'entries'}
        </h3>
        {entries.length > 0 && (
          <div className="paste-preview-table">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Quote</th>
                  <th scope="col">Date</th>
                  <th scope="col">Sentiment</th>
                </tr>
              </thead>
              <tbody>
                {entries.slice(0, PREVIEW_ROWS).map((entry) => (
                  <tr key={entry.line}>
                    <td className="num">{entry.line}</td>
                    <td>{entry.customer || <span className="muted">Not named</span>}</td>
                    <td className="quote-cell">{entry.quote}</td>
                    <td className="nowrap">
                      <time dateTime={entry.date}>{formatCalendarDate(entry.date)}</time>
                    </td>
                    <td>{entry.sentiment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {entries.length > PREVIEW_ROWS && (
              <p className="field-hint">And {formatCount(entries.length - PREVIEW_ROWS)} more.</p>
            )}
          </div>
        )}
      </section>
    </>
  );
}
