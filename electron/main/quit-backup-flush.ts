/**
 * Before the app quits, the page gets a chance to write its pending backups: main asks it
 * (BACKUP_FLUSH_CHANNEL, with a fresh request id), then waits for its 'backup:flushed' answer
 * carrying that id, but never longer than a few seconds, so a hung page cannot keep the app
 * from quitting. An answer counts only for the request it names: one sent unasked, or late for
 * an earlier request, releases nothing early.
 */
import { randomUUID } from 'node:crypto';
import { BACKUP_FLUSH_CHANNEL } from '../../shared/ipc/contract';

export const BACKUP_FLUSH_TIMEOUT_MS = 3000;

export type FlushOutcome = 'flushed' | 'timed-out';

export interface BackupFlushWaiter {
  /**
   * Calls `send` with a new request id (which asks the page), then resolves when flushed() is
   * called with that id, or after the time limit.
   */
  request(send: (requestId: string) => void): Promise<FlushOutcome>;
  /** The page's answer to one request; true if it was pending, false (ignored) otherwise. */
  flushed(requestId: string): boolean;
}

export function createBackupFlushWaiter(
  timeoutMs = BACKUP_FLUSH_TIMEOUT_MS,
  newRequestId: () => string = randomUUID,
): BackupFlushWaiter {
  const pending = new Map<string, (outcome: FlushOutcome) => void>();
  return {
    request(send) {
      return new Promise<FlushOutcome>((resolve) => {
        const requestId = newRequestId();
        const finish = (outcome: FlushOutcome) => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(outcome);
        };
        const timer = setTimeout(() => finish('timed-out'), timeoutMs);
        pending.set(requestId, finish);
        try {
          send(requestId);
        } catch {
          // The page is gone (destroyed contents throw): nobody will answer.
          finish('timed-out');
        }
      });
    },
    flushed(requestId) {
      const finish = pending.get(requestId);
      if (finish === undefined) return false;
      finish('flushed');
      return true;
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
  send(channel: string, requestId: string): void;
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
    void waiter
      .request((requestId) => contents.send(BACKUP_FLUSH_CHANNEL, requestId))
      .then(() => app.quit());
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
      .request((requestId) => window.webContents.send(BACKUP_FLUSH_CHANNEL, requestId))
      .then(() => {
        if (!window.isDestroyed()) window.close();
      });
  });
}
