/** One KPI: its status in words, latest value against target, chart, values and entry form. */
import { CircleCheck, CircleDashed, Pencil, Trash2, TriangleAlert } from 'lucide-react';
import { useId, useState } from 'react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import {
  KPI_DIRECTION_LABELS,
  KPI_STATUS_LABELS,
  describeKpiChart,
  describeTarget,
  formatKpiValue,
  kpiSeries,
  kpiStatus,
  latestReading,
  type KpiStatus,
} from '../../../../shared/domain/kpi';
import type { Kpi } from '../../../../shared/domain/workspace';
import { useKpiValues } from '../../db/kpis';
import { focusNeighbourAfterRemoval } from '../../ui/focus-after-removal';
import { KpiChart } from './KpiChart';
import { KpiExperimentSpans, describeSpans, spanTimes } from './KpiExperimentSpans';
import { useKpiExperiments } from '../../db/experiments';
import { useToday } from '../../ui/useToday';
import { KpiForm } from './KpiForm';
import { AddKpiValueForm, KpiValuesTable } from './KpiValues';
import { editKpi, removeKpi } from './kpi-commands';

const STATUS_ICONS = {
  'on-track': CircleCheck,
  'off-track': TriangleAlert,
  'no-data': CircleDashed,
};

/** The status as a word with an icon: colour only repeats what the text says. */
export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const Icon = STATUS_ICONS[status];
  return (
    <span className={`kpi-status kpi-status-${status}`}>
      <Icon size={14} aria-hidden="true" />
      {KPI_STATUS_LABELS[status]}
    </span>
  );
}

export function KpiPanel({ kpi }: { kpi: Kpi }) {
  const headingId = useId();
  const values = useKpiValues(kpi.id);
  const experiments = useKpiExperiments(kpi.id) ?? [];
  const today = useToday();
  const [editing, setEditing] = useState(false);
  if (values === undefined) return <section className="kpi-panel" aria-busy="true" />;
  const latest = latestReading(values);
  const status = kpiStatus(kpi, latest);
  const points = kpiSeries(values);
  const spans = spanTimes(experiments, today);

  return (
    <section className="kpi-panel" aria-labelledby={headingId} data-record-id={kpi.id}>
      <header className="kpi-panel-header">
        <h3 id={headingId} className="kpi-name">
          {kpi.name}
        </h3>
        <KpiStatusBadge status={status} />
        <span className="kpi-panel-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit KPI ${kpi.name}`}
            title="Edit KPI"
            onClick={() => setEditing(true)}
          >
            <Pencil size={16} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Delete KPI ${kpi.name}`}
            title="Delete KPI"
            onClick={(event) => {
              const refocus = focusNeighbourAfterRemoval(
                event.currentTarget.closest('.kpi-panel'),
                '.kpi-panel-actions button',
                () => document.querySelector<HTMLElement>('.kpis-heading .button'),
              );
              void removeKpi(kpi).then((done) => done && refocus());
            }}
          >
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </span>
      </header>
      <dl className="kpi-figures">
        <div>
          <dt>Latest</dt>
          <dd>
            {latest ? (
              <>
                <strong className="kpi-number">{formatKpiValue(latest.value, kpi.unit)}</strong>{' '}
                <span className="kpi-muted">
                  on <time dateTime={latest.date}>{formatCalendarDate(latest.date)}</time>
                </span>
              </>
            ) : (
              <span className="kpi-muted">No value yet</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            <strong className="kpi-number">{describeTarget(kpi)}</strong>{' '}
            <span className="kpi-muted">({KPI_DIRECTION_LABELS[kpi.direction].toLowerCase()})</span>
          </dd>
        </div>
      </dl>
      <div className="kpi-panel-body">
        {points.length > 0 ? (
          <KpiChart
            kpi={kpi}
            points={points}
            label={`Chart of ${describeKpiChart(kpi, latest, points.length)}${describeSpans(experiments)}`}
            layers={(frame) => (
              <KpiExperimentSpans
                spans={spans}
                x={frame.x}
                width={frame.innerWidth}
                height={frame.innerHeight}
              />
            )}
            covers={spans.flatMap((span) => [span.start, span.end])}
          />
        ) : (
          <p className="kpi-chart-empty">No values yet. Record the first one to start the chart.</p>
        )}
        <div className="kpi-values">
          <KpiValuesTable kpi={kpi} values={values} />
          <AddKpiValueForm kpi={kpi} values={values} />
        </div>
      </div>
      {editing && (
        <KpiForm
          kpi={kpi}
          onSubmit={(draft) => editKpi(kpi, draft)}
          onClose={() => setEditing(false)}
        />
      )}
    </section>
  );
}
