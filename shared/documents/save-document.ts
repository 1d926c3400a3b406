/**
 * Saving a plan to the file it is bound to without ever writing over someone else's change.
 * The binding remembers the file as it was last read or written (its stamp: a hash of its
 * bytes). Before writing, the file is read: if it is no longer that, another copy of the app
 * (a colleague in a shared folder, a sync client, a git checkout) changed it, and its content
 * is merged into the plan first, three-way against the copy both started from, asking the
 * user only about fields both sides changed. The write itself only lands if the file is
 * still what was read (compare and swap), else the whole round starts again.
 *
 * The local side and the file are interfaces, so the app (IndexedDB, main's atomic writes or
 * the File System Access API) and the model test (in memory) run this same code.
 */
import { fingerprinted, withBase } from '../plan-file/fingerprint';
import type { MergeChoices, PlanMerge } from '../plan-file/merge';
import { parsePlanText } from '../plan-file/parse';
import type { PlanFile } from '../plan-file/types';

/** What the binding knows of the file: as last read or written. */
export interface Binding {
  /** Hash of the file's bytes; null when it was never read (a Save As to a new file). */
  stamp: string | null;
  /**
   * The fingerprint of the plan the file held then. Every version of a bound file descends
   * from the ones before (nothing is written over a change without merging it), so this is
   * always a version the file on disk and this side both descend from: the base of a merge
   * even when the file names a later one this side never saw.
   */
  fingerprint: string | null;
}

export type FileRead =
  | { status: 'read'; text: string; stamp: string }
  | { status: 'missing' | 'unreadable'; message: string };

export type FileWrite =
  | { status: 'saved'; stamp: string }
  | { status: 'changed' }
  | { status: 'missing' | 'unreadable'; message: string };

/** The file: read whole, written only if it still has the stamp it was read with. */
export interface DocumentFile {
  read(): Promise<FileRead>;
  write(parts: readonly string[], expectedStamp: string | null): Promise<FileWrite>;
}

/** The plan's side: its working copy, and the copies it has shared. */
export interface DocumentStore {
  snapshot(): Promise<PlanFile | null>;
  /**
   * What merging the file in would do, against the base found for it: the file itself or the
   * copy it names when this side shared those, else `known`, a copy both descend from.
   */
  previewMerge(incoming: PlanFile, known: string | null): Promise<PlanMerge | null>;
  /**
   * Merges the file in, again inside the write, with the user's choices, and remembers it as
   * a copy shared (this side has now seen it).
   */
  merge(incoming: PlanFile, choices: MergeChoices, known: string | null): Promise<void>;
  /** The base a file written now names, for the plan of this fingerprint. */
  baseToWrite(fingerprint: string): Promise<string | null>;
  /** Remembers a copy as shared: written to the file, or read from it. */
  remember(copy: {
    fingerprint: string;
    base: string | null;
    parts: readonly string[];
  }): Promise<void>;
}

/** Asks the user about conflicts; null when they cancel (then nothing is written). */
export type ResolveConflicts = (merge: PlanMerge) => Promise<MergeChoices | null>;

export type SaveOutcome =
  | { status: 'saved'; stamp: string; fingerprint: string; merged: boolean }
  | { status: 'cancelled' }
  | { status: 'missing' | 'unreadable' | 'other-plan' | 'gone'; message: string };

/** How many times a save starts again when the file changes under it. */
const ATTEMPTS = 5;

/** True when a merge needs the user: a field both changed, or an edit against a deletion. */
export function needsChoices(merge: PlanMerge): boolean {
  return merge.diff.some((entry) => entry.fields.length > 0 || entry.presence !== null);
}

/** The file's content, when it is no longer what the binding last saw. */
async function changedOnDisk(
  file: DocumentFile,
  stamp: string | null,
): Promise<{ read: FileRead; incoming: PlanFile | null } | SaveOutcome> {
  const read = await file.read();
  if (read.status !== 'read') {
    // A file never written yet (Save As) is expected to be missing.
    if (read.status === 'missing' && stamp === null) return { read, incoming: null };
    return { status: read.status, message: read.message };
  }
  if (read.stamp === stamp) return { read, incoming: null };
  const parsed = parsePlanText(read.text);
  if (!parsed.ok) {
    return {
      status: 'unreadable',
      message: `The file was changed and can no longer be read: ${parsed.problem.message}`,
    };
  }
  return { read, incoming: parsed.file };
}

/** Merges a file changed by someone else into the plan; false when the user cancelled. */
async function takeIn(
  store: DocumentStore,
  incoming: PlanFile,
  known: string | null,
  resolve: ResolveConflicts,
): Promise<boolean> {
  const preview = await store.previewMerge(incoming, known);
  if (preview === null) return true;
  let choices: MergeChoices = {};
  if (needsChoices(preview)) {
    const chosen = await resolve(preview);
    if (chosen === null) return false;
    choices = chosen;
  }
  await store.merge(incoming, choices, known);
  return true;
}

export async function saveDocument(
  store: DocumentStore,
  file: DocumentFile,
  binding: Binding,
  resolve: ResolveConflicts,
): Promise<SaveOutcome> {
  let expected = binding.stamp;
  let known = binding.fingerprint;
  let merged = false;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const local = await store.snapshot();
    if (!local) return { status: 'gone', message: 'The plan no longer exists.' };
    const state = await changedOnDisk(file, expected);
    if ('status' in state) return state;
    if (state.incoming) {
      if (state.incoming.plan.id !== local.plan.id) {
        return {
          status: 'other-plan',
          message: `The file now holds another plan (“${state.incoming.plan.name}”), so this plan was not written over it.`,
        };
      }
      if (!(await takeIn(store, state.incoming, known, resolve))) return { status: 'cancelled' };
      merged = true;
      // What is on disk now is a version both sides share, should the write have to retry.
      known = fingerprinted(state.incoming).fingerprint;
    }
    if (state.read.status === 'read') expected = state.read.stamp;
    // Written from the plan as it is now: the merge above, and any edit made meanwhile.
    const current = state.incoming ? await store.snapshot() : local;
    if (!current) return { status: 'gone', message: 'The plan no longer exists.' };
    const { unbased, fingerprint } = fingerprinted(current);
    const base = await store.baseToWrite(fingerprint);
    const written = await file.write(withBase(unbased, base), expected);
    if (written.status === 'changed') continue;
    if (written.status !== 'saved') return { status: written.status, message: written.message };
    await store.remember({ fingerprint, base, parts: unbased });
    return { status: 'saved', stamp: written.stamp, fingerprint, merged };
  }
  return {
    status: 'unreadable',
    message: `The file kept changing while it was being saved (${ATTEMPTS} tries); nothing was written over it.`,
  };
}

/**
 * A file opened or changed on disk, taken into the plan: merged (asking only about fields both
 * changed) and remembered as shared. Used when the file changes while the plan is open.
 */
export async function takeInFile(
  store: DocumentStore,
  text: string,
  binding: Binding,
  resolve: ResolveConflicts,
): Promise<{ status: 'merged' | 'cancelled' } | { status: 'unreadable'; message: string }> {
  const parsed = parsePlanText(text);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.problem.message };
  if (!(await takeIn(store, parsed.file, binding.fingerprint, resolve))) {
    return { status: 'cancelled' };
  }
  return { status: 'merged' };
}
