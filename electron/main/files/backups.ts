/**
 * Automatic backups of plans, kept by main in `<userData>/backups/<plan folder>/`. Each backup
 * is a plan file named `<UTC timestamp>-<random>.lcplan`, with a `.json` sidecar beside it that
 * holds the plan's id, name and product count for the "Restore from backup" list.
 *
 * - Nothing the renderer sends becomes a path as given: the plan id is mapped to a folder name
 *   of safe characters (or a hash of it), and `read` accepts only ids of the exact shape `list`
 *   returns, resolved and checked to stay inside the backups folder.
 * - Writes are atomic (writeFileAtomic) and queued one at a time, then the plan's folder is
 *   pruned with shared/backups/retention.ts. The time of a backup comes from its file name,
 *   never from mtime, which copying or a sync tool can change.
 * - A failed write deletes nothing: earlier backups stay, and the result says so.
 * - The sidecar is written before the backup, so a listed backup always has its metadata unless
 *   the sidecar was damaged later; then it is listed as "Unknown plan", never hidden.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { z } from 'zod';
import type {
  BackupInfo,
  OpenedFile,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../../shared/ipc/contract';
import { backupsToDelete } from '../../../shared/backups/retention';
import { PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import { readPlanFile } from './read-plan-file';

export const BACKUPS_FOLDER_NAME = 'backups';
export const UNKNOWN_PLAN_NAME = 'Unknown plan';
export const UNKNOWN_BACKUP_MESSAGE = 'That backup does not exist; it may have been removed.';

/** A plan id used as is (lower case, so case-insensitive disks cannot merge two plans)... */
const PLAIN_FOLDER = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** ...or, for any other id, `_` and a hash of it. */
const HASHED_FOLDER = /^_[0-9a-f]{40}$/;
// Names Windows reserves for devices, whatever the extension.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
/** `20261125T212912345Z-0a1b2c3d.lcplan`: the UTC time to the millisecond, then 8 random hex. */
const BACKUP_FILE = new RegExp(
  `^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(\\d{3})Z-[0-9a-f]{8}\\.${PLAN_FILE_EXTENSION}$`,
);
const BACKUP_ID = new RegExp(
  `^(${PLAIN_FOLDER.source.slice(1, -1)}|${HASHED_FOLDER.source.slice(1, -1)})/(${BACKUP_FILE.source.slice(1, -1)})$`,
);
/** The sidecar holds a name of at most 20,000 characters; anything much larger is damaged. */
const MAX_SIDECAR_BYTES = 256 * 1024;
/** Leftovers of writes a crash interrupted are removed once this old. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

const sidecarSchema = z
  .object({
    version: z.literal(1),
    planId: z.string().min(1).max(200),
    planName: z.string().max(20_000),
    products: z.number().int().nonnegative(),
  })
  .strict();

export interface BackupStoreOptions {
  /** The clock; tests move it. */
  now?: () => Date;
  /** The writer; tests inject failures (a full disk) through it. */
  writeFile?: (target: string, contents: string) => Promise<void>;
  /** Reports problems that lose nothing (a failed prune); defaults to console.error. */
  onError?: (error: unknown) => void;
}

export interface BackupStore {
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<OpenedFile>;
}

/** The folder a plan's backups live in: a safe name derived from its id, never the id as a path. */
export function planFolderName(planId: string): string {
  if (PLAIN_FOLDER.test(planId) && !WINDOWS_DEVICE_NAME.test(planId)) return planId;
  return `_${createHash('sha256').update(planId, 'utf8').digest('hex').slice(0, 40)}`;
}

function isPlanFolderName(name: string): boolean {
  return (PLAIN_FOLDER.test(name) && !WINDOWS_DEVICE_NAME.test(name)) || HASHED_FOLDER.test(name);
}

/** `2026-11-25T21:29:12.345Z` → `20261125T212912345Z`. */
function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The creation time a backup's file name records, as ISO 8601, or null if it is not ours. */
export function backupCreatedAt(fileName: string): string | null {
  const match = BACKUP_FILE.exec(fileName);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
  // Rejects impossible dates such as month 13, which Date would otherwise roll over.
  const time = Date.parse(iso);
  return Number.isNaN(time) || new Date(time).toISOString() !== iso ? null : iso;
}

function sidecarName(backupFile: string): string {
  return `${backupFile.slice(0, -(PLAN_FILE_EXTENSION.length + 1))}.json`;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** "the disk is full (ENOSPC)" from "Could not save “x”: the disk is full (ENOSPC)." */
function writeFailureReason(target: string, error: unknown): string {
  const described =
    error instanceof Error && error.message.startsWith('Could not save “')
      ? error
      : describeWriteError(target, error);
  return described.message.replace(/^Could not save “[^”]*”: /, '').replace(/\.$/, '');
}

async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  }
}

async function readSidecar(path: string): Promise<z.infer<typeof sidecarSchema> | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_SIDECAR_BYTES) return null;
    const parsed = sidecarSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * `root` is the backups folder, or a function giving the one in force now (the user may
 * choose another in Settings; backups already written stay where they are).
 */
