/**
 * The import dialog: reads and checks the file (with progress), maps a Trello board's lists
 * to stages, then previews what will change before anything is written.
 */
import '../ui/file-dialogs.css';
import { useEffect, useState } from 'react';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { TrelloBoardSummary } from '../../../shared/plan-file/trello';
import type { ImportSource } from '../platform';
import { useUi } from '../store';
import { Modal } from '../ui/Modal';
import type { AnalyseOutcome, ImportPreviewData } from '../worker/plan-worker-core';
import { describeProblem } from './import-commands';
import { PlanWorker, type ReadProgress } from '../worker/plan-worker';
import { ImportPreview } from './ImportPreview';
import { TrelloMapping } from './TrelloMapping';

type Step =
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'trello'; summary: TrelloBoardSummary }
  | { kind: 'preview'; preview: ImportPreviewData };

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
  const [session] = useState(() => new PlanWorker());
  const [step, setStep] = useState<Step>({ kind: 'reading', progress: null });

  useEffect(() => () => session.dispose(), [session]);

  function show(outcome: AnalyseOutcome) {
    if (outcome.kind === 'error') {
      const ui = useUi.getState();
      ui.closeDialog();
      ui.showError(describeProblem(source.fileName, outcome.problem));
    } else if (outcome.kind === 'trello') setStep({ kind: 'trello', summary: outcome.summary });
    else setStep({ kind: 'preview', preview: outcome.preview });
  }

  useEffect(() => {
    let cancelled = false;
    void session
      .analyse(source, (progress) => !cancelled && setStep({ kind: 'reading', progress }))
      .then((outcome) => !cancelled && show(outcome));
    return () => {
      cancelled = true;
    };
    // `show` only closes over the file name, which is part of `source`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, source]);

  function applyMapping(mapping: Record<string, Stage>) {
    setStep({ kind: 'reading', progress: { phase: 'parsing' } });
    void session.mapTrello(mapping).then(show);
  }

  const title = step.kind === 'trello' ? 'Import a Trello board' : `Import “${source.fileName}”`;
  return (
    <Modal title={title} onClose={closeDialog} wide>
      {step.kind === 'reading' && <ReadingStep progress={step.progress} />}
      {step.kind === 'trello' && (
        <TrelloMapping summary={step.summary} onCancel={closeDialog} onContinue={applyMapping} />
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          preview={step.preview}
          session={session}
          fileName={source.fileName}
          onCancel={closeDialog}
        />
      )}
    </Modal>
  );
}
