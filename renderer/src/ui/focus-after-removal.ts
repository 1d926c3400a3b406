/**
 * Keeping keyboard users in place when a row goes away: the row that takes its place (or the
 * one above) gets focus on the same control, so nobody is thrown back to the top of the page.
 */

/** Call before removing `row`; call the returned function once it is gone. */
export function focusNeighbourAfterRemoval(
  row: Element | null,
  selector: string,
  fallback: () => HTMLElement | null | undefined,
): () => void {
  const neighbour = row?.nextElementSibling ?? row?.previousElementSibling ?? null;
  return () => {
    requestAnimationFrame(() => {
      const target =
        neighbour?.isConnected === true ? neighbour.querySelector<HTMLElement>(selector) : null;
      (target ?? fallback())?.focus();
    });
  };
}

/**
 * Focuses the element matching `selector` once a render has put it on the page. The render
 * that brings it back may wait for the database (an edit saved, then the row redrawn), so
 * this tries on each frame for a little while rather than only on the next one.
 */
export function focusSoon(selector: string, frames = 30): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector);
    if (target) target.focus();
    if (document.activeElement !== target && frames > 0) focusSoon(selector, frames - 1);
  });
}
