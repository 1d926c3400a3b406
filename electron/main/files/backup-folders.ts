/**
 * The folders backups live in, kept real and bounded. Every folder on a backup's path (the
 * backups folder itself and a plan's folder in it) must be a real folder, never a link: a link
 * would let a write land, or a prune delete, somewhere else entirely. And since the page names
 * the plan a backup is for, the number of plan folders is bounded, so a page cannot spread
 * backups over folders that retention, which works per plan, never trims.
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KEEP_DAILY_FOR_DAYS } from '../../../shared/backups/retention';
import { backupCreatedAt, isPlanFolderName } from './backup-names';

/** Plans with backups at once; a user with more plans than this is rare. */
export const MAX_PLAN_FOLDERS = 200;

export type FolderKind = 'folder' | 'missing' | 'link' | 'other';

/** What is at `path`, without following a link there. */
export async function folderKind(path: string): Promise<FolderKind> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return 'link';
    return info.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return 'missing';
    throw error;
  }
}

/**
 * Makes sure `path` is a real folder, creating it when missing (its parent must exist), and
 * throws an Error saying what is wrong when a link or a file stands there.
 */
export async function ensureRealFolder(path: string, description: string): Promise<void> {
  let kind = await folderKind(path);
  if (kind === 'missing') {
    try {
      await mkdir(path);
    } catch (error) {
      // Another writer may have made it meanwhile; what matters is what stands there now.
      if (!(typeof error === 'object' && error !== null && 'code' in error)) throw error;
      if (error.code !== 'EEXIST') throw error;
    }
    kind = await folderKind(path);
  }
  if (kind === 'link') {
    throw new Error(
      `${description} “${path}” is a link, and backups are kept only in a real folder`,
    );
  }
  if (kind !== 'folder') throw new Error(`${description} “${path}” is not a folder`);
}

/** The plan folders in the backups folder, real folders only. */
export async function planFolders(root: string): Promise<string[]> {
  const names = (await readdir(root)).filter(isPlanFolderName);
  const kinds = await Promise.all(names.map((name) => folderKind(join(root, name))));
  return names.filter((_name, index) => kinds[index] === 'folder');
}

/** When the plan's newest backup in `folder` was made (ISO 8601), or '' if it holds none. */
async function newestBackup(folder: string): Promise<string> {
  let newest = '';
  for (const name of await readdir(folder)) {
    const createdAt = backupCreatedAt(name);
    if (createdAt !== null && createdAt > newest) newest = createdAt;
  }
  return newest;
}

/**
 * Makes room for one more plan folder when `limit` are there already: the folder whose newest
 * backup is the oldest goes, but only if that backup is older than the daily retention window
 * (a plan nobody changed for a month, most likely deleted). Returns null when there is room,
 * or the reason there is none.
 */
export async function makeRoomForPlanFolder(
  root: string,
  now: Date,
  limit = MAX_PLAN_FOLDERS,
): Promise<string | null> {
  const folders = await planFolders(root);
  if (folders.length < limit) return null;
  const newest = await Promise.all(
    folders.map(async (name) => ({ name, newest: await newestBackup(join(root, name)) })),
  );
  newest.sort((a, b) => (a.newest < b.newest ? -1 : a.newest > b.newest ? 1 : 0));
  const cutoff = new Date(now.getTime() - KEEP_DAILY_FOR_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const evictable = newest.filter((folder) => folder.newest < cutoff);
  const needed = folders.length - limit + 1;
  if (evictable.length < needed) {
    return `backups are already kept for ${String(limit)} plans, all of them changed in the last ${String(KEEP_DAILY_FOR_DAYS)} days`;
  }
  for (const folder of evictable.slice(0, needed)) {
    await rm(join(root, folder.name), { recursive: true, force: true });
  }
  return null;
}
