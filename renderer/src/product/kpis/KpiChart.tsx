/**
 * A KPI's values over time as a line, with its target as a dashed line. Drawn in SVG with visx
 * scales so every colour comes from the theme's CSS variables. Screen readers get one sentence
 * (role="img"); the values table beside it holds the numbers.
 */
import { Group } from '@visx/group';
import { scaleLinear, scaleUtc } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useLayoutEffect, useRef, useState } from 'react';
import { calendarDateToUtcMs } from '../../../../shared/domain/calendar';
import {
  formatKpiValue,
  isSymbolUnit,
  meetsTarget,
  type KpiPoint,
} from '../../../../shared/domain/kpi';
import { displayRegion } from '../../../../shared/domain/region';
import type { Kpi } from '../../../../shared/domain/workspace';
import { KpiExperimentSpans, type ExperimentSpanTimes } from './KpiExperimentSpans';

const HEIGHT = 200;
const MARGIN = { top: 16, right: 20, bottom: 28, left: 64 };
const MS_PER_DAY = 86_400_000;

/** Follows the width of the chart's box, so the chart fills the panel at any window size. */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(240, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

interface Plotted {
  x: number;
  y: number;
  point: KpiPoint;
}

function yDomain(values: number[], target: number): [number, number] {
  const low = values.reduce((a, b) => Math.min(a, b), target);
  const high = values.reduce((a, b) => Math.max(a, b), target);
  if (low !== high) return [low, high];
  // One flat value: give it room above and below so the line does not sit on an edge.
  const pad = Math.abs(low) * 0.1 || 1;
  return [low - pad, high + pad];
}

function xDomain(times: number[]): [Date, Date] {
  // Reduced, never spread into Math.min: a KPI measured for years has more values than a
  // call may take arguments.
  const first = times.reduce((a, b) => Math.min(a, b), Infinity);
  const last = times.reduce((a, b) => Math.max(a, b), -Infinity);
  return first === last
    ? [new Date(first - MS_PER_DAY), new Date(last + MS_PER_DAY)]
    : [new Date(first), new Date(last)];
}

/** Day ticks only (never "12:00"), each label once, in the user's own date style. */
function dayTicks(scale: ReturnType<typeof scaleUtc<number>>, count: number, longRange: boolean) {
  const format = new Intl.DateTimeFormat(displayRegion(), {
    timeZone: 'UTC',
    ...(longRange ? { month: 'short', year: 'numeric' } : { month: 'short', day: 'numeric' }),
  });
  const seen = new Set<string>();
  return scale
    .ticks(count)
    .filter((tick) => tick.getTime() % MS_PER_DAY === 0)
    .map((tick) => ({ at: scale(tick), label: format.format(tick) }))
    .filter((tick) => {
      if (seen.has(tick.label)) return false;
      seen.add(tick.label);
      return true;
    });
}

export function KpiChart({
  kpi,
  points,
  label,
  experiments = [],
}: {
  kpi: Kpi;
  points: KpiPoint[];
  label: string;
  /** When experiments on this KPI ran: shaded behind the line (./KpiExperimentSpans.tsx). */
  experiments?: ExperimentSpanTimes;
}) {
  const [boxRef, width] = useWidth(560);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const times = points.map((p) => calendarDateToUtcMs(p.date) ?? 0);
  const [fromDate, toDate] = xDomain([...times, ...experiments.flatMap((s) => [s.start, s.end])]);
  const x = scaleUtc<number>({ domain: [fromDate, toDate], range: [0, innerWidth] });
  const y = scaleLinear<number>({
    domain: yDomain(
      points.map((p) => p.value),
      kpi.target,
    ),
    range: [innerHeight, 0],
    nice: 4,
  });
  const plotted: Plotted[] = points.map((point, i) => ({
    x: x(new Date(times[i] ?? 0)),
    y: y(point.value),
    point,
  }));
  const latest = plotted.at(-1);
  const longRange = toDate.getTime() - fromDate.getTime() > 300 * MS_PER_DAY;
  const xTicks = dayTicks(x, Math.max(2, Math.floor(innerWidth / 110)), longRange);
  const targetY = y(kpi.target);
  // Axis labels keep symbols (40%, €1K) but not words: "1.2K users" on every line is noise.
  const axisUnit = isSymbolUnit(kpi.unit) ? kpi.unit : '';

  return (
    <div ref={boxRef} className="kpi-chart">
      <svg role="img" aria-label={label} width={width} height={HEIGHT}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          {y.ticks(4).map((tick) => (
            <g key={tick} className="kpi-chart-grid">
              <line x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} />
              <text x={-10} y={y(tick)} dy="0.32em" textAnchor="end">
                {formatKpiValue(tick, axisUnit, true)}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <text
              key={tick.label}
              className="kpi-chart-axis-label"
              x={tick.at}
              y={innerHeight + 20}
              textAnchor="middle"
            >
              {tick.label}
            </text>
          ))}
          <KpiExperimentSpans spans={experiments} x={x} width={innerWidth} height={innerHeight} />
          <line className="kpi-chart-target" x1={0} x2={innerWidth} y1={targetY} y2={targetY} />
          <text
            className="kpi-chart-target-label"
            x={innerWidth}
            y={targetY}
            dy={targetY < 14 ? '1.1em' : '-0.45em'}
            textAnchor="end"
          >
            Target {formatKpiValue(kpi.target, kpi.unit, true)}
          </text>
          <LinePath<Plotted>
            className="kpi-chart-line"
            data={plotted}
            x={(d) => d.x}
            y={(d) => d.y}
          />
          {plotted.map((d) => (
            <circle
              key={d.point.date}
              className={
                d === latest
                  ? `kpi-chart-point kpi-chart-latest ${
                      meetsTarget(d.point.value, kpi.target, kpi.direction) ? 'on' : 'off'
                    }`
                  : 'kpi-chart-point'
              }
              cx={d.x}
              cy={d.y}
              r={d === latest ? 5 : 3.5}
            />
          ))}
        </Group>
      </svg>
    </div>
  );
}
