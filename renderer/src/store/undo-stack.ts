/**
 * The undo history as a pure value: what undo and redo would replay. It holds the changes of
 * each user action (record states before and after), never live rows for display.
 */
export interface UndoEntry<Change> {
  label: string;
  changes: readonly Change[];
  /**
   * An import's changes, too many to hold here, are kept off the page under this key (see
   * db/import-undo) and replayed off the page's thread.
   */
  importKey?: string;
}

export interface UndoHistory<Change> {
  past: UndoEntry<Change>[];
  future: UndoEntry<Change>[];
}

export const UNDO_LIMIT = 200;

export function emptyHistory<Change>(): UndoHistory<Change> {
  return { past: [], future: [] };
}

/** A new action forgets what could be redone, as every editor does. */
export function recordAction<Change>(
  history: UndoHistory<Change>,
  entry: UndoEntry<Change>,
  limit = UNDO_LIMIT,
): UndoHistory<Change> {
  if (entry.changes.length === 0 && !entry.importKey) return history;
  return { past: [...history.past, entry].slice(-limit), future: [] };
}

export function stepBack<Change>(
  history: UndoHistory<Change>,
): { entry: UndoEntry<Change>; history: UndoHistory<Change> } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function stepForward<Change>(
  history: UndoHistory<Change>,
): { entry: UndoEntry<Change>; history: UndoHistory<Change> } | null {
  const [entry, ...rest] = history.future;
  if (!entry) return null;
  return { entry, history: { past: [...history.past, entry], future: rest } };
}
