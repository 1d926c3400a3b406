/**
 * Before the window closes or the app quits, bound files get their unsaved changes, the way
 * pending backups do (quit-backup-flush.ts, whose waiter this uses): main asks the page
 * (DOCUMENT_QUIT_CHANNEL) to write what autosave would, and the page answers with the files
 * still unsaved (autosave off, or a save that could not land). Then the user is asked: Save
 * (the page saves them, and is asked again about any that still failed), Don't Save (the
 * changes stay in the app's database, only the file lacks them) or Cancel (nothing closes).
 *
 * The page gets a time limit for each answer, so a hung page cannot keep the app open; its
 * edits are in its database already, so nothing is lost when it does not answer.
 */
import type { MessageBoxOptions } from 'electron';
import {
  DOCUMENT_QUIT_CHANNEL,
  type DocumentQuitAction,
} from '../../../shared/ipc/document-contract';
import { createBackupFlushWaiter, type QuitEmitter } from '../quit-backup-flush';

/** Long enough to write a large plan, or for the user to settle a conflict while saving. */
export const DOCUMENT_QUIT_TIMEOUT_MS = 30_000;

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface QuitTarget {
  isDestroyed(): boolean;
  send(channel: string, requestId: string, action: DocumentQuitAction): void;
}

export interface DocumentsQuitGuard {
  /**
   * Whether the window may close: true once the files are saved or the user chose not to.
   * Calls while one is deciding share its answer; once it is true, it stays true.
   */
  settle(): Promise<boolean>;
  /** True once the user (or saved files) let the window close. */
  isDecided(): boolean;
  /** The page's answer to one request; false (ignored) for a request not pending. */
  answered(requestId: string, unsaved: readonly string[]): boolean;
}

export function createDocumentsQuitGuard(options: {
  target: () => QuitTarget | null;
  askUser: (unsaved: readonly string[]) => Promise<UnsavedChoice>;
  timeoutMs?: number;
  newRequestId?: () => string;
}): DocumentsQuitGuard {
  const waiter = createBackupFlushWaiter(
    options.timeoutMs ?? DOCUMENT_QUIT_TIMEOUT_MS,
    options.newRequestId,
  );
  const answers = new Map<string, readonly string[]>();
  let deciding: Promise<boolean> | null = null;
  let decided = false;

  /** The files still unsaved after the page did `action`; none when there is no page to ask. */
  const askPage = async (action: DocumentQuitAction): Promise<readonly string[]> => {
    const contents = options.target();
    if (contents === null || contents.isDestroyed()) return [];
    let asked = '';
    const outcome = await waiter.request((requestId) => {
      asked = requestId;
      contents.send(DOCUMENT_QUIT_CHANNEL, requestId, action);
    });
    const unsaved = answers.get(asked) ?? [];
    answers.delete(asked);
    return outcome === 'flushed' ? unsaved : [];
  };

  const decide = async () => {
    let unsaved = await askPage('flush');
    while (unsaved.length > 0) {
      const choice = await options.askUser(unsaved);
      if (choice === 'cancel') return false;
      if (choice === 'discard') return true;
      unsaved = await askPage('save');
    }
    return true;
  };

  return {
    settle() {
      if (decided) return Promise.resolve(true);
      deciding ??= decide()
        .then((close) => {
          decided = close;
          return close;
        })
        .finally(() => {
          deciding = null;
        });
      return deciding;
    },
    isDecided: () => decided,
    answered(requestId, unsaved) {
      answers.set(requestId, unsaved);
      if (waiter.flushed(requestId)) return true;
      answers.delete(requestId);
      return false;
    },
  };
}

/** The question, as the system's message box asks it. */
export function unsavedQuestion(unsaved: readonly string[]): MessageBoxOptions {
  const [only] = unsaved;
  return {
    type: 'warning',
    buttons: ['Save', 'Don’t Save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    message:
      unsaved.length === 1 && only !== undefined
        ? `Do you want to save the changes you made to “${only}”?`
        : `Do you want to save the changes you made to ${String(unsaved.length)} files?`,
    detail: `${unsaved.length > 1 ? `${unsaved.join(', ')}. ` : ''}If you don’t save, the changes stay in Lifecycle Planner, but the file does not get them.`,
  };
}

export function choiceOf(response: number): UnsavedChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/**
 * Holds a quit until the guard settles; a Cancel leaves the app running, and the next quit
 * asks again. Quits that come while the user is deciding wait for the same decision.
 */
export function holdQuitForDocuments(
  app: QuitEmitter,
  guard: () => DocumentsQuitGuard | null,
): void {
  let state: 'idle' | 'asking' | 'done' = 'idle';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    const current = guard();
    if (current === null) return;
    event.preventDefault();
    if (state === 'asking') return;
    state = 'asking';
    void current.settle().then((quit) => {
      state = quit ? 'done' : 'idle';
      if (quit) app.quit();
    });
  });
}

/** The parts of a BrowserWindow closing needs; the real one satisfies them. */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: { isDestroyed(): boolean };
}

/** Holds the window's close the same way. */
export function holdCloseForDocuments(window: GuardedWindow, guard: DocumentsQuitGuard): void {
  let asking = false;
  window.on('close', (event) => {
    if (guard.isDecided() || window.isDestroyed() || window.webContents.isDestroyed()) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void guard.settle().then((close) => {
      asking = false;
      if (close && !window.isDestroyed()) window.close();
    });
  });
}
