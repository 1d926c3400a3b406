/**
 * The app's local log: one text file in the user-data folder, for the user (Help → Show Logs)
 * and for whoever they choose to show it to. Nothing is ever sent anywhere. The file is
 * rotated by size, so it never grows without bound: past `maxBytes` it becomes `.1`, the
 * older ones move up, and the oldest beyond `keep` is deleted.
 */
import { appendFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const LOGS_FOLDER_NAME = 'logs';
export const LOG_FILE_NAME = 'lifecycle-planner.log';
export const LOG_MAX_BYTES = 256 * 1024;
export const LOG_KEEP = 3;

export type LogDetails = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface AppLog {
  readonly folder: string;
  readonly file: string;
  /** Appends one line; writes happen one after another, in the order asked. */
  write(event: string, details?: LogDetails): Promise<void>;
}

export interface AppLogOptions {
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
  /** A log that cannot be written must not take the app down: this hears why. */
  onError?: (error: unknown) => void;
}

/** `2025-03-01T10:00:00.000Z render-process-gone reason="crashed" exitCode=139` */
export function formatLogLine(at: Date, event: string, details: LogDetails = {}): string {
  const fields = Object.entries(details)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? JSON.stringify(value) : value}`);
  // One event is one line, whatever a reason or a message holds.
  const name = event.replace(/\s+/g, '-');
  return [at.toISOString(), name, ...fields].join(' ') + '\n';
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

async function rotate(file: string, keep: number): Promise<void> {
  await rm(`${file}.${keep}`, { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) {
    await rename(`${file}.${n}`, `${file}.${n + 1}`).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
  }
  await rename(file, `${file}.1`);
}

export function createAppLog(folder: string, options: AppLogOptions = {}): AppLog {
  const file = join(folder, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const keep = Math.max(1, options.keep ?? LOG_KEEP);
  const now = options.now ?? (() => new Date());
  let queue: Promise<void> = Promise.resolve();

  async function append(line: string): Promise<void> {
    await mkdir(folder, { recursive: true });
    const size = await sizeOf(file);
    if (size > 0 && size + Buffer.byteLength(line) > maxBytes) await rotate(file, keep);
    await appendFile(file, line, 'utf8');
  }

  return {
    folder,
    file,
    write(event, details) {
      const line = formatLogLine(now(), event, details);
      queue = queue.then(() =>
        append(line).catch((error: unknown) => {
          options.onError?.(error);
        }),
      );
      return queue;
    },
  };
}
