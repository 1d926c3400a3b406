/** The health view's charts: products per stage, stuck products, feedback volume. */
import { useId, type ReactNode } from 'react';
import { STAGES, STAGE_LABELS, type Stage } from '../../../../shared/domain/lifecycle';
import type { FeedbackVolume, StuckProduct } from '../../../../shared/domain/health';
import { formatDays } from '../../../../shared/domain/moves';
import { ProductLink } from './ProductLink';
import { formatCount } from '../../../../shared/domain/region';

export function HealthCard({
  title,
  wide = false,
  children,
}: {
  title: string;
  /** Across the whole row: a table of several columns, which a grid cell would clip. */
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={wide ? 'health-card health-card-wide' : 'health-card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A bar whose length is `value / max`; the number beside it is the accessible content. */
export function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.max(2, (value / max) * 100) : 0;
  return (
    <span className="health-bar" aria-hidden="true">
      <span className="health-bar-fill" style={{ width: `${width}%` }} />
    </span>
  );
}

export function StageCountsCard({ counts }: { counts: Record<Stage, number> }) {
  const max = Math.max(...STAGES.map((stage) => counts[stage]));
  const total = STAGES.reduce((sum, stage) => sum + counts[stage], 0);
  return (
    <HealthCard title="Products per stage">
      <table className="health-table health-stage-chart">
        <caption className="sr-only">{total} products across the six stages</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Products</th>
          </tr>
        </thead>
        <tbody>
          {STAGES.map((stage) => (
            <tr key={stage} data-stage={stage}>
              <th scope="row">{STAGE_LABELS[stage]}</th>
              <td>
                <Bar value={counts[stage]} max={max} />
                <span className="health-number">{counts[stage]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </HealthCard>
  );
}

export function StuckCard({ stuck }: { stuck: StuckProduct[] }) {
  const longest = stuck[0]?.days ?? 0;
  return (
    <HealthCard title="Longest in their stage">
      {stuck.length === 0 ? (
        <p className="health-empty">No products yet.</p>
      ) : (
        <ol className="health-list">
          {stuck.map(({ product, days }) => (
            <li key={product.id} data-stage={product.stage}>
              <ProductLink product={product} />
              <Bar value={days} max={longest} />
              <span className="health-detail">
                {formatDays(days)} in {STAGE_LABELS[product.stage]}
              </span>
            </li>
          ))}
        </ol>
      )}
    </HealthCard>
  );
}

/** `volumes` is null while the entries are being counted. */
export function FeedbackVolumeCard({ volumes }: { volumes: FeedbackVolume[] | null }) {
  const max = volumes?.[0]?.entries ?? 0;
  return (
    <HealthCard title="Feedback volume">
      {volumes === null ? (
        <p className="health-empty" aria-busy="true">
          Counting feedback…
        </p>
      ) : volumes.length === 0 ? (
        <p className="health-empty">No feedback recorded yet.</p>
      ) : (
        <ol className="health-list">
          {volumes.map(({ product, entries }) => (
            <li key={product.id} data-stage={product.stage}>
              <ProductLink product={product} section="feedback" />
              <Bar value={entries} max={max} />
              <span className="health-number">
                {formatCount(entries)} {entries === 1 ? 'entry' : 'entries'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </HealthCard>
  );
}
