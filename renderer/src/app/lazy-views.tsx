/**
 * The views and dialogs a session may never open, loaded on first use. The board is what a
 * window shows first, so its code alone is read at start; a product's workspace (with its
 * charts), the portfolio views and the plan-wide dialogs come in their own files, which
 * keeps the first paint of a big plan fast.
 */
import { lazy } from 'react';
import { preloadableLazy } from './preloadable-lazy';

export const ProductWorkspace = preloadableLazy(() =>
  import('../product/workspace/ProductWorkspace').then((m) => m.ProductWorkspace),
);
export const TimelineView = preloadableLazy(() =>
  import('../portfolio/timeline/TimelineView').then((m) => m.TimelineView),
);
export const RoadmapView = preloadableLazy(() =>
  import('../portfolio/roadmap/RoadmapView').then((m) => m.RoadmapView),
);
export const HealthView = preloadableLazy(() =>
  import('../portfolio/health/HealthView').then((m) => m.HealthView),
);

/**
 * Loads the code of the views opened from the board once the window is idle after the plan
 * has drawn, one view per idle moment, so a first opening waits for its data alone. Returns
 * how to call it off.
 */
export function preloadPlanViews(): () => void {
  const queue = [TimelineView, RoadmapView, HealthView, ProductWorkspace];
  let handle: number | undefined;
  const next = () => {
    const view = queue.shift();
    if (!view) return;
    // A failed load is tried again, and reported, when the view is opened.
    view.preload().then(later, later);
  };
  const later = () => {
    handle = window.requestIdleCallback(next, { timeout: 10_000 });
  };
  later();
  return () => {
    queue.length = 0;
    if (handle !== undefined) window.cancelIdleCallback(handle);
  };
}
export const PeopleDialog = lazy(() =>
  import('../product/people/PeopleDialog').then((m) => ({ default: m.PeopleDialog })),
);
export const BackupsDialog = lazy(() =>
  import('../backups/BackupsDialog').then((m) => ({ default: m.BackupsDialog })),
);
export const CommandPalette = lazy(() =>
  import('../search/CommandPalette').then((m) => ({ default: m.CommandPalette })),
);
export const ShortcutSheet = lazy(() =>
  import('../help/ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })),
);
export const UserGuide = lazy(() =>
  import('../help/UserGuide').then((m) => ({ default: m.UserGuide })),
);
export const SettingsDialog = lazy(() =>
  import('../settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
export const StakeholderUpdateDialog = lazy(() =>
  import('../portfolio/update/StakeholderUpdateDialog').then((m) => ({
    default: m.StakeholderUpdateDialog,
  })),
);
/** With the CSV reader, which only this dialog needs. */
export const CsvFeedbackDialog = lazy(() =>
  import('../product/feedback/CsvFeedbackDialog').then((m) => ({ default: m.CsvFeedbackDialog })),
);
