/**
 * What the window connects as it starts, so that lower layers never import higher ones
 * (docs/architecture.md, "Layers"): commands run through the app's host, and every change to
 * a plan reaches its automatic backup and its bound file.
 */
import { autoBackup } from '../backups';
import { installCommandHost } from '../commands/app-commands';
import { onPlanChanged } from '../commands/plan-changes';
import { noteDocumentChange } from '../plan-io/documents/document-sync';
import { appHost } from './command-host';

export function wireWindow(): void {
  installCommandHost(appHost);
  onPlanChanged((planId) => autoBackup.noteChange(planId));
  onPlanChanged(noteDocumentChange);
}
