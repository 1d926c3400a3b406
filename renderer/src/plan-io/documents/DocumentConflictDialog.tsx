/**
 * Asked when a plan's file changed on disk and both sides changed the same field: each such
 * field with both values and a choice (the newer edit chosen). Nothing is written to the plan
 * or the file until the user confirms; cancelling leaves both as they are.
 */
import { useState } from 'react';
import type { MergeChoices, PlanMerge } from '../../../../shared/plan-file/merge';
import { MergeDiff, type Choices } from '../MergeDiff';
import { useUi } from '../../store';
import { Modal } from '../../ui/Modal';

interface Props {
  fileName: string;
  merge: PlanMerge;
  resolve: (choices: MergeChoices | null) => void;
}

export function DocumentConflictDialog({ fileName, merge, resolve }: Props) {
  const closeDialog = useUi((s) => s.closeDialog);
  const [choices, setChoices] = useState<Choices>({});
  const finish = (answer: MergeChoices | null) => {
    closeDialog();
    resolve(answer);
  };
  return (
    <Modal title={`“${fileName}” was changed elsewhere`} onClose={() => finish(null)} wide>
      <p className="modal-note">
        Someone else saved this file since you last did. Their changes are combined with yours;
        where you both changed the same thing, choose which to keep.
      </p>
      <MergeDiff
        merge={{ localName: fileName, counts: merge.counts, diff: merge.diff, baseKnown: true }}
        choices={choices}
        onChoices={setChoices}
      />
      <div className="form-actions">
        <div className="form-actions-start" />
        <button type="button" className="button" onClick={() => finish(null)}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => finish(choices)}>
          Combine and save
        </button>
      </div>
    </Modal>
  );
}
