/**
 * A card's signals: checklist progress for its stage, KPI status, the next milestone and
 * the decline decision. Each says in words what its icon and colour show.
 */
import { localCalendarDate } from '../../../shared/domain/calendar';
import { describeKpiSummary, KPI_STATUS_LABELS } from '../../../shared/domain/kpi';
import { describeDue } from '../../../shared/domain/milestones';
import { formatProgress } from '../../../shared/domain/playbook';
import type { Product } from '../../../shared/domain/product';
import { DECLINE_CHOICE_LABELS } from '../../../shared/domain/workspace';
import { db } from '../db';
import { useCardSummary } from '../db/card-summary';
import { CardIcon } from '../ui/CardIcon';

export function CardSignals({ product, now }: { product: Product; now: Date }) {
  const today = localCalendarDate(now);
  const summary = useCardSummary(db, product, today);
  const decision = product.decision;
  if (!summary && !decision) return null;
  const { checklist, kpis, next } = summary ?? { checklist: null, kpis: null, next: null };
  return (
    <ul className="card-signals" aria-label="Status">
      {checklist && checklist.total > 0 && (
        <li
          className={`signal${checklist.done === checklist.total ? ' signal-good' : ''}`}
          title={`Checklist: ${formatProgress(checklist)}`}
        >
          <CardIcon name="square-check-big" />
          <span aria-hidden="true">
            {checklist.done}/{checklist.total}
          </span>
          <span className="sr-only">Checklist {formatProgress(checklist)}</span>
        </li>
      )}
      {kpis && kpis.total > 0 && kpis.status !== 'no-data' && (
        <li
          className={`signal signal-${kpis.status}`}
          title={describeKpiSummary(kpis)}
          data-kpi-status={kpis.status}
        >
          {kpis.status === 'off-track' ? (
            <CardIcon name="triangle-exclamation-point" />
          ) : (
            <CardIcon name="gauge" />
          )}
          {KPI_STATUS_LABELS[kpis.status]}
        </li>
      )}
      {next && (
        <li
          className={`signal signal-milestone${next.overdue ? ' signal-overdue' : ''}`}
          title={`Next milestone: ${next.milestone.title}, ${describeDue(next.milestone.date, today)}`}
        >
          <CardIcon name="diamond" />
          <span className="signal-due">{describeDue(next.milestone.date, today)}:</span>
          <span className="signal-text">{next.milestone.title}</span>
        </li>
      )}
      {decision && (
        <li className="signal signal-decision" title={decision.rationale || undefined}>
          <CardIcon name="scale" />
          Decision: {DECLINE_CHOICE_LABELS[decision.choice]}
        </li>
      )}
    </ul>
  );
}
