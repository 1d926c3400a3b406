/**
 * What the renderer needs from its host to keep plans in files, as documents: choose a file to
 * open or to save to, read it and write it (only if it is still what was read), learn when it
 * changes on disk, and show the document in the window's title.
 */
import type { DocumentFile } from '../../../shared/documents/save-document';
import type { DocumentLocation } from '../../../shared/storage/documents';

export type OpenedDocument =
  | { status: 'opened'; location: DocumentLocation; name: string; text: string; stamp: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** A place to save to, and the stamp of the file already there (the user chose to replace it). */
export type ChosenDocument =
  | { status: 'chosen'; location: DocumentLocation; name: string; stamp: string | null }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * A plan file dropped on the window: the File, and in the browser the promise of its handle
 * (DataTransferItem.getAsFileSystemHandle must be asked during the drop event itself; null
 * where the browser has no such method).
 */
export interface DroppedPlan {
  file: File;
  handle: Promise<FileSystemHandle | null> | null;
}

export type DocumentQuitAction = 'flush' | 'save';

export interface DocumentHost {
  open(): Promise<OpenedDocument>;
  chooseSaveLocation(suggestedName: string): Promise<ChosenDocument>;
  file(location: DocumentLocation): DocumentFile;
  /** Calls back when the file may have changed on disk; returns a function that stops it. */
  watch(location: DocumentLocation, onChange: () => void): () => void;
  /**
   * Whether the app may read and write the file; with `ask`, the user is asked when needed
   * (the browser asks again after a reload, and only in answer to a click).
   */
  ensureAccess(location: DocumentLocation, options: { ask: boolean }): Promise<boolean>;
  /** Whether two locations are the same file. */
  sameFile(a: DocumentLocation, b: DocumentLocation): Promise<boolean>;
  /** The window's title and unsaved mark for the open document (none: null). */
  showDocument(state: { name: string; edited: boolean; location: DocumentLocation } | null): void;
  /** Whether a dropped file can be opened as a document here (the browser needs its handle). */
  canOpenDropped(drop: DroppedPlan): Promise<boolean>;
  openDropped(drop: DroppedPlan): Promise<OpenedDocument>;
  /**
   * Where the host itself asks about unsaved files before the window closes (the desktop
   * app): the listener writes what it is asked to and answers with the files still unsaved.
   * Absent where the page must ask (beforeunload).
   */
  onQuit?(listener: (action: DocumentQuitAction) => Promise<string[]>): () => void;
}
