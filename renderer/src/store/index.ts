/**
 * UI state only (docs/architecture.md, "Layers"): which plan is open, filters, the open
 * dialog, what the live region says, and the undo history. Product data is never copied here;
 * it is read from the database through live queries.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { MergeChoices, PlanMerge } from '../../../shared/plan-file/merge';
import type { ImportSource } from '../platform/platform';
import type { DroppedPlan } from '../platform/documents';
import { BOARD_VIEW, type View } from './route';
import type { RecordChange } from '../db';
import type { FocusRequest } from './focus-request';
import {
  emptyHistory,
  recordAction,
  stepBack,
  stepForward,
  type UndoEntry,
  type UndoHistory,
} from './undo-stack';

export type Dialog =
  | { kind: 'none' }
  | { kind: 'new-product'; stage: Stage }
  | { kind: 'new-plan' }
  | { kind: 'rename-plan'; planId: string }
  | { kind: 'delete-plan'; planId: string }
  | { kind: 'import'; source: ImportSource }
  /** A plan file dropped on the window: open it as a document, or import it. */
  | { kind: 'drop-choice'; drop: DroppedPlan }
  | { kind: 'backups' }
  | { kind: 'people' }
  | {
      kind: 'document-conflict';
      fileName: string;
      merge: PlanMerge;
      /** The user's choices, or null when they cancel the save. */
      resolve: (choices: MergeChoices | null) => void;
    }
  | { kind: 'palette' }
  | { kind: 'shortcuts' }
  | { kind: 'guide' }
  | { kind: 'settings' }
  /** A status update of one product, or of the whole portfolio (null). */
  | { kind: 'stakeholder-update'; productId: string | null }
  /** Feedback from a CSV file, into the product shown. */
  | { kind: 'feedback-csv'; productId: string };

export interface Toast {
  id: number;
  message: string;
  /** Offer an Undo button for the action just taken. */
  undoable: boolean;
}

interface UiState {
  /** The board, a product's workspace, or a portfolio view. */
  view: View;
  /** The view a product's workspace was opened from, where "Back" returns. */
  returnView: View;
  currentPlanId: string | null;
  search: string;
  showArchived: boolean;
  dialog: Dialog;
  announcement: string;
  toast: Toast | null;
  error: string | null;
  /**
   * Counts the errors shown, so a dialog can tell one raised while it is open (which it shows
   * itself: the page's banner sits behind a modal dialog) from one that was already there.
   */
  errorCount: number;
  /** The item that should take focus once it is drawn (see commands/focus-request.ts). */
  focusRequest: FocusRequest | null;
  history: UndoHistory<RecordChange>;

  showView(view: View): void;
  openPlan(planId: string | null): void;
  setSearch(search: string): void;
  setShowArchived(show: boolean): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  announce(message: string): void;
  showToast(message: string, undoable: boolean): void;
  dismissToast(): void;
  showError(message: string | null): void;
  requestFocus(request: FocusRequest | null): void;
  recordAction(entry: UndoEntry<RecordChange>): void;
  /** Takes the entry to undo off the history, or null when there is none. */
  takeUndo(): UndoEntry<RecordChange> | null;
  takeRedo(): UndoEntry<RecordChange> | null;
  clearHistory(): void;
}

let toastSeq = 0;

export const useUi = create<UiState>()(
  persist(
    (set, get) => ({
      view: BOARD_VIEW,
      returnView: BOARD_VIEW,
      currentPlanId: null,
      search: '',
      showArchived: false,
      dialog: { kind: 'none' },
      announcement: '',
      toast: null,
      error: null,
      errorCount: 0,
      focusRequest: null,
      history: emptyHistory<RecordChange>(),

      showView: (view) =>
        set((s) => ({
          view,
          returnView: view.kind === 'product' && s.view.kind !== 'product' ? s.view : s.returnView,
          dialog: { kind: 'none' },
        })),
      // Undo history belongs to one plan: undoing in a plan you are not looking at would
      // change data out of sight.
      openPlan: (currentPlanId) =>
        set((s) =>
          s.currentPlanId === currentPlanId
            ? {}
            : {
                currentPlanId,
                search: '',
                view: BOARD_VIEW,
                returnView: BOARD_VIEW,
                dialog: { kind: 'none' },
                history: emptyHistory<RecordChange>(),
              },
        ),
      setSearch: (search) => set({ search }),
      setShowArchived: (showArchived) => set({ showArchived }),
      openDialog: (dialog) => set({ dialog }),
      closeDialog: () => set({ dialog: { kind: 'none' } }),
      // A trailing zero-width change makes repeated identical messages re-announce.
      announce: (message) =>
        set((s) => ({ announcement: s.announcement === message ? `${message}\u200b` : message })),
      // A toast appears with its text, which screen readers may not read: say it as well.
      showToast: (message, undoable) =>
        set((s) => ({
          toast: { id: ++toastSeq, message, undoable },
          announcement: s.announcement === message ? `${message}\u200b` : message,
        })),
      dismissToast: () => set({ toast: null }),
      showError: (error) =>
        set((s) => ({ error, errorCount: error === null ? s.errorCount : s.errorCount + 1 })),
      requestFocus: (focusRequest) => set({ focusRequest }),
      recordAction: (entry) => set((s) => ({ history: recordAction(s.history, entry) })),
      takeUndo: () => {
        const step = stepBack(get().history);
        if (!step) return null;
        set({ history: step.history });
        return step.entry;
      },
      takeRedo: () => {
        const step = stepForward(get().history);
        if (!step) return null;
        set({ history: step.history });
        return step.entry;
      },
      clearHistory: () => set({ history: emptyHistory<RecordChange>() }),
    }),
    {
      name: 'lifecycle-planner:ui',
      // The theme moved to the settings (./settings.ts), which read it from here once.
      version: 1,
      partialize: (s) => ({ currentPlanId: s.currentPlanId }),
    },
  ),
);
