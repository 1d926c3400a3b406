/**
 * Where focus should go back to when a dialog closes. A dialog opened from a menu item would
 * otherwise return focus to the item, which is gone by then: this remembers the last element
 * focused outside menus (the menu's trigger), and finds a card again after it was re-drawn.
 */
let lastOutsideMenu: HTMLElement | null = null;

if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && !target.closest('[role="menu"], dialog')) {
      lastOutsideMenu = target;
    }
  });
}

/** The element a dialog opening now should give focus back to. */
export function focusOrigin(): HTMLElement | null {
  const active = document.activeElement;
  if (active instanceof HTMLElement && !active.closest('[role="menu"]')) return active;
  return lastOutsideMenu;
}

/** Focuses `origin`, or its card drawn anew (moved to another column), or the board. */
export function returnFocus(origin: HTMLElement | null): void {
  if (origin?.isConnected) return origin.focus();
  const productId = origin?.closest<HTMLElement>('[data-product-id]')?.dataset.productId;
  const again = productId
    ? document.querySelector<HTMLElement>(`[data-product-id="${CSS.escape(productId)}"] .card-name`)
    : null;
  (again ?? boardEntryPoint())?.focus();
}

/** The first card of the board, or the "New product" button when the board is empty. */
export function boardEntryPoint(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('main .card-name') ??
    document.querySelector<HTMLElement>('[data-focus-fallback]')
  );
}

/** Focuses the board once it has drawn (after loading a sample, an import, a plan switch). */
export function focusBoardSoon(timeoutMs = 2000): void {
  const started = performance.now();
  const attempt = () => {
    const target = document.querySelector<HTMLElement>('main .card-name');
    if (target) return target.focus();
    if (performance.now() - started < timeoutMs) window.requestAnimationFrame(attempt);
    else boardEntryPoint()?.focus();
  };
  window.requestAnimationFrame(attempt);
}
