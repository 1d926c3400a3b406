/**
 * The import dialog: reads and checks the file (with progress), maps a Trello board's lists
 * to stages, then previews what will change before anything is written.
 */
import { useEffect, useState } from 'react';
import type { Stage } from '../../../shared/domain/lifecycle';
import { newId } from '../../../shared/domain/records';
import { trelloToPlanFile, type TrelloReport } from '../../../shared/plan-file/trello';
import type { PlanFile } from '../../../shared/plan-file/types';
import type { ImportSource } from '../platform';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import type { Analysis } from './analyse';
import { describeProblem } from './import-commands';
import { ImportPreview } from './ImportPreview';
import { analyseSource, type ReadProgress } from './read-source';
import { TrelloMapping } from './TrelloMapping';

type Step =
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'trello'; analysis: Extract<Analysis, { kind: 'trello' }> }
  | { kind: 'preview'; file: PlanFile; migratedFrom: number | null; report: TrelloReport | null };

function progressText(progress: ReadProgress | null): string {
  if (!progress || progress.phase === 'reading') return 'Reading the file…';
  return progress.phase === 'decoding' ? 'Checking the text…' : 'Checking the plan…';
}

function ReadingStep({ progress }: { progress: ReadProgress | null }) {
  const percent =
    progress?.phase === 'reading' && progress.total > 0
      ? Math.round((progress.loaded / progress.total) * 100)
      : null;
  return (
    <div className="import-progress">
      <p>{progressText(progress)}</p>
      <div
        className="progress"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div
          className={percent === null ? 'progress-bar progress-indeterminate' : 'progress-bar'}
          style={{ width: percent === null ? undefined : `${percent}%` }}
        />
      </div>
    </div>
  );
}

export function ImportDialog({ source }: { source: ImportSource }) {
  const closeDialog = useUi((s) => s.closeDialog);
  const [step, setStep] = useState<Step>({ kind: 'reading', progress: null });

  useEffect(() => {
    let cancelled = false;
    void analyseSource(source, (progress) => {
      if (!cancelled) setStep({ kind: 'reading', progress });
    }).then((analysis) => {
      if (cancelled) return;
      if (analysis.kind === 'error') {
        const ui = useUi.getState();
        ui.closeDialog();
        ui.showError(describeProblem(source.fileName, analysis.problem));
      } else if (analysis.kind === 'trello') setStep({ kind: 'trello', analysis });
      else
        setStep({
          kind: 'preview',
          file: analysis.file,
          migratedFrom: analysis.migratedFrom,
          report: null,
        });
    });
    return () => {
      cancelled = true;
    };
  }, [source]);

  function applyMapping(mapping: Record<string, Stage>) {
    if (step.kind !== 'trello') return;
    const { file, report } = trelloToPlanFile(step.analysis.board, mapping, {
      now: new Date(),
      newId,
    });
    setStep({ kind: 'preview', file, migratedFrom: null, report });
  }

  const title = step.kind === 'trello' ? 'Import a Trello board' : `Import “${source.fileName}”`;
  return (
    <Modal title={title} onClose={closeDialog} wide>
      {step.kind === 'reading' && <ReadingStep progress={step.progress} />}
      {step.kind === 'trello' && (
        <TrelloMapping
          summary={step.analysis.summary}
          onCancel={closeDialog}
          onContinue={applyMapping}
        />
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          file={step.file}
          fileName={source.fileName}
          migratedFrom={step.migratedFrom}
          report={step.report}
          onCancel={closeDialog}
        />
      )}
    </Modal>
  );
}
