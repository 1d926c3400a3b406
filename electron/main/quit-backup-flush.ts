/**
 * Before the app quits, the page gets a chance to write its pending backups: main asks it
 * (BACKUP_FLUSH_CHANNEL), then waits for its 'backup:flushed' answer, but never longer than a
 * few seconds, so a hung page cannot keep the app from quitting.
 */
import { BACKUP_FLUSH_CHANNEL } from '../../shared/ipc/contract';

export const BACKUP_FLUSH_TIMEOUT_MS = 3000;

export type FlushOutcome = 'flushed' | 'timed-out';

export interface BackupFlushWaiter {
  /** Calls `send` (which asks the page), then resolves on flushed() or after the time limit. */
  request(send: () => void): Promise<FlushOutcome>;
  /** The page's answer; resolves every pending request. Without one pending, it does nothing. */
  flushed(): void;
}

export function createBackupFlushWaiter(timeoutMs = BACKUP_FLUSH_TIMEOUT_MS): BackupFlushWaiter {
  const pending = new Set<(outcome: FlushOutcome) => void>();
  return {
    request(send) {
      return new Promise<FlushOutcome>((resolve) => {
        const finish = (outcome: FlushOutcome) => {
          clearTimeout(timer);
          pending.delete(finish);
          resolve(outcome);
        };
        const timer = setTimeout(() => finish('timed-out'), timeoutMs);
        pending.add(finish);
        try {
          send();
        } catch {
          // The page is gone (destroyed contents throw): nobody will answer.
          finish('timed-out');
        }
      });
    },
    flushed() {
      for (const finish of [...pending]) finish('flushed');
    },
  };
}

/** The parts of Electron's `app` and web contents this needs; the real ones satisfy them. */
export interface QuitEmitter {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}
export interface FlushTarget {
  isDestroyed(): boolean;
  send(channel: string): void;
}

/**
 * Holds the first quit until the page has flushed its backups (or the time limit passed), then
 * quits for real. Later quits pass straight through. With no page open there is nothing to ask.
 */
export function holdQuitForBackups(
  app: QuitEmitter,
  target: () => FlushTarget | null,
  waiter: BackupFlushWaiter,
): void {
  let asked = false;
  app.on('before-quit', (event) => {
    if (asked) return;
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    asked = true;
    event.preventDefault();
    void waiter.request(() => contents.send(BACKUP_FLUSH_CHANNEL)).then(() => app.quit());
  });
}

/** The parts of a BrowserWindow closing needs; the real one satisfies them. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: FlushTarget;
}

/**
 * Closing the last window quits the app on Windows and Linux after the page is gone, too late
 * to ask it; so the window's first close waits for the page's backups the same way.
 */
export function holdCloseForBackups(window: ClosableWindow, waiter: BackupFlushWaiter): void {
  let asked = false;
  window.on('close', (event) => {
    if (asked || window.isDestroyed() || window.webContents.isDestroyed()) return;
    asked = true;
    event.preventDefault();
    void waiter
      .request(() => window.webContents.send(BACKUP_FLUSH_CHANNEL))
      .then(() => {
        if (!window.isDestroyed()) window.close();
      });
  });
}
