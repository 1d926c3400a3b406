/**
 * The experiments log of a product: every experiment with what was expected, the KPI it
 * should move, when it ran, what each variant did and what was decided. Newest first; the
 * KPI's chart shades when each one ran.
 */
import './experiments.css';
import { FlaskConical, Pencil, Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import {
  EXPERIMENT_DECISION_LABELS,
  EXPERIMENT_STATUS_LABELS,
  experimentStatus,
  type Experiment,
} from '../../../../shared/domain/experiments';
import type { Product } from '../../../../shared/domain/product';
import type { Kpi } from '../../../../shared/domain/workspace';
import { useExperiments } from '../../db/experiments';
import { useKpis } from '../../db/kpis';
import { focusNeighbourAfterRemoval } from '../../ui/focus-after-removal';
import { useToday } from '../../ui/useToday';
import { ExperimentForm } from './ExperimentForm';
import { addExperiment, editExperiment, removeExperiment } from './experiment-commands';

function dates(experiment: Experiment): string {
  const start = formatCalendarDate(experiment.startOn);
  return experiment.endOn === null
    ? `From ${start}`
    : `${start} – ${formatCalendarDate(experiment.endOn)}`;
}

function ExperimentCard({
  experiment,
  kpis,
  today,
}: {
  experiment: Experiment;
  kpis: readonly Kpi[];
  today: string;
}) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const status = experimentStatus(experiment, today);
  const kpi = kpis.find((k) => k.id === experiment.kpiId);
  return (
    <article
      className="experiment"
      aria-labelledby={headingId}
      data-status={status}
      data-record-id={experiment.id}
    >
      <header className="experiment-header">
        <h3 id={headingId} className="experiment-title">
          {experiment.title}
        </h3>
        <span className={`experiment-status experiment-status-${status}`}>
          {EXPERIMENT_STATUS_LABELS[status]}
        </span>
        <span className="experiment-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit experiment ${experiment.title}`}
            title="Edit experiment"
            onClick={() => setEditing(true)}
          >
            <Pencil size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete experiment ${experiment.title}`}
            title="Delete experiment"
            onClick={(event) => {
              const refocus = focusNeighbourAfterRemoval(
                event.currentTarget.closest('.experiment'),
                '.experiment-actions button',
                () => document.querySelector<HTMLElement>('.experiments-heading .button'),
              );
              void removeExperiment(experiment).then((done) => done && refocus());
            }}
          >
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </span>
      </header>
      <p className="experiment-meta">
        {dates(experiment)}
        {kpi ? ` · moves ${kpi.name}` : ''}
      </p>
      <dl className="experiment-facts">
        <div>
          <dt>Hypothesis</dt>
          <dd className="vision-text">{experiment.hypothesis}</dd>
        </div>
        {experiment.variants.length > 0 && (
          <div>
            <dt>Variants</dt>
            <dd>
              <ul className="experiment-variants">
                {experiment.variants.map((variant) => (
                  <li key={variant.name}>
                    <strong>{variant.name}</strong>
                    {variant.result !== '' ? (
                      `: ${variant.result}`
                    ) : (
                      <span className="muted">: no result yet</span>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Decision</dt>
          <dd>
            <span className={`experiment-decision experiment-decision-${experiment.decision}`}>
              {EXPERIMENT_DECISION_LABELS[experiment.decision]}
            </span>
            {experiment.rationale !== '' && (
              <span className="vision-text"> — {experiment.rationale}</span>
            )}
          </dd>
        </div>
      </dl>
      {editing && (
        <ExperimentForm
          experiment={experiment}
          kpis={kpis}
          onSubmit={(draft) => editExperiment(experiment, draft)}
          onClose={() => setEditing(false)}
        />
      )}
    </article>
  );
}

export function ExperimentsSection({ product }: { product: Product }) {
  const experiments = useExperiments(product.id);
  const kpis = useKpis(product.id) ?? [];
  const today = useToday();
  const [adding, setAdding] = useState(false);
  return (
    <section className="workspace-section experiments" aria-labelledby="section-experiments">
      <div className="section-heading-row experiments-heading">
        <h2 id="section-experiments">Experiments</h2>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          <Plus size={16} aria-hidden="true" />
          Log experiment
        </button>
      </div>
      {experiments?.length === 0 && (
        <div className="experiments-empty">
          <FlaskConical size={18} aria-hidden="true" />
          <p>
            <strong>No experiments yet.</strong> Log each one: what you expected, what happened,
            what you decided. Linked to a KPI, it shows on that KPI’s chart.
          </p>
        </div>
      )}
      <div className="experiment-list">
        {experiments?.map((experiment) => (
          <ExperimentCard key={experiment.id} experiment={experiment} kpis={kpis} today={today} />
        ))}
      </div>
      {adding && (
        <ExperimentForm
          kpis={kpis}
          onSubmit={(draft) => addExperiment(product.id, draft)}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  );
}
