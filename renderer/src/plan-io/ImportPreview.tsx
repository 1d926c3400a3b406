/**
 * What an import will do, before it is done: the plan's name and counts, what a Trello
 * import leaves behind, and for a plan that is already here the merge difference and the
 * choice between a new copy, a merge and a replacement.
 */
import { useEffect, useId, useState } from 'react';
import type { PlanMerge, RecordDiff } from '../../../shared/plan-file/merge';
import type { TrelloReport } from '../../../shared/plan-file/trello';
import { countRecords, type PlanFile } from '../../../shared/plan-file/types';
import { db } from '../db';
import { previewMerge, type ImportMode, type MergePreview } from '../db/plan-io';
import { runImport } from './import-commands';

interface ImportPreviewProps {
  file: PlanFile;
  fileName: string;
  migratedFrom: number | null;
  report: TrelloReport | null;
  onCancel: () => void;
}

const KIND_LABEL: Record<RecordDiff['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
  conflict: 'Conflict',
};

const SHOWN_PER_KIND = 40;

function DiffList({ merge }: { merge: PlanMerge }) {
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
        const entries = merge.diff.filter((d) => d.kind === kind);
        if (entries.length === 0) return null;
        // Every conflict is named; the other kinds are summarised past a screenful.
        const shown = kind === 'conflict' ? entries : entries.slice(0, SHOWN_PER_KIND);
        return (
          <section
            key={kind}
            aria-label={KIND_LABEL[kind]}
            className="merge-group"
            data-kind={kind}
          >
            <h3>
              {KIND_LABEL[kind]} ({entries.length})
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
            {shown.length < entries.length && (
              <p className="merge-more">and {entries.length - shown.length} more</p>
            )}
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

export function ImportPreview({
  file,
  fileName,
  migratedFrom,
  report,
  onCancel,
}: ImportPreviewProps) {
  const [preview, setPreview] = useState<MergePreview | null | undefined>(undefined);
  const [mode, setMode] = useState<ImportMode>('new');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void previewMerge(db, file).then((result) => !cancelled && setPreview(result));
    return () => {
      cancelled = true;
    };
  }, [file]);
  const counts = countRecords(file);
  return (
    <div className="form">
      <dl className="import-summary">
        <div>
          <dt>Plan</dt>
          <dd className="import-plan-name">{file.plan.name}</dd>
        </div>
        <div>
          <dt>Products</dt>
          <dd>{counts.products}</dd>
        </div>
        <div>
          <dt>Checklist items</dt>
          <dd>{counts.checklistItems}</dd>
        </div>
        <div>
          <dt>Milestones</dt>
          <dd>{counts.milestones}</dd>
        </div>
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
      {preview && <ModeChoice mode={mode} setMode={setMode} localName={preview.localName} />}
      {preview && <DiffList merge={preview.merge} />}
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={preview === undefined || busy}
          onClick={() => {
            setBusy(true);
            void runImport(file, preview ? mode : 'new', fileName);
          }}
        >
          Import
        </button>
      </div>
    </div>
  );
}
