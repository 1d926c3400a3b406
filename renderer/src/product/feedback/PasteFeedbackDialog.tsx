/**
 * "Paste many": one feedback entry per pasted line, previewed before anything is written,
 * then added in one step that one undo takes back. Fields a line cannot say (source, date,
 * sentiment, the backlog item) are chosen once for all of them.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { checkCalendarDateInput, localCalendarDate } from '../../../../shared/domain/calendar';
import { describeSkipped, parseFeedbackPaste } from '../../../../shared/domain/feedback-paste';
import type { BacklogItem, FeedbackSource, Sentiment } from '../../../../shared/domain/workspace';
import { formatCount } from '../../../../shared/domain/region';
import { TextAreaField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { addFeedback } from '../backlog/backlog-commands';
import { BackedItemField, SentimentField, SourceField } from './feedback-fields';
import { NO_BACKLOG_ITEM } from './feedback-labels';

// Enough rows to check the parse at a glance; the count says how many there are in all.
const PREVIEW_ROWS = 50;

export function PasteFeedbackDialog({
  productId,
  backlogItems,
  onClose,
}: {
  productId: string;
  backlogItems: readonly BacklogItem[];
  onClose: () => void;
}) {
  const ids = useId();
  const [text, setText] = useState('');
  const [splitCustomer, setSplitCustomer] = useState(true);
  const [defaultCustomer, setDefaultCustomer] = useState('');
  const [source, setSource] = useState<FeedbackSource>('interview');
  const [date, setDate] = useState(() => localCalendarDate(new Date()));
  const [sentiment, setSentiment] = useState<Sentiment>('neutral');
  const [backlogItemId, setBacklogItemId] = useState(NO_BACKLOG_ITEM);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const parsed = useMemo(() => parseFeedbackPaste(text, { splitCustomer }), [text, splitCustomer]);
  const count = parsed.entries.length;
  const skippedText = describeSkipped(parsed.skipped);
  const fallbackCustomer = defaultCustomer.replace(/\s+/g, ' ').trim();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dateCheck = checkCalendarDateInput(date);
    setDateError(dateCheck.ok ? null : dateCheck.message);
    if (!dateCheck.ok || count === 0 || saving) return;
    setSaving(true);
    const linked = backlogItemId === NO_BACKLOG_ITEM ? null : backlogItemId;
    const added = await addFeedback(
      productId,
      parsed.entries.map((entry) => ({
        source,
        customer: entry.customer || fallbackCustomer,
        quote: entry.quote,
        date: dateCheck.value,
        sentiment,
        backlogItemId: linked,
      })),
    );
    setSaving(false);
    if (added) onClose();
  }

  const entries = `${formatCount(count)} ${count === 1 ? 'entry' : 'entries'}`;
  return (
    <Modal title="Paste feedback" onClose={onClose} wide>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextAreaField
          label="Pasted text: one entry per line"
          rows={7}
          autoFocus
          placeholder={
            'Acme Corp: We need single sign-on\nGlobex — Exports time out\n"Love the new charts"'
          }
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="check-field">
          <input
            type="checkbox"
            checked={splitCustomer}
            onChange={(event) => setSplitCustomer(event.target.checked)}
          />
          Lines like “Name: quote” or “Name — quote” name the customer
        </label>
        <div className="feedback-form-grid">
          <TextField
            label="Customer for lines without one"
            autoComplete="off"
            value={defaultCustomer}
            onChange={(event) => setDefaultCustomer(event.target.value)}
          />
          <SourceField value={source} onChange={setSource} />
          <TextField
            label="Date"
            type="date"
            value={date}
            error={dateError}
            onChange={(event) => setDate(event.target.value)}
          />
          <SentimentField value={sentiment} onChange={setSentiment} />
          <BackedItemField
            backlogItems={backlogItems}
            value={backlogItemId}
            onChange={setBacklogItemId}
          />
        </div>
        <section className="paste-preview" aria-labelledby={`${ids}-preview`}>
          <h3 id={`${ids}-preview`} className="detail-heading">
            Preview: {entries}
          </h3>
          {skippedText && (
            <p className="field-hint" id={`${ids}-skipped`}>
              {skippedText}
            </p>
          )}
          {count > 0 && (
            <div className="paste-preview-table">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Quote</th>
                  </tr>
                </thead>
                <tbody>
                  {parsed.entries.slice(0, PREVIEW_ROWS).map((entry) => (
                    <tr key={entry.line}>
                      <td className="num">{entry.line}</td>
                      <td>
                        {entry.customer || fallbackCustomer || (
                          <span className="muted">Not named</span>
                        )}
                      </td>
                      <td className="quote-cell">{entry.quote}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {count > PREVIEW_ROWS && (
                <p className="field-hint">And {formatCount(count - PREVIEW_ROWS)} more.</p>
              )}
            </div>
          )}
        </section>
        <div className="form-actions">
          <span className="form-actions-start" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={count === 0 || saving}>
            Add {entries}
          </button>
        </div>
      </form>
    </Modal>
  );
}
