/**
 * Where automatic backups go: the app's own folder unless the user chose another in Settings
 * (a synced or external drive, say). The choice is a path, which only main may hold, so main
 * keeps it in `backup-folder.json` in the user-data folder, written atomically. Reading never
 * fails: a missing, oversized or damaged file means the default folder. A chosen folder must
 * take a test write before it is accepted, so a read-only folder is refused up front.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import * as v from 'valibot';
import type { BackupFolder } from '../../../shared/ipc/contract';
import { describeWriteError, writeFileAtomic } from './atomic-write';

export const BACKUP_FOLDER_SETTING_NAME = 'backup-folder.json';
const MAX_SETTING_BYTES = 16 * 1024;

const storedSchema = v.strictObject({
  version: v.literal(1),
  folder: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(4096),
    v.check((path) => isAbsolute(path)),
  ),
});

export interface BackupFolderStore {
  /** Reads the setting once; later calls return the same promise. */
  load(): Promise<void>;
  /** The folder backups are written to now (after load, the chosen one or the default). */
  current(): string;
  describe(): BackupFolder;
  /** Tests that the folder takes a write, then remembers it; throws with a reason if not. */
  choose(folder: string): Promise<BackupFolder>;
  reset(): Promise<BackupFolder>;
}

async function readChoice(settingPath: string): Promise<string | null> {
  try {
    const info = await stat(settingPath);
    if (!info.isFile() || info.size > MAX_SETTING_BYTES) return null;
    const parsed = v.safeParse(storedSchema, JSON.parse(await readFile(settingPath, 'utf8')));
    return parsed.success ? parsed.output.folder : null;
  } catch {
    return null;
  }
}

/** Creates the folder if need be and writes and removes a small file there. */
async function checkWritable(folder: string): Promise<void> {
  const probe = join(folder, `.lifecycle-planner-${process.pid}-${Date.now()}.probe`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(probe, 'probe');
  } catch (error) {
    throw new Error(
      describeWriteError(folder, error).message.replace(
        /^Could not save/,
        'Cannot write backups to',
      ),
      { cause: error },
    );
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
}

export function createBackupFolderStore(
  settingPath: string,
  defaultFolder: string,
): BackupFolderStore {
  let chosen: string | null = null;
  let loading: Promise<void> | null = null;
  const describe = (): BackupFolder => ({
    path: chosen ?? defaultFolder,
    isDefault: chosen === null,
  });
  return {
    load() {
      loading ??= readChoice(settingPath).then((folder) => {
        chosen = folder;
      });
      return loading;
    },
    current: () => chosen ?? defaultFolder,
    describe,
    async choose(folder) {
      const absolute = resolve(folder);
      await checkWritable(absolute);
      await writeFileAtomic(settingPath, `${JSON.stringify({ version: 1, folder: absolute })}\n`);
      chosen = absolute;
      return describe();
    },
    async reset() {
      await rm(settingPath, { force: true });
      chosen = null;
      return describe();
    },
  };
}
