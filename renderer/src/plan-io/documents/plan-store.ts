/**
 * A plan's side of saving it to its file (shared/documents/save-document.ts), over the
 * window's database: its working copy, the copies it has shared, and merges of the file that
 * land as one undoable step, like an import.
 */
import type { DocumentStore } from '../../../../shared/documents/save-document';
import { db } from '../../db';
import { mergeIntoPlan, previewMerge } from '../../db/plan-io';
import { snapshotPlan } from '../../db/plan-snapshot';
import { baseForExport, rememberSharedCopy } from '../../db/shared-copies';
import { useUi } from '../../store';

export function planStore(planId: string, fileName: string): DocumentStore {
  return {
    snapshot: () => snapshotPlan(db, planId),
    previewMerge: async (incoming, known) =>
      (await previewMerge(db, incoming, known))?.merge ?? null,
    async merge(incoming, choices, known) {
      const outcome = await mergeIntoPlan(db, incoming, choices, known);
      if (outcome.changes.length > 0 && useUi.getState().currentPlanId === planId) {
        useUi.getState().recordAction({
          label: `Merge changes from ${fileName}`,
          changes: outcome.changes,
        });
      }
    },
    baseToWrite: (fingerprint) => baseForExport(db, planId, fingerprint),
    remember: ({ fingerprint, base, parts }) =>
      rememberSharedCopy(db, planId, { fingerprint, base, text: new Blob([...parts]) }),
  };
}
