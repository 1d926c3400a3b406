/**
 * The health view's lists of problems: KPIs off target and overdue milestones. A large
 * portfolio has thousands of each, so the tables draw only the rows in view.
 */
import { daysBetween, formatCalendarDate } from '../../../../shared/domain/calendar';
import type { LateMilestone, OffTargetKpi } from '../../../../shared/domain/health';
import { describeTarget, formatKpiValue } from '../../../../shared/domain/kpi';
import { describeDue } from '../../../../shared/domain/milestones';
import type { TrendValues } from '../../../../shared/domain/kpi-trend';
import { useMemo } from 'react';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { SpacerRow } from '../../ui/VirtualSpacer';
import { Bar, HealthCard } from './HealthCards';
import { Sparkline } from './Sparkline';
import { ProductLink } from './ProductLink';

export function OffTargetCard({
  entries,
  trends,
}: {
  entries: OffTargetKpi[];
  trends: ReadonlyMap<string, TrendValues>;
}) {
  const keys = useMemo(() => entries.map((entry) => entry.kpi.id), [entries]);
  const {
    attach,
    indexes: drawn,
    before,
    after,
    measure,
  } = useVirtualRows<HTMLTableSectionElement>({
    keys,
    estimateSize: 41,
  });
  return (
    <HealthCard title="KPIs off target" wide>
      {entries.length === 0 ? (
        <p className="health-empty">Every KPI with a value meets its target.</p>
      ) : (
        <table className="health-table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">KPI</th>
              <th scope="col">Latest</th>
              <th scope="col">Target</th>
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody ref={attach}>
            <SpacerRow height={before} columns={5} />
            {drawn.map((index) => {
              const entry = entries[index];
              if (!entry) return null;
              const { kpi, product, latest } = entry;
              return (
                <tr key={kpi.id} data-stage={product.stage} data-index={index} ref={measure}>
                  <td>
                    <ProductLink product={product} section="kpis" />
                  </td>
                  <td>{kpi.name}</td>
                  <td className="health-bad">{formatKpiValue(latest.value, kpi.unit)}</td>
                  <td>{describeTarget(kpi)}</td>
                  <td>
                    <Sparkline kpi={kpi} values={trends.get(kpi.id)?.values ?? [latest.value]} />
                  </td>
                </tr>
              );
            })}
            <SpacerRow height={after} columns={5} />
          </tbody>
        </table>
      )}
    </HealthCard>
  );
}

export function OverdueCard({ entries, today }: { entries: LateMilestone[]; today: string }) {
  const late = (date: string) => Math.max(0, daysBetween(date, today));
  // The longest overdue comes first (see overdueMilestones), and sets the bars' scale: working
  // out every milestone's lateness took tens of milliseconds in a large plan, at each render.
  const most = entries[0] ? late(entries[0].milestone.date) : 0;
  const keys = useMemo(() => entries.map((entry) => entry.milestone.id), [entries]);
  const {
    attach,
    indexes: drawn,
    before,
    after,
    measure,
  } = useVirtualRows<HTMLTableSectionElement>({
    keys,
    estimateSize: 33,
  });
  return (
    <HealthCard title="Overdue milestones">
      {entries.length === 0 ? (
        <p className="health-empty">No milestone is overdue.</p>
      ) : (
        <table className="health-table">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Milestone</th>
              <th scope="col">Due</th>
              <th scope="col">
                <span className="sr-only">How late, drawn</span>
              </th>
            </tr>
          </thead>
          <tbody ref={attach}>
            <SpacerRow height={before} columns={4} />
            {drawn.map((index) => {
              const entry = entries[index];
              if (!entry) return null;
              const { milestone, product } = entry;
              return (
                <tr key={milestone.id} data-stage={product.stage} data-index={index} ref={measure}>
                  <td>
                    <ProductLink product={product} section="milestones" />
                  </td>
                  <td>{milestone.title}</td>
                  <td>
                    <time dateTime={milestone.date}>{formatCalendarDate(milestone.date)}</time>
                    <span className="health-bad"> · {describeDue(milestone.date, today)}</span>
                  </td>
                  <td className="health-bar-cell">
                    <Bar value={late(milestone.date)} max={most} />
                  </td>
                </tr>
              );
            })}
            <SpacerRow height={after} columns={4} />
          </tbody>
        </table>
      )}
    </HealthCard>
  );
}
