/**
 * Keeping a plan and its bound file in step: saving (by hand or once edits pause), taking in
 * a change someone else made to the file, and what happens when the file is gone. One plan's
 * saves and syncs run one at a time, in order, so two never race each other. A file that
 * vanished, moved or became unreadable is reported and the plan keeps working, unbound.
 */
import {
  saveDocument,
  takeInFile,
  type ResolveConflicts,
} from '../../../../shared/documents/save-document';
import { fingerprintOf } from '../../../../shared/plan-file/fingerprint';
import { parsePlanText } from '../../../../shared/plan-file/parse';
import { AUTOSAVE_IDLE_MS, type DocumentBinding } from '../../../../shared/storage/documents';
import { db } from '../../db';
import { getBinding, unbind, updateBinding } from '../../db/documents';
import { snapshotPlan } from '../../db/plan-snapshot';
import { platform } from '../../platform';
import { useUi } from '../../store';
import { planStore } from './plan-store';

/** Edits per plan since the window opened: a save knows if any came while it ran. */
const edits = new Map<string, number>();
const timers = new Map<string, number>();
const queues = new Map<string, Promise<void>>();

/** Runs `task` after every earlier task of the plan, never beside one. */
function queued(planId: string, task: () => Promise<void>): Promise<void> {
  const next = (queues.get(planId) ?? Promise.resolve()).then(task, task);
  queues.set(
    planId,
    next.catch(() => undefined),
  );
  return next;
}

/** Asks the user about fields both sides changed, in a dialog; null when they cancel. */
export function askAboutConflicts(fileName: string): ResolveConflicts {
  return (merge) =>
    new Promise((resolve) => {
      useUi.getState().openDialog({ kind: 'document-conflict', fileName, merge, resolve });
    });
}

async function lose(binding: DocumentBinding, message: string): Promise<void> {
  await unbind(db, binding.planId);
  useUi
    .getState()
    .showError(
      `${message} The plan keeps working here, no longer bound to “${binding.name}”: choose Save As… to keep it in a file again.`,
    );
}

/** A user action changed the plan: mark its file unsaved, and save once edits pause. */
export function noteDocumentChange(planId: string): void {
  edits.set(planId, (edits.get(planId) ?? 0) + 1);
  void (async () => {
    const binding = await getBinding(db, planId);
    if (!binding) return;
    if (!binding.dirty) await updateBinding(db, planId, { dirty: true });
    if (binding.autosave) scheduleAutosave(planId);
  })();
}

function scheduleAutosave(planId: string): void {
  window.clearTimeout(timers.get(planId));
  timers.set(
    planId,
    window.setTimeout(() => void saveToFile(planId, { auto: true }), AUTOSAVE_IDLE_MS),
  );
}

/** Writes the plan to its file, merging first what someone else changed there. */
export function saveToFile(planId: string, { auto }: { auto: boolean }): Promise<void> {
  window.clearTimeout(timers.get(planId));
  return queued(planId, async () => {
    const host = platform.documents;
    const binding = await getBinding(db, planId);
    if (!host || !binding || (auto && !binding.dirty)) return;
    const ui = useUi.getState();
    if (!(await host.ensureAccess(binding.location, { ask: !auto }))) {
      if (!auto) ui.showError(`Lifecycle Planner may not write to “${binding.name}”.`);
      return;
    }
    const started = edits.get(planId) ?? 0;
    const store = planStore(planId, binding.name);
    const file = host.file(binding.location);
    const outcome = await saveDocument(store, file, binding, askAboutConflicts(binding.name));
    if (outcome.status === 'cancelled') return;
    if (outcome.status !== 'saved') return lose(binding, outcome.message);
    const dirty = (edits.get(planId) ?? 0) !== started;
    await updateBinding(db, planId, {
      stamp: outcome.stamp,
      fingerprint: outcome.fingerprint,
      dirty,
    });
    if (outcome.merged) ui.showToast(`Merged changes from “${binding.name}” and saved.`, false);
    else if (!auto) ui.showToast(`Saved “${binding.name}”.`, false);
    if (dirty && binding.autosave) scheduleAutosave(planId);
  });
}

/** Takes in a change someone else made to the bound file, when there is one. */
export function syncFromFile(planId: string): Promise<void> {
  return queued(planId, async () => {
    const host = platform.documents;
    const binding = await getBinding(db, planId);
    if (!host || !binding || binding.stamp === null) return;
    const read = await host.file(binding.location).read();
    if (read.status !== 'read') return lose(binding, read.message);
    if (read.stamp === binding.stamp) return;
    const store = planStore(planId, binding.name);
    const taken = await takeInFile(store, read.text, binding, askAboutConflicts(binding.name));
    if (taken.status === 'unreadable') {
      return lose(binding, `“${binding.name}” changed and can no longer be read: ${taken.message}`);
    }
    if (taken.status === 'cancelled') return;
    const parsed = parsePlanText(read.text);
    const onDisk = parsed.ok ? fingerprintOf(parsed.file) : null;
    const local = await snapshotPlan(db, planId);
    // Edits of ours the file lacks stay unsaved, and go to the file with the next save.
    const dirty = local !== null && fingerprintOf(local) !== onDisk;
    await updateBinding(db, planId, { stamp: read.stamp, fingerprint: onDisk, dirty });
    useUi.getState().showToast(`Took in changes made to “${binding.name}”.`, false);
    if (dirty && binding.autosave) scheduleAutosave(planId);
  });
}

/** Saves every bound plan that has unsaved edits and autosave on (before the window closes). */
export async function flushAutosaves(): Promise<void> {
  for (const binding of await db.documents.toArray()) {
    if (binding.dirty && binding.autosave) await saveToFile(binding.planId, { auto: true });
  }
}
