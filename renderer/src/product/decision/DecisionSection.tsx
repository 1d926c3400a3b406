/**
 * The decline decision: in Decline the PM decides to rejuvenate, retire or pivot, and says
 * why. Retiring archives the product, so it asks first. Outside Decline the section explains
 * where the decision is taken and shows any earlier one as it was recorded.
 */
import '../kpis/kpis.css';
import './decision.css';
import { Archive } from 'lucide-react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import type { Product } from '../../../../shared/domain/product';
import { DECLINE_CHOICE_LABELS, type DeclineDecision } from '../../../../shared/domain/workspace';
import { DecisionForm } from './DecisionForm';

function RecordedDecision({
  decision,
  archived,
}: {
  decision: DeclineDecision;
  archived: boolean;
}) {
  return (
    <div className="decision-record" data-choice={decision.choice}>
      <h3 className="detail-heading">Recorded decision</h3>
      <p className="decision-choice">
        <strong>{DECLINE_CHOICE_LABELS[decision.choice]}</strong>
        <span className="kpi-muted">
          decided on{' '}
          <time dateTime={decision.decidedOn}>{formatCalendarDate(decision.decidedOn)}</time>
        </span>
        {decision.choice === 'retire' && archived && (
          <span className="archived-badge">
            <Archive size={11} aria-hidden="true" /> Archived
          </span>
        )}
      </p>
      <p className="decision-rationale">{decision.rationale}</p>
    </div>
  );
}

export function DecisionSection({ product }: { product: Product }) {
  const { decision } = product;
  return (
    <section className="workspace-section decision" aria-labelledby="section-decision">
      <h2 id="section-decision">Decision</h2>
      {product.stage === 'decline' ? (
        <div className="decision-layout">
          <p className="decision-lead">
            Demand for {product.name} has fallen. Decide its future from what you learned about why:
            rejuvenate it, retire it, or pivot it to a new market or brand.
          </p>
          {decision && <RecordedDecision decision={decision} archived={product.archived} />}
          <DecisionForm
            // A new form when the stored decision changes (an undo, another window).
            key={decision ? `${decision.choice}|${decision.decidedOn}|${decision.rationale}` : ''}
            product={product}
          />
        </div>
      ) : (
        <div className="decision-layout">
          <p className="decision-lead">
            The decision to rejuvenate, retire or pivot is taken in Decline, once demand falls. Move
            the product to Decline from the Overview when that time comes.
          </p>
          {decision && (
            <>
              <RecordedDecision decision={decision} archived={product.archived} />
              <p className="kpi-muted">
                Recorded while the product was in Decline; it can be changed there.
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}
