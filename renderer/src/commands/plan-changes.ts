/**
 * A plan changed by a user action (an edit, an undo, an import, a restore): its automatic
 * backup and its bound file both learn of it here, so neither can be forgotten by a new path.
 */
import { autoBackup } from '../backups';
import { noteDocumentChange } from '../documents/document-sync';

export function noteChange(planId: string): void {
  autoBackup.noteChange(planId);
  noteDocumentChange(planId);
}
