/**
 * Plan files as documents in the desktop app. Main shows the dialogs and reads and writes the
 * files (electron/main/documents); the page holds only the token main issued for each file the
 * user chose, so it can never name a file to write. Main watches the bound files and tells the
 * page when one may have changed; the window's title shows the document.
 */
import type { FileRead, FileWrite } from '../../../shared/documents/save-document';
import type { PlannerApi } from '../../../shared/ipc/contract';
import type {
  ChosenDesktopDocument,
  OpenedDesktopDocument,
} from '../../../shared/ipc/document-contract';
import type { DocumentLocation } from '../../../shared/storage/documents';
import type { ChosenDocument, DocumentHost, OpenedDocument } from './documents';

function tokenOf(location: DocumentLocation): string {
  if (location.kind !== 'desktop') throw new Error('This file was bound in the browser.');
  return location.token;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function opened(result: OpenedDesktopDocument): OpenedDocument {
  if (result.status !== 'opened') return result;
  const { token, name, text, stamp } = result;
  return { status: 'opened', location: { kind: 'desktop', token }, name, text, stamp };
}

function chosen(result: ChosenDesktopDocument): ChosenDocument {
  if (result.status !== 'chosen') return result;
  const { token, name, stamp } = result;
  return { status: 'chosen', location: { kind: 'desktop', token }, name, stamp };
}

/** A refused or failed call (the bridge throws) becomes an answer the caller already handles. */
async function orError<T>(call: () => Promise<T>, failed: (message: string) => T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    return failed(describe(error));
  }
}

export function electronDocuments(api: PlannerApi): DocumentHost {
  const listeners = new Map<string, Set<() => void>>();
  let subscribed = false;
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    api.onDocumentChanged((token) => {
      for (const listener of listeners.get(token) ?? []) listener();
    });
  };
  const unreadable = (message: string): FileRead & FileWrite => ({
    status: 'unreadable',
    message,
  });

  return {
    open: async () =>
      opened(
        await orError(
          () => api.openDocument(),
          (message) => ({ status: 'error', message }),
        ),
      ),
    chooseSaveLocation: async (suggestedName) =>
      chosen(
        await orError(
          () => api.chooseDocumentLocation(suggestedName),
          (message) => ({ status: 'error', message }),
        ),
      ),
    file(location) {
      const token = tokenOf(location);
      return {
        read: () => orError<FileRead>(() => api.readDocument(token), unreadable),
        write: (parts, expectedStamp) =>
          orError<FileWrite>(
            () => api.writeDocument({ token, parts: [...parts], expectedStamp }),
            unreadable,
          ),
      };
    },
    watch(location, onChange) {
      const token = tokenOf(location);
      subscribe();
      const set = listeners.get(token) ?? new Set<() => void>();
      set.add(onChange);
      listeners.set(token, set);
      void api.watchDocument(token, true).catch(() => undefined);
      return () => {
        set.delete(onChange);
        void api.watchDocument(token, false).catch(() => undefined);
      };
    },
    // Main reads and writes for the page: there is no permission to ask for.
    ensureAccess: () => Promise.resolve(true),
    async sameFile(a, b) {
      if (a.kind !== 'desktop' || b.kind !== 'desktop') return false;
      return orError(
        () => api.sameDocument(a.token, b.token),
        () => false,
      );
    },
    showDocument(state) {
      const token = state && state.location.kind === 'desktop' ? state.location.token : null;
      void api
        .showDocument(
          state && token !== null ? { name: state.name, edited: state.edited, token } : null,
        )
        .catch(() => undefined);
    },
    canOpenDropped: () => Promise.resolve(true),
    openDropped: async (drop) =>
      opened(
        await orError(
          () => api.openDroppedDocument(drop.file),
          (message) => ({ status: 'error', message }),
        ),
      ),
    onQuit: (listener) => api.onDocumentsQuit(listener),
  };
}
