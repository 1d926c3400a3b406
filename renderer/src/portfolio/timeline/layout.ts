/**
 * The timeline's fixed sizes, and which rows to draw. Rows have one height, so the rows in
 * view follow from the scroll position alone and a plan of thousands of products draws only
 * the few dozen rows on screen.
 */
export const ROW_HEIGHT = 40;
export const NAME_WIDTH = 240;
export const AXIS_HEIGHT = 34;
/** A last planned stage has no end: it is drawn this wide, fading out. */
export const OPEN_TAIL_PX = 96;
/** A stage left on the day it was entered still shows as a sliver. */
export const MIN_SPAN_PX = 3;
/** Narrower spans leave their stage name to the tooltip and the description. */
export const LABEL_MIN_PX = 76;

export interface RowWindow {
  /** The first row to draw. */
  first: number;
  /** One past the last row to draw. */
  end: number;
}

/** The rows inside the viewport of the rows area, with `overscan` extra on each side. */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  count: number,
  overscan = 6,
): RowWindow {
  if (count === 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  // Scrolled past the end (the list just got shorter): the last rows are still drawn.
  const first = Math.min(count - 1, Math.max(0, Math.floor(top / ROW_HEIGHT) - overscan));
  const bottom = top + Math.max(0, viewportHeight);
  const end = Math.min(count, Math.ceil(bottom / ROW_HEIGHT) + overscan);
  return { first, end: Math.max(end, first + 1) };
}

/**
 * The scroll position that brings row `index` fully into view below the sticky axis, moving
 * as little as possible (unchanged when it is already in view).
 */
export function scrollTopToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const rowTop = index * ROW_HEIGHT;
  const rowBottom = rowTop + ROW_HEIGHT;
  const rowsHeight = viewportHeight - AXIS_HEIGHT;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + rowsHeight) return rowBottom - rowsHeight;
  return scrollTop;
}
