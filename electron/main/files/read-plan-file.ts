/**
 * Reads a plan file (or a Trello export) from disk for the renderer. The file is opened first
 * and every check is made on the open handle, never on the path: a path checked and then
 * opened can change in between (a named pipe put there would make a blocking open wait
 * forever). So the open never blocks (O_NONBLOCK: a pipe or device opens at once and is then
 * refused as not a regular file) and never follows a link planted at the last moment
 * (O_NOFOLLOW), where the platform has these flags. The size is checked on the handle before
 * a byte is read, and the read itself stops one byte past the limit; the bytes are decoded by
 * shared/plan-file/decode.ts, the same rules the web build applies to a dropped file. Never
 * throws: every problem comes back as an error result with a message a user can act on.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { checkPlanFileSize, decodePlanBytes } from '../../../shared/plan-file/decode';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan-file/types';

export interface ReadPlanFileOptions {
  /**
   * Whether a symbolic link at the path is followed: yes (the default) for files the user
   * names, which may well be links they made; no for files main keeps itself (backups), where a
   * link can only be a trap. Either way the link is resolved once, before opening, and the
   * open then refuses a link that appeared since.
   */
  followLink?: boolean;
  /**
   * Runs after the path is resolved and before it is opened. Only tests use it, to change the
   * file at the one moment a real user's file manager (or an attacker) might.
   */
  beforeOpen?: () => Promise<void>;
}

// Windows has neither flag (nor named pipes in the file system); 0 leaves the open as it was.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function refused(message: string): OpenedFile {
  return { status: 'error', message };
}

function describeReadError(fileName: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `“${fileName}” no longer exists; it may have been moved or deleted.`;
    case 'EISDIR':
      return `“${fileName}” is a folder, not a plan file.`;
    case 'ENOTDIR':
      return `“${fileName}” cannot be opened: part of its path is a file, not a folder.`;
    case 'EACCES':
    case 'EPERM':
      return `Could not open “${fileName}”: you do not have permission to read it.`;
    case 'EBUSY':
      return `Could not open “${fileName}”: it is in use by another program.`;
    case 'EIO':
      return `Could not open “${fileName}”: the disk reported an input/output error.`;
    case 'ELOOP':
      return `Could not open “${fileName}”: it is a symbolic link that is not followed here.`;
    default:
      return `Could not open “${fileName}”: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Reads at most `limit + 1` bytes, so a file that grew past the limit is caught, not slurped. */
export async function readUpTo(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Only regular files are read: not folders, pipes or devices. */
function kindRefusal(fileName: string, info: Stats): OpenedFile | null {
  if (info.isDirectory()) return refused(`“${fileName}” is a folder, not a plan file.`);
  if (!info.isFile()) return refused(`“${fileName}” is not a regular file.`);
  return null;
}

function sizeRefusal(fileName: string, size: number): OpenedFile | null {
  const problem = checkPlanFileSize(size);
  return problem === null ? null : refused(`Could not open “${fileName}”. ${problem.message}`);
}

export async function readPlanFile(
  path: string,
  options: ReadPlanFileOptions = {},
): Promise<OpenedFile> {
  const fileName = basename(path);
  let handle: FileHandle | undefined;
  try {
    const target = options.followLink === false ? path : await realpath(path);
    await options.beforeOpen?.();
    handle = await open(target, OPEN_FLAGS);
    // What was opened is what gets checked: a folder, pipe or device is refused here.
    const info = await handle.stat();
    const refusal = kindRefusal(fileName, info) ?? sizeRefusal(fileName, info.size);
    if (refusal !== null) return refusal;
    // Still bounded: the file may grow while it is being read.
    const bytes = await readUpTo(handle, MAX_PLAN_FILE_BYTES);
    const late = sizeRefusal(fileName, bytes.byteLength);
    if (late !== null) return late;

    const decoded = decodePlanBytes(bytes);
    if (!decoded.ok) return refused(`Could not open “${fileName}”. ${decoded.problem.message}`);
    return { status: 'opened', fileName, text: decoded.text };
  } catch (error) {
    return refused(describeReadError(fileName, error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
