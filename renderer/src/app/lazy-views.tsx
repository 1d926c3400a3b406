/**
 * The views and dialogs a session may never open, loaded on first use. The board is what a
 * window shows first, so its code alone is read at start; a product's workspace (with its
 * charts), the portfolio views and the plan-wide dialogs come in their own files, which
 * keeps the first paint of a big plan fast.
 */
import { lazy } from 'react';

export const ProductWorkspace = lazy(() =>
  import('../product/workspace/ProductWorkspace').then((m) => ({ default: m.ProductWorkspace })),
);
const loadTimeline = () => import('../portfolio/timeline/TimelineView');
const loadRoadmap = () => import('../portfolio/roadmap/RoadmapView');
const loadHealth = () => import('../portfolio/health/HealthView');

export const TimelineView = lazy(() => loadTimeline().then((m) => ({ default: m.TimelineView })));
export const RoadmapView = lazy(() => loadRoadmap().then((m) => ({ default: m.RoadmapView })));
export const HealthView = lazy(() => loadHealth().then((m) => ({ default: m.HealthView })));

/**
 * Loads the portfolio views' code once the window is idle after the board has drawn, so the
 * first opening of a view waits for its data alone. Returns how to call it off.
 */
export function preloadPortfolioViews(): () => void {
  const load = () => {
    for (const loadView of [loadTimeline, loadRoadmap, loadHealth]) {
      // A failed load is tried again, and reported, when the view is opened.
      loadView().catch(() => undefined);
    }
  };
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(load, 2_000);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(load, { timeout: 10_000 });
  return () => window.cancelIdleCallback(handle);
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
