/** The window: toolbar, the open plan's view, dialogs and notices. */
import { DocumentConflictDialog } from '../plan-io/documents/DocumentConflictDialog';
import { DropChoiceDialog } from '../plan-io/documents/DropChoiceDialog';
import { answerQuit, arriveFile, dropFile } from '../plan-io/documents/file-arrivals';
import { useDocument } from '../plan-io/documents/useDocument';
import { Suspense, useEffect, useState } from 'react';
import type { Plan } from '../../../shared/domain/product';
import { usePlanCounts, useProductsOfPlan } from '../store/board-columns';
import { runAppCommand } from '../commands/app-commands';
import { db, usePlans } from '../db';
import { createPlan, ensureAPlan } from '../db/plans';
import { platform } from '../platform';
import { NewProductDialog } from '../product/NewProductDialog';
import { DeletePlanDialog, NewPlanDialog, RenamePlanDialog } from '../plans/PlanDialogs';
import { useAutoBackupFlush } from '../backups';
import { ImportDialog } from '../plan-io/ImportDialog';
import { useUi } from '../store';
import { useSettings } from '../store/settings';
import { useAppliedRegion } from '../store/region';
import { planThatFailedToDraw } from './draw-failures';
import {
  BackupsDialog,
  CommandPalette,
  CsvFeedbackDialog,
  PeopleDialog,
  SettingsDialog,
  ShortcutSheet,
  StakeholderUpdateDialog,
  UserGuide,
} from './lazy-views';
import { useRevealRequests } from '../search/useRevealRequests';
import { ErrorBanner, LiveRegion, Toast } from './Notices';
import { PlanView } from './PlanView';
import { StorageUsage } from './StorageUsage';
import { usePageShortcuts } from './shortcuts';
import { useAppliedTheme } from './theme';
import { useHashRoute } from './useHashRoute';
import { Toolbar } from './Toolbar';
import { PrintHeader } from '../portfolio/export/PrintHeader';

/**
 * The plan to open at start when the one remembered failed to draw last time: the most
 * recently changed other plan, or a new empty one when there is no other.
 */
async function planToOpenInstead(plans: readonly Plan[], failed: string): Promise<Plan> {
  const others = plans.filter((p) => p.id !== failed);
  const latest = others.reduce<Plan | null>(
    (best, p) => (best === null || p.updatedAt > best.updatedAt ? p : best),
    null,
  );
  return latest ?? (await createPlan(db, 'New plan')).plan;
}

/**
 * Opens the last plan used, or a new empty one on a first start. The plan remembered from the
 * last session is checked once, at start: if it failed to draw then, another is opened
 * instead. A plan the user picks from the menu later is drawn even if it failed before.
 */
function useOpenPlan() {
  const plans = usePlans();
  const currentPlanId = useUi((s) => s.currentPlanId);
  const openPlan = useUi((s) => s.openPlan);
  const [checkingStart, setCheckingStart] = useState(() => {
    const failed = planThatFailedToDraw();
    return failed !== null && failed === useUi.getState().currentPlanId;
  });
  const found = plans?.find((p) => p.id === currentPlanId) ?? null;
  const current = checkingStart ? null : found;
  useEffect(() => {
    if (plans === undefined || !checkingStart) return;
    let cancelled = false;
    void planToOpenInstead(plans, currentPlanId ?? '').then(
      (plan) => {
        if (cancelled) return;
        openPlan(plan.id);
        setCheckingStart(false);
      },
      (error: unknown) => useUi.getState().showError(`Could not open a plan: ${String(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [plans, checkingStart, currentPlanId, openPlan]);
  useEffect(() => {
    if (plans === undefined || current || checkingStart) return;
    let cancelled = false;
    void (async () => {
      // The plan list can lag behind a plan created a moment ago: ask the database itself.
      if (currentPlanId && (await db.plans.get(currentPlanId))) return;
      const plan = await ensureAPlan(db);
      if (!cancelled) openPlan(plan.id);
    })().catch((error: unknown) =>
      useUi.getState().showError(`Could not open the plan database: ${String(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [plans, current, checkingStart, currentPlanId, openPlan]);
  return { plans: plans ?? [], current };
}

/**
 * Files sent by the OS bring their bound plan forward or preview an import; a dropped plan
 * file asks whether to open or import it (other files preview an import).
 */
function useFileArrivals() {
  useEffect(() => platform.onFileOpened((file) => void arriveFile(file)), []);
  useEffect(() => platform.documents?.onQuit?.(answerQuit), []);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) dropFile(e.dataTransfer);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

function useMenuBridge() {
  const canUndo = useUi((s) => s.history.past.length > 0);
  const canRedo = useUi((s) => s.history.future.length > 0);
  useEffect(() => platform.onMenuCommand((command) => void runAppCommand(command)), []);
  useEffect(() => {
    void platform.setEditState({ canUndo, canRedo });
  }, [canUndo, canRedo]);
}

export function App() {
  useAppliedTheme(useSettings((s) => s.theme));
  // Set before anything below renders, and a new region redraws every number and date.
  const region = useAppliedRegion();
  usePageShortcuts();
  useMenuBridge();
  useFileArrivals();
  useAutoBackupFlush();
  useHashRoute();
  useRevealRequests();
  const { plans, current } = useOpenPlan();
  const products = useProductsOfPlan(current?.id ?? null);
  const counts = usePlanCounts(products);
  const dialog = useUi((s) => s.dialog);
  useDocument(current?.id ?? null);
  const closeDialog = useUi((s) => s.closeDialog);

  if (!current) {
    return (
      <div className="app app-loading" aria-busy="true">
        <ErrorBanner />
      </div>
    );
  }
  return (
    <div className="app">
      <Toolbar plans={plans} plan={current} archivedCount={counts.archivedCount} />
      <PrintHeader planName={current.name} />
      <ErrorBanner />
      <Toast />
      <PlanView key={region} plan={current} products={products} />
      <StorageUsage appOwnsStorage={platform.kind === 'electron'} />
      {dialog.kind === 'new-product' && (
        <NewProductDialog planId={current.id} stage={dialog.stage} />
      )}
      {dialog.kind === 'new-plan' && <NewPlanDialog />}
      {dialog.kind === 'rename-plan' && <RenamePlanDialog plan={current} />}
      {dialog.kind === 'delete-plan' && (
        <DeletePlanDialog plan={current} productCount={counts.activeCount + counts.archivedCount} />
      )}
      {dialog.kind === 'document-conflict' && (
        <DocumentConflictDialog
          fileName={dialog.fileName}
          merge={dialog.merge}
          resolve={dialog.resolve}
        />
      )}
      {dialog.kind === 'drop-choice' && <DropChoiceDialog drop={dialog.drop} />}
      {dialog.kind === 'import' && (
        <ImportDialog key={dialog.source.fileName} source={dialog.source} />
      )}
      <Suspense fallback={null}>
        {dialog.kind === 'settings' && <SettingsDialog />}
        {dialog.kind === 'stakeholder-update' && (
          <StakeholderUpdateDialog productId={dialog.productId} />
        )}
        {dialog.kind === 'feedback-csv' && (
          <CsvFeedbackDialog productId={dialog.productId} onClose={closeDialog} />
        )}
        {dialog.kind === 'backups' && <BackupsDialog />}
        {dialog.kind === 'people' && <PeopleDialog />}
        {dialog.kind === 'palette' && <CommandPalette planId={current.id} />}
        {dialog.kind === 'shortcuts' && <ShortcutSheet />}
        {dialog.kind === 'guide' && <UserGuide />}
      </Suspense>
      <LiveRegion />
    </div>
  );
}
