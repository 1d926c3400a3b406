/**
 * A plan bound to a file: where the file is (as the host knows it), what the file held when
 * this side last read or wrote it, and whether the plan has changed since. IndexedDB stays the
 * working store; the file is the shared copy (docs/sharing.md).
 */

/**
 * Where the file is. The desktop app knows it by a token main issued when the user chose the
 * file (the renderer never holds a path to write); the browser by a FileSystemFileHandle,
 * which IndexedDB can keep across reloads.
 */
export type DocumentLocation =
  { kind: 'desktop'; token: string } | { kind: 'browser'; handle: unknown };

export interface DocumentBinding {
  planId: string;
  /** The file's name, as shown in the title and the plan menu. */
  name: string;
  location: DocumentLocation;
  /** Hash of the file's bytes as last read or written here; null before the first write. */
  stamp: string | null;
  /** Fingerprint of the plan the file held then: the base of the next merge. */
  fingerprint: string | null;
  /** Write to the file once edits pause. */
  autosave: boolean;
  /** The plan changed since the file was last read or written. */
  dirty: boolean;
}

/** How long edits must pause before an autosave writes them. */
export const AUTOSAVE_IDLE_MS = 1_500;
