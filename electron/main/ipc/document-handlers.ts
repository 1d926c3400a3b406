/**
 * Handlers for the document channels (shared/ipc/document-contract.ts), behind the gate in
 * handle.ts. Main shows the dialogs, issues a token for each file the user chose and touches
 * the disk itself; the page names files only by those tokens.
 */
import { realpath } from 'node:fs/promises';
import { basename, extname, isAbsolute } from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter, WebContents } from 'electron';
import {
  DOCUMENT_CHANGED_CHANNEL,
  type OpenedDesktopDocument,
} from '../../../shared/ipc/document-contract';
import { PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';
import { readDocumentFile, writeDocumentFile } from '../documents/document-file';
import { samePath, type DocumentTokens } from '../documents/document-tokens';
import { createDocumentWatcher } from '../documents/document-watcher';
import { showDocumentInWindow } from '../documents/document-window';
import type { DocumentsQuitGuard } from '../documents/quit-documents';
import type { RecentFiles } from '../files/recent-files';
import { suggestedFileName } from './file-handlers';
import type { Handle } from './handle';
import { errorMessage } from './save-dialog';

export const DOCUMENT_FILTERS: FileFilter[] = [
  { name: `Lifecycle plans (*.${PLAN_FILE_EXTENSION})`, extensions: [PLAN_FILE_EXTENSION] },
];

export const UNKNOWN_TOKEN_MESSAGE =
  'The app no longer knows where this file is (its list of files was lost or reset).';
export const NOT_A_PLAN_MESSAGE = `Only Lifecycle plan files (.${PLAN_FILE_EXTENSION}) open as documents; use Import… for other files.`;

export interface DocumentServices {
  tokens: DocumentTokens;
  recentFiles: RecentFiles;
  /** How long the watcher gathers a burst of events; tests shorten it. */
  watchDebounceMs?: number;
  /** app.addRecentDocument: the Dock's and the Jump List's recent files. */
  addRecentDocument(path: string): void;
  /** The guard of the window asking, for its answers before closing. */
  quitGuard(sender: WebContents): DocumentsQuitGuard | null;
  platform: NodeJS.Platform;
}

function windowOf(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender);
}

/** Two paths name one file: the same file on disk, or the same spelling when one is gone. */
async function sameFileAt(a: string, b: string): Promise<boolean> {
  if (samePath(a, b)) return true;
  try {
    return samePath(await realpath(a), await realpath(b));
  } catch {
    return false;
  }
}

export interface DocumentHandlers {
  /** Looks at every watched file (the window got focus: synced folders miss events). */
  checkFiles(): Promise<void>;
  close(): void;
}

export function registerDocumentHandlers(
  handle: Handle,
  services: DocumentServices,
): DocumentHandlers {
  const { tokens, recentFiles } = services;
  /** Who asked to watch each token: the news goes to that page. */
  const watchers = new Map<string, WebContents>();
  const watcher = createDocumentWatcher({
    debounceMs: services.watchDebounceMs,
    notify: (token) => {
      const contents = watchers.get(token);
      if (contents && !contents.isDestroyed()) contents.send(DOCUMENT_CHANGED_CHANNEL, token);
    },
    onError: (error) => console.error('Could not watch a plan file:', error),
  });

  /** Joins File > Open Recent, the Dock and the Jump List. */
  const remember = async (path: string) => {
    services.addRecentDocument(path);
    await recentFiles.add(path);
  };

  const openAt = async (path: string): Promise<OpenedDesktopDocument> => {
    if (extname(path).toLowerCase() !== `.${PLAN_FILE_EXTENSION}`) {
      return { status: 'error', message: NOT_A_PLAN_MESSAGE };
    }
    const read = await readDocumentFile(path);
    if (read.status !== 'read') return { status: 'error', message: read.message };
    const token = await tokens.issue(path);
    await remember(path);
    return { status: 'opened', token, name: basename(path), text: read.text, stamp: read.stamp };
  };

  handle('document:open', async (_request, sender) => {
    try {
      const window = windowOf(sender);
      const options = {
        title: 'Open Plan',
        filters: DOCUMENT_FILTERS,
        properties: ['openFile' as const],
      };
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const [path] = choice.filePaths;
      if (choice.canceled || path === undefined) return { status: 'cancelled' };
      return await openAt(path);
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  handle('document:open-dropped', async ({ path }) => {
    if (!isAbsolute(path)) return { status: 'error', message: NOT_A_PLAN_MESSAGE };
    return openAt(path);
  });

  handle('document:choose-save', async ({ suggestedName }, sender) => {
    try {
      const window = windowOf(sender);
      const options = {
        title: 'Save Plan',
        defaultPath: suggestedFileName(suggestedName, PLAN_FILE_EXTENSION),
        filters: DOCUMENT_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      const path = choice.filePath;
      if (choice.canceled || !path) return { status: 'cancelled' };
      const there = await readDocumentFile(path);
      if (there.status === 'unreadable') {
        return {
          status: 'error',
          message: `${there.message} It was not replaced; choose another name.`,
        };
      }
      const token = await tokens.issue(path);
      if (there.status === 'read') await remember(path);
      const stamp = there.status === 'read' ? there.stamp : null;
      return { status: 'chosen', token, name: basename(path), stamp };
    } catch (error) {
      return { status: 'error', message: errorMessage(error) };
    }
  });

  handle('document:read', async ({ token }) => {
    const path = await tokens.pathOf(token);
    if (path === null) return { status: 'missing', message: UNKNOWN_TOKEN_MESSAGE };
    return readDocumentFile(path);
  });

  handle('document:write', async ({ token, parts, expectedStamp }) => {
    const path = await tokens.pathOf(token);
    if (path === null) return { status: 'missing', message: UNKNOWN_TOKEN_MESSAGE };
    const written = await writeDocumentFile(path, parts, expectedStamp);
    if (written.status !== 'saved') return written;
    // Our own write is no news to the page.
    await watcher.seen(path);
    if (expectedStamp === null) await remember(path);
    return written;
  });

  handle('document:watch', async ({ token, watching }, sender) => {
    if (!watching) {
      watcher.unwatch(token);
      return undefined;
    }
    const path = await tokens.pathOf(token);
    if (path === null) return undefined;
    watchers.set(token, sender);
    watcher.watch(token, path);
    return undefined;
  });

  handle('document:same-file', async ({ a, b }) => {
    if (a === b) return true;
    const [pathA, pathB] = await Promise.all([tokens.pathOf(a), tokens.pathOf(b)]);
    return pathA !== null && pathB !== null && sameFileAt(pathA, pathB);
  });

  handle('document:show', async (state, sender) => {
    const window = windowOf(sender);
    if (!window) return undefined;
    const path = state === null ? null : await tokens.pathOf(state.token);
    showDocumentInWindow(
      window,
      state && { name: state.name, edited: state.edited, path },
      services.platform,
    );
    return undefined;
  });

  handle('document:quit-answer', ({ requestId, unsaved }, sender) => {
    services.quitGuard(sender)?.answered(requestId, unsaved);
    return undefined;
  });

  return { checkFiles: () => watcher.checkAll(), close: () => watcher.close() };
}
