/**
 * Checklist actions as the user takes them: each records undo through perform and says what
 * happened in the live region, wherever it starts (a click, a key, a drop).
 */
import { STAGE_LABELS, type Stage } from '../../../../shared/domain/lifecycle';
import type { ChecklistItem } from '../../../../shared/domain/product';
import { requestFocus } from '../../commands/focus-request';
import { perform } from '../../commands/perform';
import { db } from '../../db';
import {
  addChecklistItem,
  deleteChecklistItem,
  ensureStageChecklist,
  moveChecklistItem,
  stepChecklistItemAt,
  updateChecklistItem,
} from '../../db/checklists';
import { resetStageTemplate, saveStageTemplate } from '../../db/templates';
import { useUi } from '../../store';

const say = (text: string) => useUi.getState().announce(text);

export async function addItem(productId: string, stage: Stage, text: string): Promise<boolean> {
  const done = await perform(`Add “${text.trim()}”`, () =>
    addChecklistItem(db, productId, stage, text),
  );
  if (done) say(`Added “${text.trim()}” to the ${STAGE_LABELS[stage]} checklist.`);
  return done;
}

export async function setItemDone(item: ChecklistItem, done: boolean): Promise<void> {
  const label = `${done ? 'Check' : 'Uncheck'} “${item.text}”`;
  if (await perform(label, () => updateChecklistItem(db, item.id, { done }))) {
    say(`${item.text}: ${done ? 'done' : 'not done'}.`);
  }
}

export async function renameItem(item: ChecklistItem, text: string): Promise<boolean> {
  const done = await perform(`Edit “${item.text}”`, () =>
    updateChecklistItem(db, item.id, { text }),
  );
  if (done) say('Saved the checklist item.');
  return done;
}

export async function deleteItem(item: ChecklistItem): Promise<void> {
  if (await perform(`Delete “${item.text}”`, () => deleteChecklistItem(db, item.id))) {
    useUi.getState().showToast(`Deleted “${item.text}”.`, true);
  }
}

/** Moves an item to `index` of its list (a drop); `total` is the list's length. */
export async function moveItemTo(item: ChecklistItem, index: number, total: number) {
  if (await perform(`Move “${item.text}”`, () => moveChecklistItem(db, item.id, index))) {
    say(`Moved “${item.text}” to position ${index + 1} of ${total}.`);
  }
}

/**
 * An Alt+Arrow press on one of the item's controls. The step is worked out from the stored
 * order when its transaction runs, so quick presses each move one step; the position
 * announced is worked out from the list as shown at the press. Once the move commits, the
 * control pressed on takes focus again in the redrawn list (commands/focus-request.ts).
 */
export async function stepItem(
  item: ChecklistItem,
  step: -1 | 1,
  control: string,
  shown: readonly ChecklistItem[],
): Promise<void> {
  const outcome = { moved: false, index: 0 };
  const ok = await perform(`Move “${item.text}”`, async () => {
    const stepped = await stepChecklistItemAt(db, item.id, step);
    outcome.moved = stepped.changes.length > 0;
    outcome.index = stepped.index;
    return stepped.changes;
  });
  if (!ok) return;
  requestFocus({ list: 'checklist', id: item.id, control, index: outcome.index });
  const index = shown.findIndex((other) => other.id === item.id);
  if (!outcome.moved) say(`“${item.text}” is already at the ${step < 0 ? 'top' : 'bottom'}.`);
  else say(`Moved “${item.text}” to position ${index + step + 1} of ${shown.length}.`);
}

export async function startFromTemplate(productId: string, stage: Stage): Promise<void> {
  const label = `Start the ${STAGE_LABELS[stage]} checklist`;
  if (await perform(label, () => ensureStageChecklist(db, productId, stage))) {
    say(`Started the ${STAGE_LABELS[stage]} checklist from the template.`);
  }
}

export async function saveTemplate(
  planId: string,
  stage: Stage,
  items: readonly string[],
): Promise<boolean> {
  const label = `Edit the ${STAGE_LABELS[stage]} template`;
  const done = await perform(label, () => saveStageTemplate(db, planId, stage, items));
  if (done) useUi.getState().showToast(`Saved the ${STAGE_LABELS[stage]} template.`, true);
  return done;
}

export async function resetTemplate(planId: string, stage: Stage): Promise<boolean> {
  const label = `Reset the ${STAGE_LABELS[stage]} template`;
  const done = await perform(label, () => resetStageTemplate(db, planId, stage));
  if (done) {
    useUi.getState().showToast(`The ${STAGE_LABELS[stage]} template is the default again.`, true);
  }
  return done;
}
