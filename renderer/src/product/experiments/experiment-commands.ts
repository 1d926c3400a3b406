/** Adding, editing and removing experiments as undoable actions. */
import type { Experiment, ExperimentDraft } from '../../../../shared/domain/experiments';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import { createExperiment, deleteExperiment, updateExperiment } from '../../db/experiments';
import { useUi } from '../../store';

export async function addExperiment(productId: string, draft: ExperimentDraft): Promise<boolean> {
  const done = await perform(`Log the experiment ${draft.title}`, () =>
    createExperiment(db, productId, draft),
  );
  if (done) useUi.getState().announce(`Logged the experiment ${draft.title}.`);
  return done;
}

export async function editExperiment(
  experiment: Experiment,
  draft: ExperimentDraft,
): Promise<boolean> {
  const done = await perform(`Edit the experiment ${experiment.title}`, () =>
    updateExperiment(db, experiment.id, draft),
  );
  if (done) useUi.getState().announce(`Saved the experiment ${draft.title}.`);
  return done;
}

export async function removeExperiment(experiment: Experiment): Promise<boolean> {
  const done = await perform(`Delete the experiment ${experiment.title}`, () =>
    deleteExperiment(db, experiment.id),
  );
  if (done) useUi.getState().showToast(`Deleted the experiment “${experiment.title}”.`, true);
  return done;
}
