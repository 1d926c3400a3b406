/**
 * What an import will do, before it is done: the plan's name and counts, what a Trello
 * import leaves behind, and for a plan that is already here the merge difference and the
 * choice between a new copy, a merge and a replacement.
 */
import { useId, useState } from 'react';
import { PLAN_TABLES } from '../../../shared/domain/product';
import { TABLE_LABELS } from '../../../shared/domain/tables';
import type { RecordDiff } from '../../../shared/plan-file/merge';
import type { ImportMode } from '../db/plan-io';
import type { ImportPreviewData } from './import-core';
import { runImport } from './import-commands';
import type { ImportSession } from './import-session';

interface ImportPreviewProps {
  preview: ImportPreviewData;
  session: ImportSession;
  fileName: string;
  onCancel: () => void;
}

type MergeSummary = NonNullable<ImportPreviewData['merge']>;

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

function DiffList({ merge }: { merge: MergeSummary }) {
  const { counts } = merge;
  if (merge.diff.length === 0) {
    return <p className="merge-none">Nothing differs: merging would change nothing.</p>;
  }
  const kinds: RecordDiff['kind'][] = ['conflict', 'added', 'changed', 'removed'];
  return (
    <div className="merge-diff">
      <p className="merge-counts">
        {counts.added} added · {counts.changed} changed · {counts.removed} removed ·{' '}
        {counts.conflicts} {counts.conflicts === 1 ? 'conflict' : 'conflicts'}
      </p>
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
                  <span className="merge-reason">
                    {d.reason} —{' '}
                    {d.winner === 'incoming' ? 'the file’s version wins' : 'yours is kept'}
                  </span>
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

function ModeChoice(props: {
  mode: ImportMode;
  setMode: (m: ImportMode) => void;
  localName: string;
}) {
  const name = useId();
  const options: { mode: ImportMode; label: string; note: string }[] = [
    {
      mode: 'new',
      label: 'As a new copy',
      note: `Adds a second plan; “${props.localName}” stays as it is.`,
    },
    {
      mode: 'merge',
      label: `Merge into “${props.localName}”`,
      note: 'Newer edits win, record by record.',
    },
    {
      mode: 'replace',
      label: `Replace “${props.localName}”`,
      note: 'The plan becomes the file’s content. Its current state is kept as a backup you can restore.',
    },
  ];
  return (
    <fieldset className="mode-choice">
      <legend>This plan is already here. How should the file come in?</legend>
      {options.map((option) => (
        <label key={option.mode} className="mode-option">
          <input
            type="radio"
            name={name}
            checked={props.mode === option.mode}
            onChange={() => props.setMode(option.mode)}
          />
          <span>
            <strong>{option.label}</strong>
            <span className="mode-note">{option.note}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function ImportPreview({ preview, session, fileName, onCancel }: ImportPreviewProps) {
  const [mode, setMode] = useState<ImportMode>('new');
  const [busy, setBusy] = useState(false);
  const { counts, merge, report, migratedFrom } = preview;
  return (
    <div className="form">
      <dl className="import-summary">
        <div>
          <dt>Plan</dt>
          <dd className="import-plan-name">{preview.planName}</dd>
        </div>
        {PLAN_TABLES.filter((table) => table === 'products' || counts[table] > 0).map((table) => (
          <div key={table}>
            <dt>{TABLE_LABELS[table]}</dt>
            <dd>{counts[table].toLocaleString()}</dd>
          </div>
        ))}
        <div>
          <dt>Deletions</dt>
          <dd>{counts.deletions}</dd>
        </div>
      </dl>
      {migratedFrom !== null && (
        <p className="modal-note">
          Saved by an older version (file version {migratedFrom}); it is brought up to date.
        </p>
      )}
      {report && report.notCarried.length > 0 && (
        <section aria-label="Not carried over" className="detail-section">
          <h3 className="detail-heading">Not carried over from Trello</h3>
          <ul className="report-list">
            {report.notCarried.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {merge && <ModeChoice mode={mode} setMode={setMode} localName={merge.localName} />}
      {merge && <DiffList merge={merge} />}
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          aria-busy={busy}
          onClick={() => {
            setBusy(true);
            void runImport(session, merge ? mode : 'new', fileName).then(
              (done) => !done && setBusy(false),
            );
          }}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </div>
  );
}
