/**
 * Runs a user action against the database: records it for undo, and turns a failure into a
 * message the user sees (role="alert") instead of a silent console error.
 */
import { db, type RecordChange } from '../db';
import { writeChanges } from '../db/changes';
import { QUOTA_MESSAGE, isQuotaError } from '../db/errors';
import { requestFocus } from './focus-request';
import { noteChange } from './plan-changes';
import { withPlanWorker } from '../worker/plan-worker';
import { useUi } from '../store';

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

export async function perform(
  label: string,
  action: () => Promise<readonly RecordChange[]>,
): Promise<boolean> {
  const ui = useUi.getState();
  try {
    const changes = await action();
    ui.recordAction({ label, changes });
    if (ui.currentPlanId && changes.length > 0) noteChange(ui.currentPlanId);
    ui.showError(null);
    return true;
  } catch (error) {
    ui.showError(
      isQuotaError(error)
        ? QUOTA_MESSAGE
        : `Could not ${label.toLocaleLowerCase()}: ${describe(error)} Nothing was changed.`,
    );
    return false;
  }
}

function replayOffThePage(importKey: string, direction: 'undo' | 'redo'): Promise<void> {
  return withPlanWorker((worker) => worker.replay(importKey, direction));
}

/** After undo or redo, the card it brought back or moved holds focus, wherever it is now. */
function focusChangedCard(changes: readonly RecordChange[], direction: 'undo' | 'redo'): void {
  const last = [...changes].reverse().find((c) => c.table === 'products');
  if (!last || last.table !== 'products') return;
  const state = direction === 'undo' ? last.before : last.after;
  if (state && (!state.archived || useUi.getState().showArchived)) {
    requestFocus({ list: 'board', id: state.id, stage: state.stage });
  }
}

/**
 * Undos and redos run one at a time, in the order they were asked for: each waits for the one
 * before it, so two transactions never interleave, and none is dropped. Pressing Ctrl+Z three
 * times means three undos, even when the machine is too busy to finish the first before the
 * third key arrives.
 */
let replays: Promise<void> = Promise.resolve();

function replay(direction: 'undo' | 'redo'): Promise<void> {
  const next = replays.then(() => replayNow(direction));
  replays = next.catch(() => undefined);
  return next;
}

async function replayNow(direction: 'undo' | 'redo'): Promise<void> {
  const ui = useUi.getState();
  const entry = direction === 'undo' ? ui.takeUndo() : ui.takeRedo();
  if (!entry) {
    ui.announce(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    return;
  }
  try {
    if (entry.importKey) await replayOffThePage(entry.importKey, direction);
    else await writeChanges(db, entry.changes, direction);
    focusChangedCard(entry.changes, direction);
    ui.announce(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}.`);
    if (ui.currentPlanId) noteChange(ui.currentPlanId);
    ui.dismissToast();
  } catch (error) {
    // Put the entry back where it was so the user can try again.
    if (direction === 'undo') ui.takeRedo();
    else ui.takeUndo();
    ui.showError(`Could not ${direction} “${entry.label}”: ${describe(error)}`);
  }
}

export const undoLastAction = () => replay('undo');
export const redoLastAction = () => replay('redo');
