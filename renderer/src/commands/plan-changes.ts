/**
 * A plan changed by a user action (an edit, an undo, an import, a restore). What must follow
 * every change (the automatic backup, the bound file's autosave) listens here, so no path that
 * changes a plan can forget one, and commands need not know the features that listen.
 */
type PlanChangeListener = (planId: string) => void;

const listeners = new Set<PlanChangeListener>();

/** Subscribes for as long as the window runs; returns a function that unsubscribes. */
export function onPlanChanged(listener: PlanChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function noteChange(planId: string): void {
  for (const listener of listeners) listener(planId);
}
