/**
 * The choices a new feedback entry needs besides its words: where it came from, its sentiment
 * and the backlog item it backs. The add form and the paste dialog both ask for them.
 */
import { useId, type ReactNode } from 'react';
import {
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_SOURCES,
  SENTIMENT_LABELS,
  SENTIMENTS,
  type BacklogItem,
  type FeedbackSource,
  type Sentiment,
} from '../../../../shared/domain/workspace';
import { BacklogItemOptions } from './feedback-labels';

function SelectField({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

function choiceOptions<T extends string>(choices: readonly T[], labels: Record<T, string>) {
  return choices.map((choice) => (
    <option key={choice} value={choice}>
      {labels[choice]}
    </option>
  ));
}

export function SourceField({
  value,
  onChange,
}: {
  value: FeedbackSource;
  onChange: (source: FeedbackSource) => void;
}) {
  return (
    <SelectField
      label="Source"
      value={value}
      onChange={(source) => onChange(source as FeedbackSource)}
    >
      {choiceOptions(FEEDBACK_SOURCES, FEEDBACK_SOURCE_LABELS)}
    </SelectField>
  );
}

export function SentimentField({
  value,
  onChange,
}: {
  value: Sentiment;
  onChange: (sentiment: Sentiment) => void;
}) {
  return (
    <SelectField
      label="Sentiment"
      value={value}
      onChange={(sentiment) => onChange(sentiment as Sentiment)}
    >
      {choiceOptions(SENTIMENTS, SENTIMENT_LABELS)}
    </SelectField>
  );
}

/** The backlog item a new entry backs; NO_BACKLOG_ITEM for none. */
export function BackedItemField({
  backlogItems,
  value,
  onChange,
}: {
  backlogItems: readonly BacklogItem[];
  value: string;
  onChange: (backlogItemId: string) => void;
}) {
  return (
    <SelectField label="Backs backlog item" value={value} onChange={onChange}>
      <BacklogItemOptions backlogItems={backlogItems} />
    </SelectField>
  );
}
