/**
 * Saving a file where the user chooses: main shows the save dialog and writes the bytes
 * atomically itself, so the renderer never names a path. Exports of text and of pictures
 * both save this way.
 */
import { basename, dirname, join } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import type { SaveFileResult } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// With a parent window the dialog is modal to it (a sheet on macOS); without one it floats.
function showSaveDialog(
  sender: WebContents,
  options: SaveDialogOptions,
): Promise<SaveDialogReturnValue> {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
}

export interface SaveRequest {
  /** The dialog's title, its one file type, and the name it offers. */
  title: string;
  filter: FileFilter;
  name: string;
  contents: string | Uint8Array;
  /** Runs once the file is written, before the result goes back (a plan joins recent files). */
  afterSave?: (filePath: string) => Promise<void>;
}

/**
 * A saver that offers, each time, the folder its last save went to in this session, so a
 * second export lands beside the first. Errors (a refused write) are thrown to the caller.
 */
export function createDialogSaver(): (
  sender: WebContents,
  request: SaveRequest,
) => Promise<SaveFileResult> {
  let lastFolder: string | null = null;
  return async (sender, { title, filter, name, contents, afterSave }) => {
    const choice = await showSaveDialog(sender, {
      title,
      defaultPath: lastFolder === null ? name : join(lastFolder, name),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    // The path is the user's choice as made: adding an extension here could overwrite a
    // file the dialog never asked about.
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await writeFileAtomic(choice.filePath, contents);
    lastFolder = dirname(choice.filePath);
    await afterSave?.(choice.filePath);
    return { status: 'saved', fileName: basename(choice.filePath) };
  };
}
