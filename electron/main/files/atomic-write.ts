/**
 * The one way main writes a file the user cares about: into a temporary file beside the
 * target, fsynced, then renamed over the target, then the folder fsynced (where the platform
 * allows). A crash at any moment leaves either the old file or the new one, never a mix; a
 * failure removes the temporary file and says in plain words what went wrong.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Plain words for the errors a save can meet; the code stays in the message for support. */
const WRITE_ERROR_REASONS: Record<string, (folder: string) => string> = {
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'your disk quota is used up',
  EACCES: () => 'you do not have permission to write there',
  EPERM: () => 'you do not have permission to write there',
  EROFS: () => 'the disk is read-only',
  ENOENT: (folder) => `the folder “${folder}” does not exist`,
  ENOTDIR: () => 'part of the path is a file, not a folder',
  EISDIR: () => 'a folder with that name is in the way',
  EBUSY: () => 'the file is in use by another program',
  ENAMETOOLONG: () => 'the name is too long',
  EIO: () => 'the disk reported an input/output error',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** "Could not save “plan.lcplan”: the disk is full (ENOSPC)." */
export function describeWriteError(target: string, error: unknown): Error {
  const code = errorCode(error);
  const reason = code === undefined ? undefined : WRITE_ERROR_REASONS[code];
  const detail =
    reason !== undefined
      ? `${reason(dirname(target))} (${code})`
      : error instanceof Error
        ? error.message
        : String(error);
  return new Error(`Could not save “${basename(target)}”: ${detail}.`, { cause: error });
}

/** A name no other writer (another save, another instance) can be using at the same time. */
function temporaryPathFor(target: string): string {
  const unique = `${process.pid}-${randomBytes(6).toString('hex')}`;
  return join(dirname(target), `.${basename(target)}.${unique}.tmp`);
}

/** Keeps an existing file's permissions; a new file gets the usual ones (less the umask). */
async function modeFor(target: string): Promise<number> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return 0o666;
  }
}

/**
 * Makes the rename itself durable. Windows cannot open a folder for fsync, and some file
 * systems refuse it; the file is already complete and in place by then, so a refusal only
 * means the rename might not survive a power cut, and is not reported as a failed save.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // See above: best effort only.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * On Windows, a virus scanner, the search indexer or a sync client often holds the target open
 * for a moment after it changed, and a rename over it then fails with EPERM or EBUSY (sometimes
 * EACCES) although nothing is wrong. Retried with growing pauses (about 1.3 s in all) before
 * the save is called failed. Elsewhere those codes mean what they say and are not retried.
 */
export const WINDOWS_RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 20, 40, 80, 160, 320, 640];
const TRANSIENT_WINDOWS_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

export interface AtomicWriteOptions {
  /** The platform whose rules apply; tests pass 'win32' to exercise the retries anywhere. */
  platform?: NodeJS.Platform;
  /** The rename; tests wrap the real one to make it fail the way Windows does. */
  rename?: (from: string, to: string) => Promise<void>;
  /** Pauses between attempts on Windows. */
  retryDelaysMs?: readonly number[];
}

async function renameOver(from: string, to: string, options: AtomicWriteOptions): Promise<void> {
  const renameOnce = options.rename ?? rename;
  const delays =
    (options.platform ?? process.platform) === 'win32'
      ? (options.retryDelaysMs ?? WINDOWS_RENAME_RETRY_DELAYS_MS)
      : [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await renameOnce(from, to);
      return;
    } catch (error) {
      const delay = delays[attempt];
      const code = errorCode(error);
      if (delay === undefined || code === undefined || !TRANSIENT_WINDOWS_RENAME_CODES.has(code))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export async function writeFileAtomic(
  target: string,
  /** Parts are written one after another, so a large plan is never joined into one string. */
  contents: string | Uint8Array | readonly string[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = temporaryPathFor(target);
  let handle: FileHandle | undefined;
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    handle = await open(temporary, 'wx', await modeFor(target));
    await handle.writeFile(contents);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameOver(temporary, target, options);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw describeWriteError(target, error);
  }
  await syncFolder(dirname(target));
}
