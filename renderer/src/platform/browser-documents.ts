/**
 * Plan files as documents in the browser build, through the File System Access API
 * (Chromium): the pickers give handles, which IndexedDB keeps across reloads (the browser then
 * asks the user again before the app may write). A write goes through createWritable, which
 * the browser lands whole when it is closed. There is no file watcher: the file is looked at
 * when the window gets focus and every few seconds while it has it.
 */
import type { DocumentFile, FileRead, FileWrite } from '../../../shared/documents/save-document';
import { sha256Hex } from '../../../shared/plan-file/fingerprint';
import type { DocumentLocation } from '../../../shared/storage/documents';
import type { ChosenDocument, DocumentHost, DroppedPlan, OpenedDocument } from './documents';

const PLAN_TYPES: FilePickerAcceptType[] = [
  { description: 'Lifecycle plan', accept: { 'application/x-lifecycle-plan': ['.lcplan'] } },
];

/** How often the file is looked at while the window has focus. */
const POLL_MS = 4_000;

function handleOf(location: DocumentLocation): FileSystemFileHandle {
  if (location.kind !== 'browser') throw new Error('This file was bound in the desktop app.');
  return location.handle as FileSystemFileHandle;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const isMissing = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'NotFoundError' || error.name === 'NotReadableError');

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How long a file may be absent while another writer swaps a new copy in. */
const SWAP_RETRIES = 5;
const SWAP_WAIT_MS = 100;

async function readText(handle: FileSystemFileHandle, attempt = 1): Promise<FileRead> {
  try {
    const text = await (await handle.getFile()).text();
    return { status: 'read', text, stamp: sha256Hex(text) };
  } catch (error) {
    // A writer (another tab, a sync client) replaces the file as it closes: for a moment it
    // is not there. Only a file still gone after that is reported, and the plan unbound.
    if (isMissing(error) && attempt < SWAP_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, SWAP_WAIT_MS));
      return readText(handle, attempt + 1);
    }
    if (isMissing(error)) {
      return { status: 'missing', message: `“${handle.name}” is no longer there.` };
    }
    return {
      status: 'unreadable',
      message: `“${handle.name}” could not be read: ${describe(error)}`,
    };
  }
}

function fileAt(location: DocumentLocation): DocumentFile {
  const handle = handleOf(location);
  return {
    read: () => readText(handle),
    async write(parts, expectedStamp): Promise<FileWrite> {
      const current = await readText(handle);
      const stamp = current.status === 'read' ? current.stamp : null;
      if (current.status === 'unreadable') return current;
      if (stamp !== expectedStamp) return { status: 'changed' };
      try {
        const writable = await handle.createWritable();
        for (const part of parts) await writable.write(part);
        await writable.close();
      } catch (error) {
        return {
          status: 'unreadable',
          message: `“${handle.name}” could not be written: ${describe(error)}`,
        };
      }
      return { status: 'saved', stamp: sha256Hex(parts) };
    },
  };
}

async function openHandle(handle: FileSystemFileHandle): Promise<OpenedDocument> {
  const read = await readText(handle);
  if (read.status !== 'read') return { status: 'error', message: read.message };
  const location: DocumentLocation = { kind: 'browser', handle };
  return { status: 'opened', location, name: handle.name, text: read.text, stamp: read.stamp };
}

const isFileHandle = (handle: FileSystemHandle | null): handle is FileSystemFileHandle =>
  handle !== null && handle.kind === 'file';

/** The dropped file's handle; null where the browser gave none (a drop made by script). */
async function droppedHandle(drop: DroppedPlan): Promise<FileSystemHandle | null> {
  return (await drop.handle?.catch(() => null)) ?? null;
}

export function browserDocuments(): DocumentHost | null {
  if (
    typeof window.showOpenFilePicker !== 'function' ||
    typeof window.showSaveFilePicker !== 'function'
  ) {
    return null;
  }
  return {
    async open(): Promise<OpenedDocument> {
      try {
        const [handle] = (await window.showOpenFilePicker?.({ types: PLAN_TYPES })) ?? [];
        if (!handle) return { status: 'cancelled' };
        return await openHandle(handle);
      } catch (error) {
        return isAbort(error)
          ? { status: 'cancelled' }
          : { status: 'error', message: describe(error) };
      }
    },
    async chooseSaveLocation(suggestedName): Promise<ChosenDocument> {
      try {
        const handle = await window.showSaveFilePicker?.({
          types: PLAN_TYPES,
          suggestedName: `${suggestedName}.lcplan`,
        });
        if (!handle) return { status: 'cancelled' };
        // The user chose to replace whatever is there (the picker may also have made an
        // empty file): its stamp lets the first write land.
        const read = await readText(handle);
        const stamp = read.status === 'read' ? read.stamp : null;
        return {
          status: 'chosen',
          location: { kind: 'browser', handle },
          name: handle.name,
          stamp,
        };
      } catch (error) {
        return isAbort(error)
          ? { status: 'cancelled' }
          : { status: 'error', message: describe(error) };
      }
    },
    file: fileAt,
    watch(location, onChange) {
      const handle = handleOf(location);
      let known: string | null = null;
      const look = async () => {
        try {
          const file = await handle.getFile();
          const seen = `${file.lastModified}:${file.size}`;
          if (known !== null && seen !== known) onChange();
          known = seen;
        } catch {
          if (known !== null) onChange();
          known = null;
        }
      };
      void look();
      const timer = window.setInterval(() => {
        if (document.hasFocus()) void look();
      }, POLL_MS);
      const onFocus = () => void look();
      window.addEventListener('focus', onFocus);
      return () => {
        window.clearInterval(timer);
        window.removeEventListener('focus', onFocus);
      };
    },
    async ensureAccess(location) {
      const handle = handleOf(location);
      const mode = { mode: 'readwrite' as const };
      if (!handle.queryPermission || (await handle.queryPermission(mode)) === 'granted')
        return true;
      return (await handle.requestPermission?.(mode)) === 'granted';
    },
    async sameFile(a, b) {
      if (a.kind !== 'browser' || b.kind !== 'browser') return false;
      return handleOf(a).isSameEntry(handleOf(b));
    },
    canOpenDropped: async (drop) => isFileHandle(await droppedHandle(drop)),
    async openDropped(drop) {
      const handle = await droppedHandle(drop);
      if (!isFileHandle(handle)) {
        return {
          status: 'error',
          message:
            'The browser gave no access to the dropped file; choose Open… to keep the plan in it.',
        };
      }
      return openHandle(handle);
    },
    showDocument(state) {
      document.title = state
        ? `${state.edited ? '• ' : ''}${state.name} — Lifecycle Planner`
        : 'Lifecycle Planner';
    },
  };
}
