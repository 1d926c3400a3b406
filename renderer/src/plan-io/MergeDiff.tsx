/**
 * What a merge will do to the plan here, before anything is written: what it adds, which
 * fields it takes from the file, what it removes, and every conflict, each with both values
 * and a choice. Choices start at the default (the newer edit) and are sent with the import.
 */
import { useId } from 'react';
import type { MergeSide, RecordDiff } from '../../../shared/plan-file/merge';
import type { ImportPreviewData } from '../worker/plan-worker-core';

type MergeSummary = NonNullable<ImportPreviewData['merge']>;
export type Choices = Readonly<Record<string, MergeSide>>;

const KIND_LABEL: Record<RecordDiff['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  conflict: 'Conflict',
};

const KIND_COUNT: Record<RecordDiff['kind'], keyof MergeSummary['counts']> = {
  added: 'added',
  changed: 'changed',
  removed: 'removed',
  conflict: 'conflicts',
};

interface ChoiceProps {
  legend: string;
  options: { side: MergeSide; label: string; value?: string }[];
  chosen: MergeSide;
  onChoose: (side: MergeSide) => void;
}

function Choice({ legend, options, chosen, onChoose }: ChoiceProps) {
  const name = useId();
  return (
    <fieldset className="merge-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.side} className="merge-option">
          <input
            type="radio"
            name={name}
            checked={chosen === option.side}
            onChange={() => onChoose(option.side)}
          />
          <span>
            {option.label}
            {option.value !== undefined && <q className="merge-value">{option.value}</q>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface EntryProps {
  entry: RecordDiff;
  choices: Choices;
  choose: (key: string, side: MergeSide) => void;
}

function ConflictChoices({ entry, choices, choose }: EntryProps) {
  const { presence } = entry;
  return (
    <>
      {entry.fields.map((field) => (
        <Choice
          key={field.key}
          legend={field.label}
          chosen={choices[field.key] ?? field.byDefault}
          onChoose={(side) => choose(field.key, side)}
          options={[
            { side: 'local', label: 'Yours', value: field.local },
            { side: 'incoming', label: 'Theirs', value: field.incoming },
          ]}
        />
      ))}
      {presence && (
        <Choice
          legend={presence.aliveIn === 'local' ? 'They deleted it' : 'You deleted it'}
          chosen={choices[presence.key] ?? presence.byDefault}
          onChoose={(side) => choose(presence.key, side)}
          options={
            presence.aliveIn === 'local'
              ? [
                  { side: 'local', label: 'Keep it, with your edits' },
                  { side: 'incoming', label: 'Delete it, as they did' },
                ]
              : [
                  { side: 'local', label: 'Keep it deleted' },
                  { side: 'incoming', label: 'Bring it back, with their edits' },
                ]
          }
        />
      )}
    </>
  );
}

/** Every conflict's keys, for "keep all yours" and "take all theirs". */
function conflictKeys(diff: readonly RecordDiff[]): string[] {
  return diff.flatMap((entry) => [
    ...entry.fields.map((field) => field.key),
    ...(entry.presence ? [entry.presence.key] : []),
  ]);
}

interface MergeDiffProps {
  merge: MergeSummary;
  choices: Choices;
  onChoices: (choices: Choices) => void;
}

export function MergeDiff({ merge, choices, onChoices }: MergeDiffProps) {
  const { counts } = merge;
  if (merge.diff.length === 0) {
    return <p className="merge-none">Nothing differs: merging would change nothing.</p>;
  }
  const choose = (key: string, side: MergeSide) => onChoices({ ...choices, [key]: side });
  const keys = conflictKeys(merge.diff.filter((d) => d.kind === 'conflict'));
  const chooseAll = (side: MergeSide) =>
    onChoices(Object.fromEntries(keys.map((key) => [key, side])));
  const kinds: RecordDiff['kind'][] = ['conflict', 'added', 'changed', 'removed'];
  return (
    <div className="merge-diff">
      <p className="merge-counts">
        {counts.added} added · {counts.changed} changed · {counts.removed} removed ·{' '}
        {counts.conflicts} {counts.conflicts === 1 ? 'conflict' : 'conflicts'}
      </p>
      {!merge.baseKnown && (
        <p className="merge-note">
          This file does not come from a copy shared with this plan, so where the two differ nobody
          can tell who changed what: each difference is a conflict, with the newer edit chosen.
        </p>
      )}
      {keys.length > 1 && (
        <div className="merge-bulk">
          <button type="button" className="button" onClick={() => chooseAll('local')}>
            Keep all yours
          </button>
          <button type="button" className="button" onClick={() => chooseAll('incoming')}>
            Take all theirs
          </button>
        </div>
      )}
      {kinds.map((kind) => {
        // Every conflict is named; the other kinds arrive cut to a screenful.
        const shown = merge.diff.filter((d) => d.kind === kind);
        const total = counts[KIND_COUNT[kind]];
        if (total === 0) return null;
        return (
          <section
            key={kind}
            aria-label={KIND_LABEL[kind]}
            className="merge-group"
            data-kind={kind}
          >
            <h3>
              {KIND_LABEL[kind]} ({total})
            </h3>
            <ul>
              {shown.map((d) => (
                <li key={`${d.table}-${d.id}`}>
                  <span className="merge-label">{d.label}</span>
                  <span className="merge-reason">{d.reason}</span>
                  {kind === 'conflict' && (
                    <ConflictChoices entry={d} choices={choices} choose={choose} />
                  )}
                </li>
              ))}
            </ul>
            {shown.length < total && <p className="merge-more">and {total - shown.length} more</p>}
          </section>
        );
      })}
    </div>
  );
}