export function createBackupStore(
  root: string | (() => string),
  options: BackupStoreOptions = {},
): BackupStore {
  const now = options.now ?? (() => new Date());
  const write = options.writeFile ?? writeFileAtomic;
  const onError = options.onError ?? ((error) => console.error('Backups:', error));
  const rootOf = typeof root === 'string' ? () => root : root;
  // One write (and its prune) at a time, so a prune never races a write of the same plan.
  let queue: Promise<unknown> = Promise.resolve();

  /** Removes the backups retention does not keep, their sidecars, and stale temporary files. */
  async function prune(folder: string, keep: number | undefined): Promise<void> {
    const names = await readdirOrEmpty(folder);
    const stamps = names.flatMap((name) => {
      const createdAt = backupCreatedAt(name);
      return createdAt === null ? [] : [{ id: name, createdAt }];
    });
    const backups = new Set(stamps.map((stamp) => stamp.id));
    const doomed = new Set(backupsToDelete(stamps, now(), keep));
    for (const name of doomed) {
      await rm(join(folder, name), { force: true });
      await rm(join(folder, sidecarName(name)), { force: true });
    }
    for (const name of names) {
      // A sidecar whose backup is gone: deleted above, or its write failed and cleanup did not.
      const backup = name.endsWith('.json') ? `${name.slice(0, -5)}.${PLAN_FILE_EXTENSION}` : null;
      if (backup !== null && backupCreatedAt(backup) !== null) {
        if (!backups.has(backup) || doomed.has(backup))
          await rm(join(folder, name), { force: true });
      }
      // A temporary file a killed writer left (see atomic-write.ts for the name).
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        const info = await lstat(join(folder, name)).catch(() => null);
        if (info?.isFile() && now().getTime() - info.mtimeMs > STALE_TEMPORARY_MS) {
          await rm(join(folder, name), { force: true });
        }
      }
    }
  }

  async function writeNow(request: WriteBackupRequest): Promise<WriteBackupResult> {
    const rootPath = resolve(rootOf());
    const folderName = planFolderName(request.planId);
    const folder = join(rootPath, folderName);
    const fileName = `${fileStamp(now())}-${randomBytes(4).toString('hex')}.${PLAN_FILE_EXTENSION}`;
    const target = join(folder, fileName);
    const sidecar = join(folder, sidecarName(fileName));
    try {
      await mkdir(folder, { recursive: true });
      const metadata: z.infer<typeof sidecarSchema> = {
        version: 1,
        planId: request.planId,
        planName: request.planName,
        products: request.products,
      };
      await write(sidecar, `${JSON.stringify(metadata)}\n`);
      await write(target, request.contents);
    } catch (error) {
      await rm(sidecar, { force: true }).catch(() => undefined);
      const reason = writeFailureReason(target, error);
      return {
        status: 'error',
        message: `Could not write a backup of “${request.planName || 'Untitled plan'}”: ${reason}. Earlier backups are kept.`,
      };
    }
    try {
      await prune(folder, request.keep);
    } catch (error) {
      // The backup is saved; at worst an old one stays a little longer.
      onError(error);
    }
    return { status: 'saved', id: `${folderName}/${fileName}` };
  }

  async function listFolder(rootPath: string, folderName: string): Promise<BackupInfo[]> {
    const folder = join(rootPath, folderName);
    const info = await lstat(folder).catch(() => null);
    if (!info?.isDirectory()) return [];
    const backups: BackupInfo[] = [];
    for (const name of await readdirOrEmpty(folder)) {
      const createdAt = backupCreatedAt(name);
      if (createdAt === null) continue;
      const file = await lstat(join(folder, name)).catch(() => null);
      if (!file?.isFile()) continue;
      const metadata = await readSidecar(join(folder, sidecarName(name)));
      backups.push({
        id: `${folderName}/${name}`,
        planId: metadata?.planId ?? folderName,
        planName: metadata?.planName ?? UNKNOWN_PLAN_NAME,
        createdAt,
        products: metadata?.products ?? 0,
        bytes: file.size,
      });
    }
    return backups;
  }

  /** The path of a backup id, or null unless it has the exact shape list() gives out. */
  function pathOf(id: string): string | null {
    const rootPath = resolve(rootOf());
    const match = BACKUP_ID.exec(id);
    if (!match) return null;
    const [, folderName, fileName] = match;
    if (folderName === undefined || fileName === undefined) return null;
    if (!isPlanFolderName(folderName) || backupCreatedAt(fileName) === null) return null;
    const path = resolve(rootPath, folderName, fileName);
    // Belt and braces: the shape above already rules out separators and dots.
    return path.startsWith(rootPath + sep) ? path : null;
  }

  return {
    write(request) {
      const result = queue.then(() => writeNow(request));
      queue = result.catch(() => undefined);
      return result;
    },

    async list() {
      const backups: BackupInfo[] = [];
      const rootPath = resolve(rootOf());
      for (const folderName of await readdirOrEmpty(rootPath)) {
        if (!isPlanFolderName(folderName)) continue;
        backups.push(...(await listFolder(rootPath, folderName)));
      }
      return backups.sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
      );
    },

    async read(id) {
      const path = pathOf(id);
      if (path === null) return { status: 'error', message: UNKNOWN_BACKUP_MESSAGE };
      // A link planted in the folder is not followed out of it.
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) return { status: 'error', message: UNKNOWN_BACKUP_MESSAGE };
      return readPlanFile(path);
    },
  };
}
