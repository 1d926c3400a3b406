/**
 * Plans kept in files as documents, wired into the app: the token map in the user-data
 * folder, the IPC handlers, a look at the bound files whenever a window gets focus, and the
 * question about unsaved files before a window closes or the app quits. index.ts only calls
 * these hooks.
 */
import { join } from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow, WebContents } from 'electron';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { RecentFiles } from '../files/recent-files';
import { registerDocumentHandlers, type DocumentHandlers } from '../ipc/document-handlers';
import type { Handle } from '../ipc/handle';
import type { QuitEmitter } from '../quit-backup-flush';
import { DOCUMENT_TOKENS_NAME, createDocumentTokens } from './document-tokens';
import {
  choiceOf,
  createDocumentsQuitGuard,
  holdCloseForDocuments,
  holdQuitForDocuments,
  unsavedQuestion,
  type DocumentsQuitGuard,
} from './quit-documents';

export interface DesktopDocumentsOptions {
  userData: string;
  recentFiles: RecentFiles;
  addRecentDocument(path: string): void;
  platform: NodeJS.Platform;
}

export interface DesktopDocuments {
  register(handle: Handle): void;
  /** Focus checks and the question before closing, for a new window. */
  attachWindow(window: BrowserWindow): void;
  holdQuit(app: QuitEmitter, window: () => BrowserWindow | null): void;
  /**
   * A file the OS asked to open, with its token when the user chose it before: the page then
   * brings forward the plan bound to it, if any, instead of previewing an import.
   */
  withToken(path: string, file: OpenedFile): Promise<OpenedFile>;
}

export function createDesktopDocuments(options: DesktopDocumentsOptions): DesktopDocuments {
  const tokens = createDocumentTokens(join(options.userData, DOCUMENT_TOKENS_NAME), {
    onError: (error) => console.error('Could not save the list of plan files:', error),
  });
  const guards = new WeakMap<WebContents, DocumentsQuitGuard>();
  let handlers: DocumentHandlers | null = null;

  return {
    register(handle) {
      handlers = registerDocumentHandlers(handle, {
        tokens,
        recentFiles: options.recentFiles,
        addRecentDocument: options.addRecentDocument,
        platform: options.platform,
        quitGuard: (sender) => guards.get(sender) ?? null,
      });
    },
    attachWindow(window) {
      const guard = createDocumentsQuitGuard({
        target: () => (window.isDestroyed() ? null : window.webContents),
        askUser: async (unsaved) =>
          choiceOf((await dialog.showMessageBox(window, unsavedQuestion(unsaved))).response),
      });
      guards.set(window.webContents, guard);
      holdCloseForDocuments(window, guard);
      window.on('focus', () => {
        void handlers?.checkFiles();
      });
    },
    holdQuit(app, window) {
      holdQuitForDocuments(app, () => {
        const current = window();
        return current && !current.isDestroyed() ? (guards.get(current.webContents) ?? null) : null;
      });
    },
    async withToken(path, file) {
      if (file.status !== 'opened') return file;
      const token = await tokens.tokenOf(path);
      if (token === null) return file;
      options.addRecentDocument(path);
      return { ...file, documentToken: token };
    },
  };
}
