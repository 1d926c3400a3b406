/**
 * The columns the board drew last, for the card menu: it reads them when it opens (to know
 * whether a card can move up or down, and where the end of another stage is) rather than
 * taking them as a prop, which would redraw every card on each board render.
 */
import type { BoardColumns } from '../store/board-columns';

let latest: BoardColumns | null = null;

export function publishColumns(columns: BoardColumns): void {
  latest = columns;
}

export function latestColumns(): BoardColumns | null {
  return latest;
}
