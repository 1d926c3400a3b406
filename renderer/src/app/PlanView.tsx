/**
 * The open plan's main area: the board, a product's workspace or a portfolio view. Drawn
 * inside its own error boundary, so a plan that fails to draw leaves the toolbar, the plan
 * menu and the dialogs working.
 */
import { Suspense, useEffect } from 'react';
import type { Plan, Product } from '../../../shared/domain/product';
import { Board } from '../board/Board';
import { useBoardColumns } from '../store/board-columns';
import { loadSamplePortfolio } from './command-host';
import { useUi } from '../store';
import { forgetDrawFailure } from './draw-failures';
import { EmptyPlan } from './EmptyPlan';
import {
  HealthView,
  preloadPlanViews,
  ProductWorkspace,
  RoadmapView,
  TimelineView,
} from './lazy-views';
import { PlanViewBoundary } from './PlanViewBoundary';
import { hashOfView, type View } from '../store/route';

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

function BoardView({ plan, products }: { plan: Plan; products: Product[] | undefined }) {
  const { columns, search } = useBoardColumns(products);
  const shown = Object.values(columns).reduce((sum, column) => sum + column.length, 0);
  useSearchAnnouncement(search, shown);
  const isEmpty = products !== undefined && products.length === 0;
  return (
    <main className="main" aria-label={`Board of ${plan.name}`} data-board-filter={search}>
      {isEmpty && <EmptyPlan onLoadSample={() => void loadSamplePortfolio()} />}
      <Board columns={columns} filtered={search.trim() !== ''} />
    </main>
  );
}

interface OtherViewProps {
  plan: Plan;
  view: Exclude<View, { kind: 'board' }>;
  /** The plan's products as the board has them: the portfolio views draw from the same list. */
  products: Product[] | undefined;
}

function OtherView({ plan, view, products }: OtherViewProps) {
  return (
    <main className={`main main-${view.kind === 'product' ? 'workspace' : 'portfolio'}`}>
      <Suspense fallback={<div className="view-loading" aria-busy="true" />}>
        {view.kind === 'product' && (
          <ProductWorkspace productId={view.productId} section={view.section} />
        )}
        {view.kind === 'timeline' && <TimelineView planId={plan.id} products={products} />}
        {view.kind === 'roadmap' && <RoadmapView planId={plan.id} products={products} />}
        {view.kind === 'health' && <HealthView planId={plan.id} products={products} />}
      </Suspense>
    </main>
  );
}

/**
 * Once the plan has drawn, it is no longer one to skip at the next start, and the views a user
 * may open next are loaded while the window is idle.
 */
function DrawnMark({ planId }: { planId: string }) {
  useEffect(() => forgetDrawFailure(planId), [planId]);
  useEffect(() => preloadPlanViews(), []);
  return null;
}

function viewLabel(view: View, products: readonly Product[] | undefined): string {
  if (view.kind === 'board') return 'board';
  if (view.kind === 'product') {
    const product = products?.find((p) => p.id === view.productId);
    return product ? `workspace of “${product.name}”` : 'product workspace';
  }
  return view.kind === 'health' ? 'health view' : view.kind;
}

export function PlanView({ plan, products }: { plan: Plan; products: Product[] | undefined }) {
  const view = useUi((s) => s.view);
  const showView = useUi((s) => s.showView);
  return (
    <PlanViewBoundary
      // A new plan or view gets a fresh try.
      key={`${plan.id}|${hashOfView(view)}`}
      planId={plan.id}
      planName={plan.name}
      viewLabel={viewLabel(view, products)}
      onBackToBoard={view.kind === 'board' ? null : () => showView({ kind: 'board' })}
    >
      {view.kind === 'board' ? (
        <BoardView plan={plan} products={products} />
      ) : (
        <OtherView plan={plan} view={view} products={products} />
      )}
      {products !== undefined && <DrawnMark planId={plan.id} />}
    </PlanViewBoundary>
  );
}
