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
  showDocument(state: { name: string; edited: boolean } | null): void;
}
