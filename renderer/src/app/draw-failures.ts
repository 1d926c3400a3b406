/**
 * Which plan last failed to draw, kept across reloads. The window reopens the plan it showed
 * last; if that plan cannot be drawn, every reload would fail the same way, so the next start
 * opens another plan instead. The mark goes as soon as the plan draws again.
 */
const KEY = 'lifecycle-planner:plan-failed-to-draw';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage turned off: the window simply cannot remember, which is no reason to fail.
    return null;
  }
}

export function rememberDrawFailure(planId: string): void {
  try {
    storage()?.setItem(KEY, planId);
  } catch {
    // Full or refused: as above.
  }
}

export function forgetDrawFailure(planId: string): void {
  const store = storage();
  if (store?.getItem(KEY) === planId) store.removeItem(KEY);
}

export function planThatFailedToDraw(): string | null {
  return storage()?.getItem(KEY) ?? null;
}
