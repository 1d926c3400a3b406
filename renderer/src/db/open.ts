/**
 * Opening the window's database safely. Before Dexie upgrades an older database, every plan
 * is read with a plain IndexedDB connection (which never upgrades) and kept in memory as a
 * plan file; once the upgrade succeeds those files are stored as backups, and if it fails
 * they go with the error, so the failure screen can still offer them as downloads.
 */
import type { PlanFile } from '../../../shared/plan-file/types';
import type { PlannerDb } from './database';
import { prepareBackup, storeBackup, type PreparedBackup } from './plan-backup';
import { planFilesFromRows, type RawTables } from './pre-upgrade';

/** Dexie stores version n as IndexedDB version n * 10. */
const DEXIE_VERSION_FACTOR = 10;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
  });
}

/**
 * A connection at whatever version is stored, or null when there is no database yet. Opening
 * without a version never upgrades; for a database that does not exist the creation is aborted,
 * so peeking leaves nothing behind.
 */
function openAsStored(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) {
        absent = true;
        request.transaction?.abort();
      }
    };
    request.onsuccess = () => {
      const connection = request.result;
      // Step aside at once if the app's own connection (or another window) wants to upgrade.
      connection.onversionchange = () => connection.close();
      resolve(connection);
    };
    request.onerror = (event) => {
      if (absent) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB could not be opened.'));
    };
    request.onblocked = () =>
      reject(new DOMException('Another window is in the way.', 'BlockedError'));
  });
}

/** The stored schema version in Dexie's numbering (0 when there is no database). */
export async function storedSchemaVersion(name: string): Promise<number> {
  const connection = await openAsStored(name);
  if (!connection) return 0;
  const version = connection.version / DEXIE_VERSION_FACTOR;
  connection.close();
  return version;
}

/** Every row of every table, read without upgrading anything; null when there is no database. */
export async function readStoredRows(
  name: string,
): Promise<{ version: number; tables: RawTables } | null> {
  const connection = await openAsStored(name);
  if (!connection) return null;
  try {
    const names = Array.from(connection.objectStoreNames);
    const tables: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = connection.transaction(names, 'readonly');
      await Promise.all(
        names.map(async (table) => {
          tables[table] = await requestResult(tx.objectStore(table).getAll());
        }),
      );
    }
    return { version: connection.version / DEXIE_VERSION_FACTOR, tables };
  } finally {
    connection.close();
  }
}

/** Opening failed; `snapshots` are the plans that could be read, for the user to download. */
export class StorageOpenError extends Error {
  override readonly name = 'StorageOpenError';
  constructor(
    readonly inner: unknown,
    readonly snapshots: readonly PlanFile[],
  ) {
    super(inner instanceof Error ? inner.message : String(inner));
  }
}

export interface OpenOutcome {
  /** The schema version found on disk (0 for a new database). */
  fromVersion: number;
  /** Plans backed up before the upgrade (0 when nothing was upgraded). */
  backedUp: number;
  /** Set when the upgrade worked but the pre-upgrade backups could not be stored. */
  backupProblem: unknown;
}

export const upgradeBackupReason = (version: number) =>
  `Before updating the database to version ${version}`;

async function plansStillReadable(name: string): Promise<PlanFile[]> {
  try {
    const stored = await readStoredRows(name);
    return stored ? planFilesFromRows(stored.tables, stored.version) : [];
  } catch {
    return [];
  }
}

/** Opens `db` with the current schema, backing up every plan first when that upgrades it. */
export async function openDatabase(
  db: PlannerDb,
  now: () => Date = () => new Date(),
): Promise<OpenOutcome> {
  // The newest version declared on `db` (CURRENT_SCHEMA_VERSION for the app's own database).
  const targetVersion = db.verno;
  let snapshots: PlanFile[] = [];
  let fromVersion: number;
  try {
    fromVersion = await storedSchemaVersion(db.name);
    if (fromVersion > 0 && fromVersion < targetVersion) {
      const stored = await readStoredRows(db.name);
      if (stored) snapshots = planFilesFromRows(stored.tables, stored.version);
    }
    await db.open();
  } catch (error) {
    if (snapshots.length === 0) snapshots = await plansStillReadable(db.name);
    throw new StorageOpenError(error, snapshots);
  }
  if (snapshots.length === 0) return { fromVersion, backedUp: 0, backupProblem: null };
  try {
    const reason = upgradeBackupReason(targetVersion);
    // Compressed one by one before the write, so the transaction awaits nothing else.
    const prepared: PreparedBackup[] = [];
    for (const snapshot of snapshots) prepared.push(await prepareBackup(snapshot, reason, now()));
    await db.transaction('rw', db.backups, db.backupContents, async () => {
      for (const backup of prepared) await storeBackup(db, backup);
    });
    return { fromVersion, backedUp: snapshots.length, backupProblem: null };
  } catch (error) {
    return { fromVersion, backedUp: 0, backupProblem: error };
  }
}

export interface ConnectionWatchers {
  /** Another window (a newer version of the app) wants to upgrade or delete the database. */
  onReplaced(): void;
  /** Opening waits for another window that holds an older connection open. */
  onBlocked(): void;
}

/**
 * Steps aside when another window upgrades the database: the connection is closed for good
 * (no automatic reopening, which would write with an outdated schema) and the page is told.
 */
export function watchConnection(db: PlannerDb, watchers: ConnectionWatchers): () => void {
  const onVersionChange = () => {
    db.close({ disableAutoOpen: true });
    watchers.onReplaced();
    // Returning false keeps Dexie's default handler (a console warning and a soft close) away.
    return false;
  };
  const onBlocked = () => watchers.onBlocked();
  db.on('versionchange', onVersionChange);
  db.on('blocked', onBlocked);
  return () => {
    db.on('versionchange').unsubscribe(onVersionChange);
    db.on('blocked').unsubscribe(onBlocked);
  };
}
