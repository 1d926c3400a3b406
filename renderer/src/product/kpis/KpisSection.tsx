/**
 * The product's KPIs: each metric with its target, its values over time as a chart and a
 * table, and whether the latest value is on track. The same status shows on the card.
 */
import './kpis.css';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { describeKpiSummary } from '../../../../shared/domain/kpi';
import type { Product } from '../../../../shared/domain/product';
import { useKpis, useProductKpiStatus } from '../../db/kpis';
import { KpiForm } from './KpiForm';
import { KpiPanel, KpiStatusBadge } from './KpiPanel';
import { addKpi } from './kpi-commands';

export function KpisSection({ product }: { product: Product }) {
  const kpis = useKpis(product.id);
  const summary = useProductKpiStatus(product.id);
  const [adding, setAdding] = useState(false);

  return (
    <section className="workspace-section kpis" aria-labelledby="section-kpis">
      <div className="kpis-heading">
        <h2 id="section-kpis">KPIs</h2>
        {summary && summary.total > 0 && (
          <p className="kpis-summary">
            <KpiStatusBadge status={summary.status} />
            <span>{describeKpiSummary(summary)}</span>
          </p>
        )}
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          <Plus size={16} aria-hidden="true" />
          Add KPI
        </button>
      </div>
      {kpis?.length === 0 && (
        <div className="kpis-empty">
          <p>
            <strong>No KPIs yet.</strong> Add the metrics that tell whether {product.name} is doing
            well, each with a target: activation rate, monthly revenue, churn.
          </p>
        </div>
      )}
      <div className="kpi-list">
        {kpis?.map((kpi) => (
          <KpiPanel key={kpi.id} kpi={kpi} />
        ))}
      </div>
      {adding && (
        <KpiForm onSubmit={(draft) => addKpi(product.id, draft)} onClose={() => setAdding(false)} />
      )}
    </section>
  );
}
