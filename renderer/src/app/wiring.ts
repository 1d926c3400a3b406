/**
 * What the window connects as it starts, so that lower layers never import higher ones
 * (docs/architecture.md, "Layers"): commands run through the app's host, and every change to
 * a plan reaches its automatic backup and its bound file, and a portfolio view's data is read
 * as soon as the view is asked for.
 */
import { autoBackup } from '../backups';
import { installCommandHost } from '../commands/app-commands';
import { onPlanChanged } from '../commands/plan-changes';
import { noteDocumentChange } from '../plan-io/documents/document-sync';
import { db } from '../db';
import { startPortfolioRead } from '../db/portfolio';
import { useUi } from '../store';
import { appHost } from './command-host';

export function wireWindow(): void {
  installCommandHost(appHost);
  onPlanChanged((planId) => autoBackup.noteChange(planId));
  onPlanChanged(noteDocumentChange);
  // Heard as the view is asked for, before the window draws it: the database reads meanwhile.
  useUi.subscribe((state, before) => {
    const { view, currentPlanId } = state;
    if (view === before.view || currentPlanId === null) return;
    if (view.kind === 'roadmap' || view.kind === 'health') {
      startPortfolioRead(db, view.kind, currentPlanId);
    }
  });
}
