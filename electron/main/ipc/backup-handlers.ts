/**
 * Handlers for the contract's backup channels; each runs behind the gate in handle.ts. The
 * renderer sends a plan's snapshot and gets back ids; it names a backup only by an id main
 * listed, never by a path (see files/backups.ts).
 */
import type { BackupStore } from '../files/backups';
import type { BackupFlushWaiter } from '../quit-backup-flush';
import type { Handle } from './handle';

export function registerBackupHandlers(
  handle: Handle,
  store: BackupStore,
  flush: Pick<BackupFlushWaiter, 'flushed'>,
): void {
  handle('backup:write', (request) => store.write(request));
  handle('backup:list', () => store.list());
  handle('backup:read', ({ id }) => store.read(id));
  // Only an answer naming a request main sent counts (see quit-backup-flush.ts).
  handle('backup:flushed', ({ requestId }) => {
    flush.flushed(requestId);
    return undefined;
  });
}
