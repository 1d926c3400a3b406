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

/** Focuses the element matching `selector` once the next render has put it on the page. */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}
