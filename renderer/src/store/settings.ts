/**
 * The user's preferences (shared/settings.ts), kept in this browser profile's localStorage:
 * they belong to the person at this computer, not to a plan, so they travel with no plan
 * file, merge or backup, and are not undone by Undo. localStorage is read synchronously, so
 * the theme and region apply before the first paint, and it works even when the plan
 * database cannot open. (In the desktop app it lives in the app's user-data folder.) The one
 * preference only main may hold, the backup folder, is kept by main (see BackupFolderField).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../../shared/settings';

export const SETTINGS_KEY = 'lifecycle-planner:settings';
/** Where the theme was kept before it became a setting. */
const LEGACY_UI_KEY = 'lifecycle-planner:ui';

/** The theme chosen before settings existed, so an upgrade keeps it. */
function legacyTheme(): unknown {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(LEGACY_UI_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null || !('state' in stored)) return undefined;
    const state = stored.state;
    return typeof state === 'object' && state !== null && 'themeSource' in state
      ? state.themeSource
      : undefined;
  } catch {
    return undefined;
  }
}

interface SettingsState extends Settings {
  update(patch: Partial<Settings>): void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      ...readSettings({ ...DEFAULT_SETTINGS, theme: legacyTheme() }),
      update: (patch) => set((s) => readSettings({ ...s, ...patch })),
    }),
    {
      name: SETTINGS_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ update: _update, ...settings }) => settings,
      // What was stored is unknown until checked: a bad field falls back to its default.
      // Nothing stored (a first start, or an older version's): keep the state made above.
      merge: (stored, current) =>
        stored === undefined || stored === null ? current : { ...current, ...readSettings(stored) },
    },
  ),
);
