/**
 * The product's feedback as a table, filtered by source, sentiment or backlog item. The link
 * to a backlog item is edited in place; deleting offers undo. Thousands of entries draw only
 * the rows in view.
 */
import { Trash2 } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  SENTIMENT_LABELS,
  SENTIMENTS,
  type BacklogItem,
  type Feedback,
  type FeedbackSource,
  type Sentiment,
} from '../../../../shared/domain/workspace';
import { useReveal } from '../../store/reveal';
import { focusNeighbourAfterRemoval } from '../../ui/focus-after-removal';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { SpacerRow } from '../../ui/VirtualSpacer';
import { editFeedback, removeFeedback } from '../backlog/backlog-commands';
import { BacklogItemOptions, NO_BACKLOG_ITEM, shortQuote } from './feedback-labels';
import { formatInstant } from '../../../../shared/domain/region';

const ALL = 'all';
const COLUMNS = 8;
const UNLINKED = 'unlinked';

const toldDate = (iso: string) => formatInstant(iso, { dateStyle: 'medium' });

function FeedbackRow({
  entry,
  backlogItems,
  index,
  measureRef,
}: {
  entry: Feedback;
  backlogItems: readonly BacklogItem[];
  /** Its place in a long list, which draws only the rows in view (and measures them). */
  index: number;
  measureRef: ((element: HTMLElement | null) => void) | undefined;
}) {
  const quote = shortQuote(entry.quote);
  async function remove(button: HTMLButtonElement) {
    const refocus = focusNeighbourAfterRemoval(button.closest('tr'), 'select', () =>
      document.querySelector<HTMLElement>('.feedback-form textarea'),
    );
    if (await removeFeedback(entry.id, entry.customer)) refocus();
  }
  return (
    <tr ref={measureRef} data-index={index} data-feedback-id={entry.id} data-record-id={entry.id}>
      <td className="nowrap">
        <time dateTime={entry.date}>{formatCalendarDate(entry.date)}</time>
      </td>
      <td className="customer-cell">
        {entry.customer || <span className="muted">Not named</span>}
      </td>
      <td className="quote-cell">
        <q>{entry.quote}</q>
      </td>
      <td className="nowrap">{FEEDBACK_SOURCE_LABELS[entry.source]}</td>
      <td>
        <span className="sentiment" data-sentiment={entry.sentiment}>
          {SENTIMENT_LABELS[entry.sentiment]}
        </span>
      </td>
      <td>
        <select
          className="cell-select link-select"
          aria-label={`Backlog item for “${quote}”`}
          value={entry.backlogItemId ?? NO_BACKLOG_ITEM}
          onChange={(event) =>
            void editFeedback(
              entry.id,
              { backlogItemId: event.target.value === NO_BACKLOG_ITEM ? null : event.target.value },
              'Link feedback',
            )
          }
        >
          <BacklogItemOptions backlogItems={backlogItems} />
        </select>
      </td>
      <td className="nowrap">
        {entry.notifiedAt ? (
          <span className="told-badge">
            Told <time dateTime={entry.notifiedAt}>{toldDate(entry.notifiedAt)}</time>
          </span>
        ) : (
          <span className="muted">
            <span aria-hidden="true">—</span>
            <span className="sr-only">Not told</span>
          </span>
        )}
      </td>
      <td className="actions-cell">
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete feedback “${quote}”`}
          title="Delete"
          onClick={(event) => void remove(event.currentTarget)}
        >
          <Trash2 size={15} aria-hidden="true" />
        </button>
      </td>
    </tr>
  );
}

export function FeedbackList({
  feedback,
  backlogItems,
}: {
  feedback: readonly Feedback[];
  backlogItems: readonly BacklogItem[];
}) {
  const [source, setSource] = useState<FeedbackSource | typeof ALL>(ALL);
  const [sentiment, setSentiment] = useState<Sentiment | typeof ALL>(ALL);
  const [chosenLink, setLinked] = useState<string>(ALL);
  // An item deleted while chosen as the filter would otherwise leave an empty list.
  const linked =
    chosenLink === ALL || chosenLink === UNLINKED || backlogItems.some((f) => f.id === chosenLink)
      ? chosenLink
      : ALL;
  const shown = useMemo(
    () =>
      feedback.filter(
        (entry) =>
          (source === ALL || entry.source === source) &&
          (sentiment === ALL || entry.sentiment === sentiment) &&
          (linked === ALL ||
            (linked === UNLINKED ? entry.backlogItemId === null : entry.backlogItemId === linked)),
      ),
    [feedback, source, sentiment, linked],
  );
  // An entry search asks for while this list shows must not stay hidden behind a filter.
  const latest = useRef(feedback);
  useEffect(() => {
    latest.current = feedback;
  });
  useEffect(
    () =>
      useReveal.subscribe((state) => {
        const id = state.request?.id;
        if (!id || !latest.current.some((entry) => entry.id === id)) return;
        setSource(ALL);
        setSentiment(ALL);
        setLinked(ALL);
      }),
    [],
  );

  const revealId = useReveal((state) => state.request?.id ?? null);
  const keys = useMemo(() => shown.map((entry) => entry.id), [shown]);
  const {
    attach,
    indexes: drawn,
    before,
    after,
    measure,
  } = useVirtualRows<HTMLTableSectionElement>({
    keys,
    estimateSize: 48,
    wanted: revealId === null ? -1 : keys.indexOf(revealId),
  });

  return (
    <>
      <div className="table-toolbar" role="group" aria-label="Filter feedback">
        <label className="inline-field">
          <span>Source</span>
          <select value={source} onChange={(e) => setSource(e.target.value as typeof source)}>
            <option value={ALL}>All sources</option>
            {FEEDBACK_SOURCES.map((s) => (
              <option key={s} value={s}>
                {FEEDBACK_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Sentiment</span>
          <select
            value={sentiment}
            onChange={(e) => setSentiment(e.target.value as typeof sentiment)}
          >
            <option value={ALL}>Any sentiment</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {SENTIMENT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Backlog item</span>
          <select value={linked} onChange={(e) => setLinked(e.target.value)}>
            <option value={ALL}>Any item</option>
            <option value={UNLINKED}>Not linked</option>
            {backlogItems.map((backlogItem) => (
              <option key={backlogItem.id} value={backlogItem.id}>
                {backlogItem.title}
              </option>
            ))}
          </select>
        </label>
        <span className="table-count">
          {shown.length === feedback.length
            ? `${feedback.length} ${feedback.length === 1 ? 'entry' : 'entries'}`
            : `${shown.length} of ${feedback.length} entries`}
        </span>
      </div>
      {feedback.length === 0 ? (
        <p className="empty-note">
          No feedback yet. Add what customers said above, or paste many lines at once.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty-note">No feedback matches these filters.</p>
      ) : (
        <div className="backlog-table-wrap">
          <table className="data-table feedback-table">
            <caption className="sr-only">Feedback, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Customer</th>
                <th scope="col">Quote</th>
                <th scope="col">Source</th>
                <th scope="col">Sentiment</th>
                <th scope="col">Backs</th>
                <th scope="col">Told</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody ref={attach}>
              <SpacerRow height={before} columns={COLUMNS} />
              {drawn.map((index) => {
                const entry = shown[index];
                return entry ? (
                  <FeedbackRow
                    key={entry.id}
                    entry={entry}
                    backlogItems={backlogItems}
                    index={index}
                    measureRef={measure}
                  />
                ) : null;
              })}
              <SpacerRow height={after} columns={COLUMNS} />
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
