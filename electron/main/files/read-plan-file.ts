/**
 * Reads a plan file (or a Trello export) from disk for the renderer. The size is checked
 * before a byte is read, and again on the open file in case it was swapped meanwhile; the
 * bytes are decoded by shared/plan-file/decode.ts, the same rules the web build applies to a
 * dropped file. Never throws: every problem comes back as an error result with a message a
 * user can act on.
 */
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { checkPlanFileSize, decodePlanBytes } from '../../../shared/plan-file/decode';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan-file/types';

export interface ReadPlanFileOptions {
  /**
   * Runs between the checks on the path and opening the file. Only tests use it, to make a
   * file vanish or change at the one moment a real user's file manager might.
   */
  afterCheck?: () => Promise<void>;
}

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
    // Stat the path before opening it: opening a named pipe or a device could block forever.
    const info = await stat(path);
    const early = kindRefusal(fileName, info) ?? sizeRefusal(fileName, info.size);
    if (early !== null) return early;

    await options.afterCheck?.();
    handle = await open(path, 'r');
    // The path may now name a different file than the one checked above.
    const opened = await handle.stat();
    const swapped = kindRefusal(fileName, opened) ?? sizeRefusal(fileName, opened.size);
    if (swapped !== null) return swapped;
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
