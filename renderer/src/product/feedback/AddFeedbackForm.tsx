/**
 * Recording one piece of feedback. After adding, the source, customer, date, sentiment and
 * the backlog item it backs stay (the next note is often from the same conversation, about
 * the same request) and only the quote is cleared.
 */
import { Plus } from 'lucide-react';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { checkCalendarDateInput, localCalendarDate } from '../../../../shared/domain/calendar';
import { MAX_SUMMARY_LENGTH } from '../../../../shared/domain/product';
import type { BacklogItem, FeedbackSource, Sentiment } from '../../../../shared/domain/workspace';
import { TextAreaField, TextField } from '../../ui/Field';
import { addFeedback } from '../backlog/backlog-commands';
import { BackedItemField, SentimentField, SourceField } from './feedback-fields';
import { NO_BACKLOG_ITEM } from './feedback-labels';

export function AddFeedbackForm({
  productId,
  backlogItems,
}: {
  productId: string;
  backlogItems: readonly BacklogItem[];
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<FeedbackSource>('interview');
  const [customer, setCustomer] = useState('');
  const [quote, setQuote] = useState('');
  const [date, setDate] = useState(() => localCalendarDate(new Date()));
  const [sentiment, setSentiment] = useState<Sentiment>('neutral');
  const [backlogItemId, setBacklogItemId] = useState(NO_BACKLOG_ITEM);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  // The item kept from the last entry may have been deleted since.
  const backedItem = backlogItems.some((item) => item.id === backlogItemId)
    ? backlogItemId
    : NO_BACKLOG_ITEM;
  const [dateError, setDateError] = useState<string | null>(null);

  const focusField = (name: string) => {
    const field = formRef.current?.elements.namedItem(name);
    if (field instanceof HTMLElement) field.focus();
  };

  async function submit(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    const text = quote.trim();
    const quoteProblem =
      text === ''
        ? 'Write what the customer said.'
        : text.length > MAX_SUMMARY_LENGTH
          ? `Keep the quote to ${MAX_SUMMARY_LENGTH.toLocaleString('en')} characters.`
          : null;
    const dateCheck = checkCalendarDateInput(date);
    setQuoteError(quoteProblem);
    setDateError(dateCheck.ok ? null : dateCheck.message);
    if (quoteProblem || !dateCheck.ok) {
      focusField(quoteProblem ? 'quote' : 'date');
      return;
    }
    const linked = backedItem === NO_BACKLOG_ITEM ? null : backedItem;
    const added = await addFeedback(productId, [
      { source, customer, quote: text, date: dateCheck.value, sentiment, backlogItemId: linked },
    ]);
    if (added) {
      setQuote('');
      focusField('quote');
    }
  }

  // Enter makes a new line in the quote, as in any text area; Ctrl+Enter adds the entry.
  function onQuoteKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form
      ref={formRef}
      className="feedback-form"
      aria-label="Add feedback"
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="feedback-form-grid">
        <SourceField value={source} onChange={setSource} />
        <TextField
          label="Customer or segment"
          name="customer"
          autoComplete="off"
          placeholder="Acme Corp, or “SMB accountants”"
          value={customer}
          onChange={(event) => setCustomer(event.target.value)}
        />
        <TextField
          label="Date"
          name="date"
          type="date"
          value={date}
          error={dateError}
          onChange={(event) => {
            setDate(event.target.value);
            if (dateError) setDateError(null);
          }}
        />
        <SentimentField value={sentiment} onChange={setSentiment} />
        <BackedItemField
          backlogItems={backlogItems}
          value={backedItem}
          onChange={setBacklogItemId}
        />
      </div>
      <TextAreaField
        label="Quote"
        name="quote"
        rows={2}
        placeholder="What they said, in their words"
        value={quote}
        error={quoteError}
        onKeyDown={onQuoteKeyDown}
        onChange={(event) => {
          setQuote(event.target.value);
          if (quoteError) setQuoteError(null);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          <Plus size={16} aria-hidden="true" />
          Add feedback
        </button>
        <span className="field-hint">Ctrl+Enter in the quote adds it too.</span>
      </div>
    </form>
  );
}
