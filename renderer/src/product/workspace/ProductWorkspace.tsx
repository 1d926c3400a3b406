/**
 * A product's workspace: the working file behind its card, one section at a time. It takes
 * the window's main area while open; Escape or "Board" goes back, with focus on the card.
 */
import './workspace.css';
import { ArrowLeft } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import type { Product } from '../../../../shared/domain/product';
import { useProduct } from '../../db';
import { useUi } from '../../store';
import { SectionContent } from './SectionContent';
import { SectionNav } from './SectionNav';
import type { WorkspaceSection } from '../../store/sections';

const RETURN_LABELS = {
  board: 'Back to board',
  timeline: 'Back to timeline',
  roadmap: 'Back to roadmap',
  health: 'Back to health',
  product: 'Back to board',
} as const;

/** Back to the view the workspace was opened from, with focus on the card on the board. */
function useBack(product: Product | null | undefined) {
  const showView = useUi((s) => s.showView);
  const returnView = useUi((s) => s.returnView);
  const requestFocus = useUi((s) => s.requestFocus);
  const target = returnView.kind === 'product' ? ({ kind: 'board' } as const) : returnView;
  const back = () => {
    showView(target);
    if (target.kind !== 'board') return;
    if (product && (!product.archived || useUi.getState().showArchived)) {
      requestFocus({ list: 'board', id: product.id, stage: product.stage });
    }
  };
  return { back, label: RETURN_LABELS[target.kind] };
}

/** Escape goes back unless a field, menu or dialog has a use for it. */
function useEscapeToBoard(back: () => void) {
  const latest = useRef(back);
  useEffect(() => {
    latest.current = back;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open], [role="menu"]')) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, textarea, select')) return;
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function ProductWorkspace({
  productId,
  section,
}: {
  productId: string;
  section: WorkspaceSection;
}) {
  const product = useProduct(productId);
  const { back, label: backLabel } = useBack(product);
  useEscapeToBoard(back);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const loaded = product !== undefined;
  // Opening a product puts focus on its title, so a screen reader says where the user is.
  useEffect(() => {
    if (loaded) titleRef.current?.focus();
  }, [loaded, productId]);

  if (product === undefined) return <div className="workspace" aria-busy="true" />;
  if (product === null) {
    return (
      <div className="workspace workspace-missing">
        <h1 ref={titleRef} tabIndex={-1}>
          Product not found
        </h1>
        <p>This product no longer exists. It may have been deleted.</p>
        <button type="button" className="button button-primary" onClick={back}>
          {backLabel}
        </button>
      </div>
    );
  }
  return (
    <article className="workspace" aria-labelledby="workspace-title" data-stage={product.stage}>
      <header className="workspace-header">
        <button type="button" className="button workspace-back" onClick={back}>
          <ArrowLeft size={16} aria-hidden="true" />
          {backLabel}
        </button>
        <div className="workspace-title-block">
          <h1 id="workspace-title" ref={titleRef} tabIndex={-1} className="workspace-title">
            {product.name}
          </h1>
          <p className="workspace-meta">
            <span className="stage-badge" data-stage={product.stage}>
              {STAGE_LABELS[product.stage]}
            </span>
            {product.archived && <span className="archived-badge">Archived</span>}
            {product.owner && <span className="workspace-owner">{product.owner}</span>}
          </p>
        </div>
      </header>
      <div className="workspace-body">
        <SectionNav product={product} section={section} />
        <div className="workspace-content">
          <SectionContent product={product} section={section} />
        </div>
      </div>
    </article>
  );
}
