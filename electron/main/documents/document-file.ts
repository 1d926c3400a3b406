/**
 * A plan file bound as a document, as main reads and writes it for the page. Reading goes
 * through readPlanFile (the size cap, the open that never blocks on a pipe, strict UTF-8); a
 * write is compare-and-swap: main reads the file again and writes only if it is still what
 * the page last saw (its stamp), so a colleague's change is never written over unmerged. The
 * write itself is atomic (atomic-write.ts): the file is always the old plan or the new one.
 *
 * A stamp is the SHA-256 of the file's text as UTF-8, the same as shared sha256Hex computes in
 * the page and in the browser build, so stamps from either side compare.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatBytes } from '../../../shared/plan-file/decode';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan-file/types';
import { writeFileAtomic } from '../files/atomic-write';
import { readPlanFile } from '../files/read-plan-file';
import { isMissing } from '../files/recent-files';

export type DocumentRead =
  | { status: 'read'; text: string; stamp: string }
  | { status: 'missing' | 'unreadable'; message: string };

export type DocumentWrite =
  | { status: 'saved'; stamp: string }
  | { status: 'changed' }
  | { status: 'missing' | 'unreadable'; message: string };

export function stampOf(parts: string | readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of typeof parts === 'string' ? [parts] : parts) hash.update(part, 'utf8');
  return hash.digest('hex');
}

export async function readDocumentFile(path: string): Promise<DocumentRead> {
  const file = await readPlanFile(path);
  if (file.status === 'opened')
    return { status: 'read', text: file.text, stamp: stampOf(file.text) };
  if (file.status === 'cancelled') return { status: 'unreadable', message: 'Nothing was read.' };
  return { status: (await isMissing(path)) ? 'missing' : 'unreadable', message: file.message };
}

/** One write per file at a time, so two of main's own writes never interleave. */
const writesInFlight = new Map<string, Promise<unknown>>();

function oneAtATime<T>(path: string, task: () => Promise<T>): Promise<T> {
  const previous = writesInFlight.get(path) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  writesInFlight.set(path, settled);
  void settled.then(() => {
    if (writesInFlight.get(path) === settled) writesInFlight.delete(path);
  });
  return next;
}

/**
 * Writes `parts` to the file only if it still has `expectedStamp` (null: only if there is no
 * file, or the user chose to replace an empty one). Never throws.
 */
export function writeDocumentFile(
  path: string,
  parts: readonly string[],
  expectedStamp: string | null,
): Promise<DocumentWrite> {
  return oneAtATime(path, async (): Promise<DocumentWrite> => {
    const name = basename(path);
    const bytes = parts.reduce((sum, part) => sum + Buffer.byteLength(part, 'utf8'), 0);
    if (bytes > MAX_PLAN_FILE_BYTES) {
      return {
        status: 'unreadable',
        message: `The plan is ${formatBytes(bytes)} as a file, and plan files can be at most ${formatBytes(MAX_PLAN_FILE_BYTES)}, so it could not be opened again; “${name}” was not written.`,
      };
    }
    const current = await readDocumentFile(path);
    if (current.status === 'unreadable') return current;
    if (current.status === 'missing' && expectedStamp !== null) return current;
    const stamp = current.status === 'read' ? current.stamp : null;
    if (stamp !== expectedStamp) return { status: 'changed' };
    try {
      // Through a link the user made to the file, not over the link itself.
      const target = current.status === 'read' ? await realpath(path) : path;
      await writeFileAtomic(target, parts);
    } catch (error) {
      return {
        status: 'unreadable',
        message: error instanceof Error ? error.message : `Could not save “${name}”.`,
      };
    }
    return { status: 'saved', stamp: stampOf(parts) };
  });
}
