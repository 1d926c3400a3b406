/**
 * The product's overview: its vision and strategy, details, stage timeline, "Move to",
 * archive and delete, and a stakeholder update of it.
 */
import type { Product } from '../../../../shared/domain/product';
import {
  deleteProductWithUndo,
  saveProductDetails,
  setProductArchived,
} from '../../commands/product-commands';
import { runAppCommand } from '../../commands/app-commands';
import { useUi } from '../../store';
import { ProductForm } from '../ProductForm';
import { PeoplePanel } from '../people/PeoplePanel';
import { PlannedStages } from './PlannedStages';
import { VisionPanel } from './VisionPanel';
import { Megaphone } from 'lucide-react';
import { MoveTo, StageHistory } from './StageTimeline';

export function OverviewSection({ product }: { product: Product }) {
  const showView = useUi((s) => s.showView);
  const backToBoard = () => showView({ kind: 'board' });
  return (
    <section className="workspace-section overview" aria-labelledby="section-overview">
      <div className="section-heading-row">
        <h2 id="section-overview">Overview</h2>
        <button
          type="button"
          className="button"
          onClick={() => void runAppCommand('stakeholder-update')}
        >
          <Megaphone size={15} aria-hidden="true" />
          Stakeholder update…
        </button>
      </div>
      <VisionPanel product={product} />
      <div className="overview-grid">
        <div className="overview-details">
          <h3 className="detail-heading">Details</h3>
          <ProductForm
            key={`${product.id}-${product.updatedAt}`}
            initial={product}
            submitLabel="Save changes"
            autoFocusName={false}
            onSubmit={(draft) => saveProductDetails(product, draft)}
            extraActions={
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => void setProductArchived(product, !product.archived)}
                >
                  {product.archived ? 'Unarchive' : 'Archive'}
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => {
                    backToBoard();
                    void deleteProductWithUndo(product);
                  }}
                >
                  Delete
                </button>
              </>
            }
          />
        </div>
        <div className="overview-stage">
          <h3 className="detail-heading">Stage</h3>
          <MoveTo product={product} />
          <h3 className="detail-heading">Stage timeline</h3>
          <StageHistory product={product} />
          <PeoplePanel product={product} />
          <h3 className="detail-heading">Planned dates</h3>
          <PlannedStages key={`${product.id}-${product.updatedAt}`} product={product} />
        </div>
      </div>
    </section>
  );
}
