/** What the milestone section's controls do: each write is undoable and says what happened. */
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import type { Milestone } from '../../../../shared/domain/product';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  createMilestone,
  deleteMilestone,
  toggleMilestoneDone,
  updateMilestone,
  type MilestoneDraft,
} from '../../db/milestones';
import { useUi } from '../../store';

const say = (message: string) => useUi.getState().announce(message);

export async function addMilestone(productId: string, draft: MilestoneDraft): Promise<boolean> {
  const done = await perform(`Add milestone ${draft.title}`, () =>
    createMilestone(db, productId, draft),
  );
  if (done) say(`Added the milestone ${draft.title}, ${formatCalendarDate(draft.date)}.`);
  return done;
}

export async function editMilestone(milestone: Milestone, draft: MilestoneDraft): Promise<boolean> {
  const done = await perform(`Edit milestone ${draft.title}`, () =>
    updateMilestone(db, milestone.id, draft),
  );
  if (done) say(`Saved the milestone ${draft.title}.`);
  return done;
}

export async function toggleDone(milestone: Milestone): Promise<boolean> {
  const label = `${milestone.done ? 'Reopen' : 'Complete'} milestone ${milestone.title}`;
  const done = await perform(label, () => toggleMilestoneDone(db, milestone.id));
  if (done) say(`${milestone.title} ${milestone.done ? 'reopened' : 'done'}.`);
  return done;
}

export async function removeMilestone(milestone: Milestone): Promise<boolean> {
  const done = await perform(`Delete milestone ${milestone.title}`, () =>
    deleteMilestone(db, milestone.id),
  );
  if (done) useUi.getState().showToast(`Deleted the milestone “${milestone.title}”.`, true);
  return done;
}
