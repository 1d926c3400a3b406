/**
 * Feedback from a CSV file (a survey tool's export, a spreadsheet): choose the file, map its
 * columns, check the preview and the rows left out, then add every good row as one step that
 * one undo takes back. Nothing is written before the user confirms, and then all or nothing.
 */
import '../backlog/backlog.css';
import './feedback.css';
import './csv-feedback.css';
import { FileUp } from 'lucide-react';
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { localCalendarDate, checkCalendarDateInput } from '../../../../shared/domain/calendar';
import { MAX_CSV_BYTES, decodeCsvBytes } from '../../../../shared/domain/csv-text';
import {
  guessMapping,
  readCsv,
  separatorName,
  type CsvMapping,
  type CsvTable,
} from '../../../../shared/domain/feedback-csv';
import { feedbackFromCsv } from '../../../../shared/domain/feedback-csv-rows';
import { displayRegion, formatCount } from '../../../../shared/domain/region';
import type { FeedbackSource, Sentiment } from '../../../../shared/domain/workspace';
import { TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { addFeedback } from '../backlog/backlog-commands';
import { ColumnMapping, CsvPreview } from './CsvMappingStep';
import { SentimentField, SourceField } from './feedback-fields';

interface Loaded {
  fileName: string;
  table: CsvTable;
  note: string | null;
}

async function load(file: File): Promise<Loaded | string> {
  if (file.size > MAX_CSV_BYTES) return `“${file.name}” is larger than 32 MB; split it first.`;
  const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const read = readCsv(decoded.text);
  if (!read.ok) return `Could not read “${file.name}”: ${read.message}`;
  return {
    fileName: file.name,
    table: read.table,
    note:
      decoded.readAs === 'windows-1252'
        ? 'The file is not UTF-8, so it was read as Windows-1252 (Western European). Check accented names in the preview.'
        : null,
  };
}

export function CsvFeedbackDialog({
  productId,
  onClose,
}: {
  productId: string;
  onClose: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [source, setSource] = useState<FeedbackSource>('survey');
  const [sentiment, setSentiment] = useState<Sentiment>('neutral');
  const [date, setDate] = useState(() => localCalendarDate(new Date()));
  const [saving, setSaving] = useState(false);
  const dateCheck = checkCalendarDateInput(date);
  const defaultDate = dateCheck.ok ? dateCheck.value : null;

  const result = useMemo(
    () =>
      loaded && mapping && mapping.quote !== null && defaultDate !== null
        ? feedbackFromCsv(
            loaded.table,
            mapping,
            { source, sentiment, date: defaultDate },
            displayRegion(),
          )
        : null,
    [loaded, mapping, source, sentiment, defaultDate],
  );

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const outcome = await load(file);
    if (typeof outcome === 'string') {
      setProblem(outcome);
      return;
    }
    setProblem(null);
    setLoaded(outcome);
    setMapping(guessMapping(outcome.table.headers));
  }

  async function importEntries() {
    if (!result || result.entries.length === 0 || saving) return;
    setSaving(true);
    const added = await addFeedback(
      productId,
      result.entries.map((entry) => ({ ...entry, backlogItemId: null })),
    );
    setSaving(false);
    if (added) onClose();
  }

  const count = result?.entries.length ?? 0;
  const left = result ? result.bad.length : 0;
  return (
    <Modal title="Import feedback from CSV" onClose={onClose} wide>
      <div className="form">
        <div className="csv-file-row">
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            hidden
            aria-label="CSV file"
            onChange={(event) => void choose(event)}
          />
          <button type="button" className="button" autoFocus onClick={() => input.current?.click()}>
            <FileUp size={15} aria-hidden="true" />
            {loaded ? 'Choose another file…' : 'Choose CSV file…'}
          </button>
          {loaded && (
            <span className="muted">
              {loaded.fileName}: {formatCount(loaded.table.rows.length)} rows, cells separated by{' '}
              {separatorName(loaded.table.separator)}
            </span>
          )}
        </div>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        {!loaded && !problem && (
          <p className="field-hint">
            A survey tool’s export or a spreadsheet saved as CSV: one row per answer, with a header
            row. You choose which column holds what next.
          </p>
        )}
        {loaded?.note && <p className="field-hint">{loaded.note}</p>}
        {loaded && mapping && (
          <>
            <ColumnMapping table={loaded.table} mapping={mapping} onChange={setMapping} />
            <fieldset className="csv-mapping">
              <legend>For rows without one</legend>
              <SourceField value={source} onChange={setSource} />
              <SentimentField value={sentiment} onChange={setSentiment} />
              <TextField
                label="Date"
                type="date"
                value={date}
                error={dateCheck.ok ? null : dateCheck.message}
                onChange={(event) => setDate(event.target.value)}
              />
            </fieldset>
            {mapping.quote === null ? (
              <p className="field-error">Choose the column that holds what customers said.</p>
            ) : (
              result && <CsvPreview result={result} />
            )}
          </>
        )}
        <div className="form-actions">
          <span className="form-actions-start" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={count === 0 || saving}
            onClick={() => void importEntries()}
          >
            {left > 0
              ? `Import ${formatCount(count)} ${count === 1 ? 'entry' : 'entries'}, leave out ${formatCount(left)}`
              : `Import ${formatCount(count)} ${count === 1 ? 'entry' : 'entries'}`}
          </button>
        </div>
      </div>
    </Modal>
  );
}
