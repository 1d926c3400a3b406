/** The window: toolbar, board, dialogs and notices for the open plan. */
import { Suspense, useEffect } from 'react';
import { Board } from '../board/Board';
import { useBoardData } from '../board/columns';
import { loadSamplePortfolio, runAppCommand } from '../commands/app-commands';
import { db, usePlans } from '../db';
import { ensureAPlan } from '../db/plans';
import { platform } from '../platform';
import { NewProductDialog } from '../product/NewProductDialog';
import { DeletePlanDialog, NewPlanDialog, RenamePlanDialog } from '../plans/PlanDialogs';
import { useAutoBackupFlush } from '../backups';
import { ImportDialog } from '../plan-io/ImportDialog';
import { startImport } from '../plan-io/import-commands';
import { useUi } from '../store';
import { EmptyPlan } from './EmptyPlan';
import {
  BackupsDialog,
  HealthView,
  PeopleDialog,
  ProductWorkspace,
  RoadmapView,
  TimelineView,
} from './lazy-views';
import { ErrorBanner, LiveRegion, Toast } from './Notices';
import { StorageUsage } from './StorageUsage';
import { usePageShortcuts } from './shortcuts';
import { useAppliedTheme } from './theme';
import { useHashRoute } from './useHashRoute';
import { Toolbar } from './Toolbar';
import { PrintHeader } from '../portfolio/export/PrintHeader';

/** Opens the last plan used, or a new empty one on a first start. */
function useOpenPlan() {
  const plans = usePlans();
  const currentPlanId = useUi((s) => s.currentPlanId);
  const openPlan = useUi((s) => s.openPlan);
  const current = plans?.find((p) => p.id === currentPlanId) ?? null;
  useEffect(() => {
    if (plans === undefined || current) return;
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
  }, [plans, current, currentPlanId, openPlan]);
  return { plans: plans ?? [], current };
}

/** Files dropped on the window, or sent by the OS, go through the same import dialog. */
function useFileArrivals() {
  useEffect(() => platform.onFileOpened(startImport), []);
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
      const file = e.dataTransfer?.files[0];
      if (file) startImport({ status: 'picked', source: { fileName: file.name, blob: file } });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

/** Says how many cards a search leaves, once typing pauses. */
function useSearchAnnouncement(search: string, shown: number) {
  const announce = useUi((s) => s.announce);
  useEffect(() => {
    if (search.trim() === '') return;
    const timer = window.setTimeout(() => {
      announce(
        shown === 0
          ? 'No products match.'
          : `${shown} ${shown === 1 ? 'product matches' : 'products match'}.`,
      );
    }, 500);
    return () => window.clearTimeout(timer);
  }, [search, shown, announce]);
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
  const themeSource = useUi((s) => s.themeSource);
  useAppliedTheme(themeSource);
  usePageShortcuts();
  useMenuBridge();
  useFileArrivals();
  useAutoBackupFlush();
  useHashRoute();
  const view = useUi((s) => s.view);
  const { plans, current } = useOpenPlan();
  const board = useBoardData(current?.id ?? null);
  const dialog = useUi((s) => s.dialog);
  const search = useUi((s) => s.search);
  const shownCount = Object.values(board.columns).reduce((sum, column) => sum + column.length, 0);
  useSearchAnnouncement(search, shownCount);

  if (!current) {
    return (
      <div className="app app-loading" aria-busy="true">
        <ErrorBanner />
      </div>
    );
  }
  const isEmpty = board.loaded && board.activeCount === 0 && board.archivedCount === 0;
  return (
    <div className="app">
      <Toolbar plans={plans} plan={current} archivedCount={board.archivedCount} />
      <PrintHeader planName={current.name} />
      <ErrorBanner />
      <Toast />
      {view.kind === 'board' ? (
        <main className="main" aria-label={`Board of ${current.name}`}>
          {isEmpty && <EmptyPlan onLoadSample={() => void loadSamplePortfolio()} />}
          <Board columns={board.columns} filtered={search.trim() !== ''} />
        </main>
      ) : (
        <main className={`main main-${view.kind === 'product' ? 'workspace' : 'portfolio'}`}>
          <Suspense fallback={<div className="view-loading" aria-busy="true" />}>
            {view.kind === 'product' && (
              <ProductWorkspace productId={view.productId} section={view.section} />
            )}
            {view.kind === 'timeline' && <TimelineView planId={current.id} />}
            {view.kind === 'roadmap' && <RoadmapView planId={current.id} />}
            {view.kind === 'health' && <HealthView planId={current.id} />}
          </Suspense>
        </main>
      )}
      <StorageUsage appOwnsStorage={platform.kind === 'electron'} />
      {dialog.kind === 'new-product' && (
        <NewProductDialog planId={current.id} stage={dialog.stage} />
      )}
      {dialog.kind === 'new-plan' && <NewPlanDialog />}
      {dialog.kind === 'rename-plan' && <RenamePlanDialog plan={current} />}
      {dialog.kind === 'delete-plan' && (
        <DeletePlanDialog plan={current} productCount={board.activeCount + board.archivedCount} />
      )}
      {dialog.kind === 'import' && (
        <ImportDialog key={dialog.source.fileName} source={dialog.source} />
      )}
      <Suspense fallback={null}>
        {dialog.kind === 'backups' && <BackupsDialog />}
        {dialog.kind === 'people' && <PeopleDialog />}
      </Suspense>
      <LiveRegion />
    </div>
  );
}
