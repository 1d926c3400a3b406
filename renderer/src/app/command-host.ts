/**
 * The window's side of every command (shared/commands): what opening a dialog, undoing or
 * exporting means here. Commands call only these, so the registry stays free of the page.
 */
import type { CommandDialog, CommandHost } from '../../../shared/commands/define';
import { db } from '../db';
import { addSamplePortfolio } from '../db/plans';
import { nextThemeSource } from '../store/theme-source';
import { chooseFileToImport, exportCurrentPlan } from '../plan-io/import-commands';
import {
  openDocument,
  saveCurrentPlan,
  saveCurrentPlanAs,
  toggleAutosave,
} from '../plan-io/documents/document-commands';
import { exportViewAsPdf, exportViewAsPng, printView } from '../portfolio/export/export-commands';
import { useUi, type Dialog } from '../store';
import type { View } from '../store/route';
import { useSettings } from '../store/settings';
import { isTextEntry } from '../ui/dom';
import { focusBoardSoon } from '../ui/focus-memory';
import { SEARCH_INPUT_ID } from '../commands/app-commands';
import { perform, redoLastAction, undoLastAction } from '../commands/perform';

/** Text fields keep their own undo; the app's undo is for changes to the plan. */
const isEditingText = () => isTextEntry(document.activeElement);

export async function loadSamplePortfolio(): Promise<void> {
  const ui = useUi.getState();
  const planId = ui.currentPlanId;
  if (!planId) return;
  const done = await perform('Load sample portfolio', () => addSamplePortfolio(db, planId));
  if (done) {
    ui.announce('Loaded the sample portfolio.');
    focusBoardSoon();
  }
}

/**
 * The store's dialog for a command's: plan dialogs name the plan open now, product ones the
 * product shown (a stakeholder update elsewhere covers the whole portfolio).
 */
function dialogFor(dialog: CommandDialog, planId: string | null, view: View): Dialog | null {
  const productId = view.kind === 'product' ? view.productId : null;
  switch (dialog) {
    case 'new-product':
      return { kind: 'new-product', stage: 'ideation' };
    case 'rename-plan':
    case 'delete-plan':
      return planId ? { kind: dialog, planId } : null;
    case 'stakeholder-update':
      return { kind: dialog, productId };
    case 'feedback-csv':
      return productId ? { kind: dialog, productId } : null;
    default:
      return { kind: dialog };
  }
}

export const appHost: CommandHost = {
  openDialog(dialog) {
    const ui = useUi.getState();
    const next = dialogFor(dialog, ui.currentPlanId, ui.view);
    if (next) ui.openDialog(next);
  },
  loadSample: loadSamplePortfolio,
  async undo() {
    if (isEditingText()) document.execCommand('undo');
    else await undoLastAction();
  },
  async redo() {
    if (isEditingText()) document.execCommand('redo');
    else await redoLastAction();
  },
  focusSearch() {
    const input = document.getElementById(SEARCH_INPUT_ID);
    input?.focus();
    if (input instanceof HTMLInputElement) input.select();
  },
  toggleArchived() {
    const ui = useUi.getState();
    ui.setShowArchived(!ui.showArchived);
  },
  cycleTheme() {
    const settings = useSettings.getState();
    settings.update({ theme: nextThemeSource(settings.theme) });
  },
  importPlan: chooseFileToImport,
  openDocument,
  saveDocument: saveCurrentPlan,
  saveDocumentAs: saveCurrentPlanAs,
  toggleAutosave,
  exportPlan: exportCurrentPlan,
  exportView(kind) {
    if (kind === 'pdf') return exportViewAsPdf();
    if (kind === 'png') return exportViewAsPng();
    return printView();
  },
  showView(kind) {
    useUi.getState().showView({ kind });
  },
};
