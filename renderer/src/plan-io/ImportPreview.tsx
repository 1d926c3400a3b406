/**
 * What an import will do, before it is done: the plan's name and counts, what a Trello
 * import leaves behind, and for a plan that is already here the merge difference and the
 * choice between a new copy, a merge and a replacement.
 */
import { useId, useState } from 'react';
import { formatCount } from '../../../shared/domain/region';
import { PLAN_TABLES } from '../../../shared/records/registry';
import { TABLE_LABELS } from '../../../shared/records/registry';
import type { ImportMode } from '../db/plan-io';
import type { ImportPreviewData } from '../worker/plan-worker-core';
import { runImport } from './import-commands';
import { useSettings } from '../store/settings';
import { MergeDiff, type Choices } from './MergeDiff';
import type { PlanWorker } from '../worker/plan-worker';

interface ImportPreviewProps {
  preview: ImportPreviewData;
  session: PlanWorker;
  fileName: string;
  onCancel: () => void;
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
      note: 'Both sides’ changes are combined field by field; where you both changed the same field, you choose below.',
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
  // The user's usual choice (Settings), offered first; merge needs the plan to be here.
  const [mode, setMode] = useState<ImportMode>(() => useSettings.getState().importMode);
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<Choices>({});
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
            <dd>{formatCount(counts[table])}</dd>
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
      {merge && <MergeDiff merge={merge} choices={choices} onChoices={setChoices} />}
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
            void runImport(
              session,
              merge ? mode : 'new',
              fileName,
              mode === 'merge' ? choices : {},
            ).then((done) => !done && setBusy(false));
          }}
        >
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </div>
  );
}
