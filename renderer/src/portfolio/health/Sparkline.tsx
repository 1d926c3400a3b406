/**
 * A KPI's latest values as a line a few words wide, with its target as a dashed rule and the
 * side that meets it shaded, for reading a table of KPIs at a glance. The sentence in its
 * label says what the line shows; the table beside it has the numbers.
 */
import { describeTarget, formatKpiValue } from '../../../../shared/domain/kpi';
import type { KpiFacts } from '../../../../shared/domain/health';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

export function sparklinePath(values: readonly number[], low: number, high: number): string {
  const span = high - low || 1;
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values
    .map((value, i) => {
      const x = PAD + i * step;
      const y = PAD + (1 - (value - low) / span) * (HEIGHT - 2 * PAD);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** `values` are the KPI's latest, oldest first. */
export function Sparkline({ kpi, values }: { kpi: KpiFacts; values: readonly number[] }) {
  const low = Math.min(kpi.target, ...values);
  const high = Math.max(kpi.target, ...values);
  const span = high - low || 1;
  const targetY = PAD + (1 - (kpi.target - low) / span) * (HEIGHT - 2 * PAD);
  const first = values[0];
  const last = values.at(-1);
  const label =
    first !== undefined && last !== undefined
      ? `${values.length} latest values of ${kpi.name}, from ${formatKpiValue(first, kpi.unit)} to ${formatKpiValue(last, kpi.unit)}; target ${describeTarget(kpi)}`
      : `${kpi.name}: no values`;
  return (
    <svg className="sparkline" role="img" aria-label={label} width={WIDTH} height={HEIGHT}>
      <rect
        className="sparkline-band"
        x={0}
        width={WIDTH}
        y={kpi.direction === 'higher' ? 0 : targetY}
        height={kpi.direction === 'higher' ? targetY : HEIGHT - targetY}
      />
      <line className="sparkline-target" x1={0} x2={WIDTH} y1={targetY} y2={targetY} />
      <path className="sparkline-line" d={sparklinePath(values, low, high)} />
    </svg>
  );
}
