/**
 * What each app command does (shared/commands.ts lists them). The native menu, the toolbar
 * and the page's shortcuts all end here.
 */
import type { AppCommand } from '../../../shared/commands';
import { db } from '../db';
import { addSamplePortfolio } from '../db/plans';
import { useUi } from '../store';
import { useSettings } from '../store/settings';
import { nextThemeSource } from '../app/theme-source';
import { isTextEntry } from '../ui/dom';
import { focusBoardSoon } from '../ui/focus-memory';
import { chooseFileToImport, exportCurrentPlan } from '../plan-io/import-commands';
import { exportViewAsPdf, exportViewAsPng, printView } from '../portfolio/export/export-commands';
import { perform, redoLastAction, undoLastAction } from './perform';

export const SEARCH_INPUT_ID = 'board-search';

/** Text fields keep their own undo; the app's undo is for board actions. */
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

export async function runAppCommand(command: AppCommand): Promise<void> {
  const ui = useUi.getState();
  switch (command) {
    case 'new-product':
      ui.openDialog({ kind: 'new-product', stage: 'ideation' });
      return;
    case 'new-plan':
      ui.openDialog({ kind: 'new-plan' });
      return;
    case 'load-sample':
      return loadSamplePortfolio();
    case 'undo':
      if (isEditingText()) document.execCommand('undo');
      else await undoLastAction();
      return;
    case 'redo':
      if (isEditingText()) document.execCommand('redo');
      else await redoLastAction();
      return;
    case 'focus-search':
      document.getElementById(SEARCH_INPUT_ID)?.focus();
      return;
    case 'toggle-archived':
      ui.setShowArchived(!ui.showArchived);
      return;
    case 'toggle-theme':
      useSettings.getState().update({ theme: nextThemeSource(useSettings.getState().theme) });
      return;
    case 'import-plan':
      return chooseFileToImport();
    case 'export-plan':
      return exportCurrentPlan('plan');
    case 'export-markdown':
      return exportCurrentPlan('markdown');
    case 'export-csv':
      return exportCurrentPlan('csv');
    case 'export-backlog-csv':
      return exportCurrentPlan('backlog-csv');
    case 'export-html':
      return exportCurrentPlan('html');
    case 'export-pdf':
      return exportViewAsPdf();
    case 'export-png':
      return exportViewAsPng();
    case 'print':
      return printView();
    case 'restore-backup':
      ui.openDialog({ kind: 'backups' });
      return;
    case 'stakeholder-update':
      ui.openDialog({ kind: 'stakeholder-update', productId: null });
      return;
    case 'open-settings':
      ui.openDialog({ kind: 'settings' });
      return;
  }
}
