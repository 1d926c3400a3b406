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
export const TimelineView = lazy(() =>
  import('../portfolio/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
export const RoadmapView = lazy(() =>
  import('../portfolio/roadmap/RoadmapView').then((m) => ({ default: m.RoadmapView })),
);
export const HealthView = lazy(() =>
  import('../portfolio/health/HealthView').then((m) => ({ default: m.HealthView })),
);
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
