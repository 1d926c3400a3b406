/**
 * Handlers for the contract's file channels; each runs behind the gate in handle.ts. Main
 * shows the dialogs and touches the disk itself: the renderer only ever gets to name a path
 * that main put in the recent list, so it can neither write nor read a file of its choosing.
 */
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter, OpenDialogOptions, OpenDialogReturnValue, WebContents } from 'electron';
import { fileNameWith } from '../../../shared/domain/file-names';
import type { SavedFileKind } from '../../../shared/ipc/contract';
import { formatBytes } from '../../../shared/plan-file/decode';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';
import { openAndRemember, type RecentFiles } from '../files/recent-files';
import { readPlanFile } from '../files/read-plan-file';
import type { Handle } from './handle';
import { createDialogSaver, errorMessage } from './save-dialog';

export const SAVED_FILE_FORMATS: Record<
  SavedFileKind,
  { extension: string; filter: FileFilter; title: string }
> = {
  plan: {
    extension: PLAN_FILE_EXTENSION,
    filter: { name: 'Lifecycle plans', extensions: [PLAN_FILE_EXTENSION] },
    title: 'Export Plan',
  },
  markdown: {
    extension: 'md',
    filter: { name: 'Markdown', extensions: ['md'] },
    title: 'Export as Markdown',
  },
  csv: {
    extension: 'csv',
    filter: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
    title: 'Export Products as CSV',
  },
  html: {
    extension: 'html',
    filter: { name: 'Web page', extensions: ['html'] },
    title: 'Export as Web Page',
  },
};

export const OPEN_PLAN_FILTERS: FileFilter[] = [
  { name: `Lifecycle plans (*.${PLAN_FILE_EXTENSION})`, extensions: [PLAN_FILE_EXTENSION] },
  { name: 'Trello exports (*.json)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

export const NOT_RECENT_MESSAGE =
  'That file is not in the recent files list; use Import Plan… to open it.';

/**
 * The name offered in the save dialog: the renderer's suggestion made safe again here (main
 * trusts nothing the page sends), with the extension added once.
 */
export function suggestedFileName(suggestedName: string, extension: string): string {
  return fileNameWith(suggestedName, extension);
}

// With a parent window the dialog is modal to it (a sheet on macOS); without one it floats.
function showOpenDialog(
  sender: WebContents,
  options: OpenDialogOptions,
): Promise<OpenDialogReturnValue> {
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

export function registerFileHandlers(handle: Handle, recentFiles: RecentFiles): void {
  const save = createDialogSaver();

  handle('file:save', async ({ kind, suggestedName, contents }, sender) => {
    const { extension, filter, title } = SAVED_FILE_FORMATS[kind];
    // A plan file over the limit could never be opened again, so it is not written at all.
    const bytes = kind === 'plan' ? Buffer.byteLength(contents, 'utf8') : 0;
    if (bytes > MAX_PLAN_FILE_BYTES) {
      return {
        status: 'error',
        message: `The plan is ${formatBytes(bytes)} as a file, and plan files can be at most ${formatBytes(MAX_PLAN_FILE_BYTES)}, so it could not be opened again; nothing was saved.`,
      };
    }
    try {
      return await save(sender, {
        title,
        filter,
        name: suggestedFileName(suggestedName, extension),
        contents,
        afterSave: kind === 'plan' ? (path) => recentFiles.add(path) : undefined,
      });
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  handle('file:open-plan', async (_request, sender) => {
    try {
      const choice = await showOpenDialog(sender, {
        title: 'Import Plan',
        filters: OPEN_PLAN_FILTERS,
        properties: ['openFile'],
      });
      const [path] = choice.filePaths;
      if (choice.canceled || path === undefined) return { status: 'cancelled' };
      const file = await readPlanFile(path);
      if (file.status === 'opened') await recentFiles.add(path);
      return file;
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  // The renderer names a path here, so only one main itself put in the list is read.
  handle('file:open-recent', async ({ path }) => {
    if (!(await recentFiles.has(path))) return { status: 'error', message: NOT_RECENT_MESSAGE };
    return openAndRemember(recentFiles, path);
  });

  handle('file:recent-list', () => recentFiles.list());
}
