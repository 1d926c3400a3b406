/** What an empty plan shows: a way to start from scratch or from a realistic sample. */
import './empty-plan.css';
import { Sparkles } from 'lucide-react';
import { useUi } from '../store';

export function EmptyPlan({ onLoadSample }: { onLoadSample: () => void }) {
  const openDialog = useUi((s) => s.openDialog);
  return (
    <section className="empty-plan" aria-labelledby="empty-plan-title">
      <div className="empty-plan-art" aria-hidden="true">
        <Sparkles size={22} />
      </div>
      <div className="empty-plan-text">
        <h2 id="empty-plan-title">This plan has no products yet</h2>
        <p>
          Every product is a card that moves through six stages, from Ideation to Decline. Add your
          first one, or explore a sample portfolio of a small finance software company.
        </p>
      </div>
      <div className="empty-plan-actions">
        <button type="button" className="button button-primary" onClick={onLoadSample}>
          Load sample portfolio
        </button>
        <button
          type="button"
          className="button"
          onClick={() => openDialog({ kind: 'new-product', stage: 'ideation' })}
        >
          Add your first product
        </button>
      </div>
    </section>
  );
}
