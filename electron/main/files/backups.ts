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
 * - What the page sends is checked before anything is written (plan-check.ts): at most a plan
 *   file's size, a plan this app can read back, and the plan the request names. The list's
 *   name and product count come from the plan itself.
 * - Links are never followed: the backups folder and each plan's folder must be real folders,
 *   and backup files are opened without following a link (backup-folders.ts). The number of
 *   plan folders is bounded, since the page chooses which plan a backup is for.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import * as v from 'valibot';
import type {
  BackupInfo,
  OpenedFile,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../../shared/ipc/contract';
import { backupsToDelete } from '../../../shared/backups/retention';
import { formatBytes } from '../../../shared/plan-file/decode';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION } from '../../../shared/plan-file/types';
import { describeWriteError, writeFileAtomic } from './atomic-write';
import {
  MAX_PLAN_FOLDERS,
  ensureRealFolder,
  folderKind,
  makeRoomForPlanFolder,
} from './backup-folders';
import {
  BACKUP_ID,
  backupCreatedAt,
  fileStamp,
  isPlanFolderName,
  planFolderName,
  sidecarName,
} from './backup-names';
import { checkPlanInThread, type PlanChecker } from './plan-check';
import { readPlanFile } from './read-plan-file';

export { backupCreatedAt, planFolderName } from './backup-names';

export const BACKUPS_FOLDER_NAME = 'backups';
export const UNKNOWN_PLAN_NAME = 'Unknown plan';
export const UNKNOWN_BACKUP_MESSAGE = 'That backup does not exist; it may have been removed.';

/** The sidecar holds a name of at most 20,000 characters; anything much larger is damaged. */
const MAX_SIDECAR_BYTES = 256 * 1024;
/** Leftovers of writes a crash interrupted are removed once this old. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

const sidecarSchema = v.strictObject({
  version: v.literal(1),
  planId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  planName: v.pipe(v.string(), v.maxLength(20_000)),
  products: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export interface BackupStoreOptions {
  /** The clock; tests move it. */
  now?: () => Date;
  /** The writer; tests inject failures (a full disk) through it. */
  writeFile?: (target: string, contents: string) => Promise<void>;
  /** Reports problems that lose nothing (a failed prune); defaults to console.error. */
  onError?: (error: unknown) => void;
  /** Checks a backup's text before it is kept; the app runs it in a worker thread. */
  checkPlan?: PlanChecker;
  /** How many plans may have backups at once. */
  maxPlanFolders?: number;
}

export interface BackupStore {
  write(request: WriteBackupRequest): Promise<WriteBackupResult>;
  list(): Promise<BackupInfo[]>;
  read(id: string): Promise<OpenedFile>;
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

async function readSidecar(path: string): Promise<v.InferOutput<typeof sidecarSchema> | null> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_SIDECAR_BYTES) return null;
    const parsed = v.safeParse(sidecarSchema, JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.output : null;
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
  const checkPlan = options.checkPlan ?? checkPlanInThread;
  const maxPlanFolders = options.maxPlanFolders ?? MAX_PLAN_FOLDERS;
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

  /** Why the page's backup is not kept, or the plan's own metadata when it may be. */
  async function checkRequest(request: WriteBackupRequest) {
    const bytes = Buffer.byteLength(request.contents, 'utf8');
    if (bytes > MAX_PLAN_FILE_BYTES) {
      return `it is ${formatBytes(bytes)}, and a plan file can be at most ${formatBytes(MAX_PLAN_FILE_BYTES)}`;
    }
    const checked = await checkPlan(request.contents);
    if (!checked.ok) {
      return `it is not a plan file the app could read back (${checked.message.replace(/\.$/, '')})`;
    }
    if (checked.planId !== request.planId) return 'it holds a different plan than the one named';
    return checked;
  }

  /** The plan's folder, made and checked, or the reason it cannot be used. */
  async function planFolder(rootPath: string, folderName: string): Promise<string> {
    await mkdir(dirname(rootPath), { recursive: true });
    await ensureRealFolder(rootPath, 'the backups folder');
    const folder = join(rootPath, folderName);
    if ((await folderKind(folder)) === 'missing') {
      const noRoom = await makeRoomForPlanFolder(rootPath, now(), maxPlanFolders);
      if (noRoom !== null) throw new Error(noRoom);
    }
    await ensureRealFolder(folder, "the plan's backup folder");
    return folder;
  }

  async function writeNow(request: WriteBackupRequest): Promise<WriteBackupResult> {
    const refuse = (reason: string): WriteBackupResult => ({
      status: 'error',
      message: `Could not write a backup of “${request.planName || 'Untitled plan'}”: ${reason}. Earlier backups are kept.`,
    });
    const checked = await checkRequest(request);
    if (typeof checked === 'string') return refuse(checked);
    // Read once per write: the user may choose another folder in Settings meanwhile.
    const rootPath = resolve(rootOf());
    const folderName = planFolderName(request.planId);
    const fileName = `${fileStamp(now())}-${randomBytes(4).toString('hex')}.${PLAN_FILE_EXTENSION}`;
    let folder: string;
    try {
      folder = await planFolder(rootPath, folderName);
    } catch (error) {
      return refuse(writeFailureReason(join(rootPath, folderName, fileName), error));
    }
    const target = join(folder, fileName);
    const sidecar = join(folder, sidecarName(fileName));
    try {
      const metadata: v.InferOutput<typeof sidecarSchema> = {
        version: 1,
        planId: checked.planId,
        planName: checked.planName,
        products: checked.products,
      };
      await write(sidecar, `${JSON.stringify(metadata)}\n`);
      await write(target, request.contents);
    } catch (error) {
      await rm(sidecar, { force: true }).catch(() => undefined);
      return refuse(writeFailureReason(target, error));
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
  function pathOf(rootPath: string, id: string): string | null {
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
      // A backups folder that is a link is not ours to read (listFolder skips linked plan folders).
      if ((await folderKind(rootPath).catch(() => 'other')) !== 'folder') return [];
      for (const folderName of await readdirOrEmpty(rootPath)) {
        if (!isPlanFolderName(folderName)) continue;
        backups.push(...(await listFolder(rootPath, folderName)));
      }
      return backups.sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
      );
    },

    async read(id) {
      const rootPath = resolve(rootOf());
      const path = pathOf(rootPath, id);
      if (path === null) return { status: 'error', message: UNKNOWN_BACKUP_MESSAGE };
      // No link is followed out of the backups folder: not at the folders, not at the file.
      const folders = await Promise.all([folderKind(rootPath), folderKind(dirname(path))]).catch(
        () => [],
      );
      if (!folders.every((kind) => kind === 'folder') || folders.length !== 2) {
        return { status: 'error', message: UNKNOWN_BACKUP_MESSAGE };
      }
      const info = await lstat(path).catch(() => null);
      if (!info?.isFile()) return { status: 'error', message: UNKNOWN_BACKUP_MESSAGE };
      return readPlanFile(path, { followLink: false });
    },
  };
}
