/**
 * Owns `recent-files.json` in the user-data folder: the plan files the user opened or saved
 * lately, newest first, at most ten, one entry per path. The list is a convenience, so reading
 * never fails (a missing, oversized or corrupt file gives an empty list) and a failed write is
 * reported, not thrown. Writes are atomic and queued, so the file always holds one whole list
 * and a newer list never loses to an older one.
 *
 * Entries whose file has gone stay listed until the user tries one: then they get the "no
 * longer exists" message and the entry is dropped (see openAndRemember).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import * as v from 'valibot';
import { recentFileSchema, type OpenedFile, type RecentFile } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { isOpenablePlanPath } from './openable';
import { readPlanFile } from './read-plan-file';

export const RECENT_FILES_NAME = 'recent-files.json';
export const MAX_RECENT_FILES = 10;
const MAX_RECENT_FILES_BYTES = 256 * 1024;

const storedEntrySchema = v.object({
  ...recentFileSchema.entries,
  path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096), v.check(isOpenablePlanPath)),
});
// Entries are checked one by one, so one bad entry costs only itself.
const storedListSchema = v.object({ version: v.literal(1), files: v.array(v.unknown()) });

export interface RecentFiles {
  /** Reads the file once; later calls return the same promise. */
  load(): Promise<void>;
  list(): Promise<RecentFile[]>;
  has(path: string): Promise<boolean>;
  /** Puts `path` first, as opened now; a path that is not a plan file or Trello export is ignored. */
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
  /** Called with the new list after every change; returns a function that stops it. */
  onChange(listener: (files: RecentFile[]) => void): () => void;
  /** Resolves once every queued write has landed (or failed and been reported). */
  flush(): Promise<void>;
}

export interface RecentFilesOptions {
  onError?: (error: unknown) => void;
  now?: () => Date;
}

/** Windows paths are case-insensitive; elsewhere two spellings may be two files. */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** Newest first, one entry per path, at most MAX_RECENT_FILES. */
export function normaliseRecentList(files: readonly RecentFile[]): RecentFile[] {
  const kept: RecentFile[] = [];
  for (const file of files) {
    if (kept.length === MAX_RECENT_FILES) break;
    if (!kept.some((other) => samePath(other.path, file.path))) kept.push(file);
  }
  return kept;
}

export async function readRecentList(file: string): Promise<RecentFile[]> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_RECENT_FILES_BYTES) return [];
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    const stored = v.safeParse(storedListSchema, JSON.parse(text) as unknown);
    if (!stored.success) return [];
    const entries = stored.output.files.flatMap((entry) => {
      const parsed = v.safeParse(storedEntrySchema, entry);
      return parsed.success ? [parsed.output] : [];
    });
    return normaliseRecentList(entries);
  } catch {
    // Missing, unreadable, not UTF-8 or not JSON: start with an empty list.
    return [];
  }
}

export function createRecentFiles(file: string, options: RecentFilesOptions = {}): RecentFiles {
  const onError = options.onError ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(files: RecentFile[]) => void>();
  let files: RecentFile[] = [];
  let loading: Promise<void> | null = null;
  let writes: Promise<void> = Promise.resolve();

  const load = () =>
    (loading ??= readRecentList(file).then((read) => {
      files = read;
    }));

  /** Applies a change to the loaded list, then saves and announces it if anything differs. */
  const change = async (update: (current: RecentFile[]) => RecentFile[]) => {
    await load();
    const next = normaliseRecentList(update(files));
    if (JSON.stringify(next) === JSON.stringify(files)) return;
    files = next;
    const text = `${JSON.stringify({ version: 1, files: next }, null, 2)}\n`;
    writes = writes.then(() => writeFileAtomic(file, text)).catch(onError);
    for (const listener of listeners) {
      try {
        listener([...next]);
      } catch (error) {
        onError(error);
      }
    }
    await writes;
  };

  return {
    load,
    list: async () => {
      await load();
      return [...files];
    },
    has: async (path) => {
      await load();
      // Exact: stored paths are absolute, so a relative or unlisted path never matches.
      return files.some((entry) => samePath(entry.path, path));
    },
    add: (path) => {
      const full = resolve(path);
      // Only what could be opened from outside is remembered, since a listed path may be read.
      if (!isOpenablePlanPath(full)) return Promise.resolve();
      const entry = { path: full, fileName: basename(full), openedAt: now().toISOString() };
      return change((current) => [entry, ...current.filter((e) => !samePath(e.path, full))]);
    },
    remove: (path) => change((current) => current.filter((e) => !samePath(e.path, resolve(path)))),
    clear: () => change(() => []),
    onChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    flush: () => writes,
  };
}

/** Whether nothing is at `path` any more (not: it is there but could not be read). */
export async function isMissing(path: string): Promise<boolean> {
  try {
    await stat(path);
    return false;
  } catch (error) {
    return (
      typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
    );
  }
}

/**
 * Reads a plan file for the renderer and keeps the recent list in step: a file that opened
 * moves to the top, one that no longer exists leaves the list. Never throws.
 */
export async function openAndRemember(recent: RecentFiles, path: string): Promise<OpenedFile> {
  const file = await readPlanFile(path);
  if (file.status === 'opened') await recent.add(path);
  else if (await isMissing(path)) await recent.remove(path);
  return file;
}
