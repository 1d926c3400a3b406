/**
 * How the user last arranged views that are theirs to arrange, kept on this computer
 * (localStorage) so leaving a section or reloading the window keeps them: each product's
 * backlog order and grouping. Kept apart from the plan: two people sharing a plan may each
 * sort its backlog their own way.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as v from 'valibot';
import type { BacklogSort } from '../../../shared/domain/backlog';

export interface BacklogView {
  sort: BacklogSort;
  grouped: boolean;
}

export const DEFAULT_BACKLOG_VIEW: BacklogView = { sort: 'manual', grouped: false };

const storedSchema = v.object({
  backlog: v.record(
    v.string(),
    v.object({
      sort: v.picklist(['manual', 'score'] satisfies BacklogSort[]),
      grouped: v.boolean(),
    }),
  ),
});

interface ViewPrefsState {
  /** By product id; a product arranged the default way has no entry. */
  backlog: Record<string, BacklogView>;
  setBacklogView(productId: string, view: Partial<BacklogView>): void;
}

export const useViewPrefs = create<ViewPrefsState>()(
  persist(
    (set) => ({
      backlog: {},
      setBacklogView: (productId, patch) =>
        set((s) => {
          const next = { ...DEFAULT_BACKLOG_VIEW, ...s.backlog[productId], ...patch };
          const others = Object.entries(s.backlog).filter(([id]) => id !== productId);
          const isDefault = next.sort === 'manual' && !next.grouped;
          return {
            backlog: Object.fromEntries(isDefault ? others : [...others, [productId, next]]),
          };
        }),
    }),
    {
      name: 'lifecycle-planner:view-prefs',
      version: 1,
      // What localStorage holds is anyone's guess (another version, a hand edit): only what
      // parses is taken, anything else leaves the defaults.
      merge: (stored, current) => {
        const parsed = v.safeParse(storedSchema, stored);
        return parsed.success ? { ...current, backlog: parsed.output.backlog } : current;
      },
    },
  ),
);

/** The backlog arrangement of one product. */
export function useBacklogView(productId: string): BacklogView {
  return useViewPrefs((s) => s.backlog[productId] ?? DEFAULT_BACKLOG_VIEW);
}
