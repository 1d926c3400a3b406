/**
 * Plan files that arrive from outside the page. One the OS opens (a double-click, Open Recent,
 * a second launch) brings forward the plan bound to it, if any, else previews its import as
 * before; one dropped on the window asks whether to open it as a document or import it.
 */
import { PLAN_FILE_EXTENSION } from '../../../../shared/plan-file/types';
import type { DocumentLocation } from '../../../../shared/storage/documents';
import { db } from '../../db';
import { bindingOfFile } from '../../db/documents';
import { startImport } from '../import-commands';
import { platform, type PickedFile } from '../../platform';
import type { DocumentQuitAction } from '../../platform/documents';
import { useUi } from '../../store';
import { flushAutosaves, saveToFile, syncFromFile } from './document-sync';

/** Brings forward the plan bound to the file, and takes in what changed there; false: none. */
async function bringForwardBound(location: DocumentLocation): Promise<boolean> {
  const host = platform.documents;
  if (!host) return false;
  const bound = await bindingOfFile(db, (b) => host.sameFile(b.location, location));
  if (!bound) return false;
  useUi.getState().openPlan(bound.planId);
  void syncFromFile(bound.planId);
  return true;
}

/** A file the OS handed over. */
export async function arriveFile(picked: PickedFile): Promise<void> {
  if (picked.status === 'picked' && picked.document && (await bringForwardBound(picked.document)))
    return;
  startImport(picked);
}

const isPlanFile = (file: File) => file.name.toLowerCase().endsWith(`.${PLAN_FILE_EXTENSION}`);

/**
 * A file dropped on the window. Runs inside the drop event: the browser hands out a dropped
 * file's handle only then, so it is asked for here and awaited later.
 */
export function dropFile(data: DataTransfer): void {
  const file = data.files[0];
  if (!file) return;
  if (!platform.documents || !isPlanFile(file)) {
    startImport({ status: 'picked', source: { fileName: file.name, blob: file } });
    return;
  }
  const item = [...data.items].find((entry) => entry.kind === 'file');
  const handle =
    item && typeof item.getAsFileSystemHandle === 'function' ? item.getAsFileSystemHandle() : null;
  useUi.getState().openDialog({ kind: 'drop-choice', drop: { file, handle } });
}

/**
 * Main's question before the window closes: write what autosave would ('flush') or every
 * unsaved file ('save'), then name the files still unsaved.
 */
export async function answerQuit(action: DocumentQuitAction): Promise<string[]> {
  if (action === 'flush') await flushAutosaves();
  else {
    for (const binding of await db.documents.toArray()) {
      if (binding.dirty) await saveToFile(binding.planId, { auto: false });
    }
  }
  return (await db.documents.toArray()).filter((b) => b.dirty).map((b) => b.name);
}
