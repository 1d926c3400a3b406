/**
 * The columns the board drew last. Keyboard moves queue up when keys are pressed faster than
 * moves are saved; each queued step waits for the board to show the previous one and then
 * works from what is on screen, so no key press is lost or applied to a stale board.
 */
import type { BoardColumns } from '../store/board-columns';

let latest: BoardColumns | null = null;
const waiting = new Set<() => void>();

export function publishColumns(columns: BoardColumns): void {
  latest = columns;
  for (const wake of [...waiting]) wake();
}

export function latestColumns(): BoardColumns | null {
  return latest;
}

/** Resolves when the board has drawn columns other than `seen`, or after `timeoutMs`. */
export function columnsAfter(seen: BoardColumns, timeoutMs = 1500): Promise<void> {
  if (latest !== seen) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      waiting.delete(done);
      resolve();
    };
    const timer = window.setTimeout(done, timeoutMs);
    waiting.add(done);
  });
}
