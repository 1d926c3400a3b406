/**
 * Plans as documents, as the user meets them: Open… binds a plan to a file (or switches to the
 * plan already bound to it), Save writes to the bound file without asking, Save As… binds to a
 * new one, and autosave can be turned off per plan. Where the host cannot keep files (a browser
 * without the File System Access API), Open falls back to the import and Save to an export.
 */
import { fingerprinted } from '../../../../shared/plan-file/fingerprint';
import { parsePlanText } from '../../../../shared/plan-file/parse';
import type { DocumentBinding } from '../../../../shared/storage/documents';
import { db } from '../../db';
import { bindingOfFile, getBinding, putBinding, updateBinding } from '../../db/documents';
import { importAsNewPlan } from '../../db/plan-io';
import { snapshotPlan } from '../../db/plan-snapshot';
import { chooseFileToImport, exportCurrentPlan } from '../import-commands';
import { platform } from '../../platform';
import type { OpenedDocument } from '../../platform/documents';
import { useUi } from '../../store';
import { askAboutConflicts, saveToFile, syncFromFile } from './document-sync';
import { takeInFile } from '../../../../shared/documents/save-document';
import { planStore } from './plan-store';

type Opened = Extract<OpenedDocument, { status: 'opened' }>;

/** The plan in the opened file, new here: added (under its own ids when they are free). */
async function addPlanOf(opened: Opened): Promise<string | null> {
  const ui = useUi.getState();
  const parsed = parsePlanText(opened.text);
  if (!parsed.ok) {
    ui.showError(`Could not open “${opened.name}”: ${parsed.problem.message} Nothing was changed.`);
    return null;
  }
  const outcome = await importAsNewPlan(db, parsed.file);
  ui.openPlan(outcome.planId);
  ui.recordAction({ label: `Open ${opened.name}`, changes: outcome.changes });
  if (outcome.planId !== parsed.file.plan.id) {
    // Its ids are used here already: a copy cannot be written back as that plan.
    ui.showToast(
      `Opened “${opened.name}” as a copy, not kept in the file: its ids are in use.`,
      false,
    );
    return null;
  }
  return outcome.planId;
}

/** Opens a plan file as a document. */
export async function openDocument(): Promise<void> {
  const host = platform.documents;
  if (!host) return chooseFileToImport();
  return openAsDocument(await host.open());
}

/** Binds the plan in an opened file (from Open…, or a drop) to it, or brings its plan forward. */
export async function openAsDocument(opened: OpenedDocument): Promise<void> {
  const host = platform.documents;
  if (!host) return;
  const ui = useUi.getState();
  if (opened.status === 'cancelled') return;
  if (opened.status === 'error') return ui.showError(`Could not open the file: ${opened.message}`);
  const bound = await bindingOfFile(db, (b) => host.sameFile(b.location, opened.location));
  if (bound) {
    ui.openPlan(bound.planId);
    return syncFromFile(bound.planId);
  }
  const parsed = parsePlanText(opened.text);
  const here = parsed.ok ? await db.plans.get(parsed.file.plan.id) : undefined;
  const planId = here ? here.id : await addPlanOf(opened);
  if (!planId) return;
  const binding: DocumentBinding = {
    planId,
    name: opened.name,
    location: opened.location,
    stamp: opened.stamp,
    fingerprint: parsed.ok ? fingerprinted(parsed.file).fingerprint : null,
    autosave: (await getBinding(db, planId))?.autosave ?? true,
    dirty: false,
  };
  if (here) {
    // The plan is already here: the file's changes come in as a merge, then it is bound.
    const taken = await takeInFile(
      planStore(planId, opened.name),
      opened.text,
      binding,
      askAboutConflicts(opened.name),
    );
    if (taken.status !== 'merged') return;
    const local = await snapshotPlan(db, planId);
    binding.dirty = local !== null && fingerprinted(local).fingerprint !== binding.fingerprint;
  }
  await putBinding(db, binding);
  ui.openPlan(planId);
  ui.showToast(`Opened “${opened.name}”. Changes are saved to it.`, false);
}

/** Save: to the bound file without asking; an unbound plan asks once where. */
export async function saveCurrentPlan(): Promise<void> {
  const planId = useUi.getState().currentPlanId;
  if (!planId) return;
  if (!platform.documents) return exportCurrentPlan('plan');
  if (await getBinding(db, planId)) return saveToFile(planId, { auto: false });
  return saveCurrentPlanAs();
}

/** Save As…: binds the plan to a file the user chooses, and writes it there. */
export async function saveCurrentPlanAs(): Promise<void> {
  const host = platform.documents;
  const ui = useUi.getState();
  const planId = ui.currentPlanId;
  if (!planId) return;
  if (!host) return exportCurrentPlan('plan');
  const plan = await db.plans.get(planId);
  if (!plan) return;
  const chosen = await host.chooseSaveLocation(plan.name);
  if (chosen.status === 'cancelled') return;
  if (chosen.status === 'error') return ui.showError(`Could not save: ${chosen.message}`);
  const previous = await getBinding(db, planId);
  await putBinding(db, {
    planId,
    name: chosen.name,
    location: chosen.location,
    // The user chose to replace what is there: written over, not merged.
    stamp: chosen.stamp,
    fingerprint: null,
    autosave: previous?.autosave ?? true,
    dirty: true,
  });
  return saveToFile(planId, { auto: false });
}

export async function setAutosave(planId: string, autosave: boolean): Promise<void> {
  await updateBinding(db, planId, { autosave });
  if (autosave) await saveToFile(planId, { auto: true });
}

/** Turns autosave of the current plan's file on or off; a plan with no file has none. */
export async function toggleAutosave(): Promise<void> {
  const ui = useUi.getState();
  const planId = ui.currentPlanId;
  const binding = planId ? await getBinding(db, planId) : undefined;
  if (!planId || !binding) {
    ui.showToast('This plan is not kept in a file: choose Save As… first.', false);
    return;
  }
  await setAutosave(planId, !binding.autosave);
  ui.announce(`Autosave ${binding.autosave ? 'off' : 'on'} for “${binding.name}”.`);
}
