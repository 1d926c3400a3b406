/**
 * A KPI's values over time as a line over the band of values that meet its target. Drawn in
 * SVG with visx scales so every colour comes from the theme's CSS variables. Pointing at the
 * chart, or focusing it and using the arrow keys, reads each value with its date and how it
 * compares to the target; screen readers hear the values stepped through, and the values
 * table beside the chart holds them all.
 *
 * To draw more on the chart (spans of time, say), pass `layers`: it gets the chart's frame
 * (scales and size) and draws under the line, in the plot's coordinates; `covers` names the
 * times a layer needs on the date axis besides the values'.
 */
import { Group } from '@visx/group';
import { scaleLinear, scaleUtc } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { calendarDateToUtcMs } from '../../../../shared/domain/calendar';
import {
  formatKpiValue,
  isSymbolUnit,
  meetsTarget,
  type KpiPoint,
} from '../../../../shared/domain/kpi';
import type { Kpi } from '../../../../shared/domain/workspace';
import {
  LONG_RANGE_MS,
  dayTicks,
  describePoint,
  targetBand,
  xDomain,
  yDomain,
} from './chart-geometry';
import { useChartFocus } from './useChartFocus';

const HEIGHT = 200;
const MARGIN = { top: 16, right: 20, bottom: 28, left: 64 };
/** About half the width of the longest readout. */
const READOUT_HALF = 170;

/** What a layer needs to place itself on the chart. */
export interface ChartFrame {
  x: (date: Date) => number;
  y: (value: number) => number;
  innerWidth: number;
  innerHeight: number;
}

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

export function KpiChart({
  kpi,
  points,
  label,
  layers,
  covers = [],
}: {
  kpi: Kpi;
  points: KpiPoint[];
  label: string;
  layers?: (frame: ChartFrame) => ReactNode;
  /** Times (ms) the date axis reaches besides the values', so a layer is seen whole. */
  covers?: readonly number[];
}) {
  const hintId = useId();
  const [boxRef, width] = useWidth(560);
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const times = points.map((p) => calendarDateToUtcMs(p.date) ?? 0);
  const [fromDate, toDate] = xDomain([...times, ...covers]);
  const x = scaleUtc<number>({ domain: [fromDate, toDate], range: [0, innerWidth] });
  const values = points.map((p) => p.value);
  const y = scaleLinear<number>({
    domain: yDomain(values, kpi.target),
    range: [innerHeight, 0],
    nice: 4,
  });
  const plotted: Plotted[] = points.map((point, i) => ({
    x: x(new Date(times[i] ?? 0)),
    y: y(point.value),
    point,
  }));
  const focus = useChartFocus(
    plotted.map((d) => d.x),
    MARGIN.left,
  );
  const active = focus.index === null ? null : (plotted[focus.index] ?? null);
  const latest = plotted.at(-1);
  const xTicks = dayTicks(
    x,
    Math.max(2, Math.floor(innerWidth / 110)),
    toDate.getTime() - fromDate.getTime() > LONG_RANGE_MS,
  );
  const targetY = y(kpi.target);
  const band = targetBand(targetY, innerHeight, kpi.direction);
  // Axis labels keep symbols (40%, €1K) but not words: "1.2K users" on every line is noise.
  const axisUnit = isSymbolUnit(kpi.unit) ? kpi.unit : '';
  const frame: ChartFrame = { x, y, innerWidth, innerHeight };
  const reading = active ? describePoint(active.point, kpi) : '';

  return (
    <div
      ref={boxRef}
      className="kpi-chart"
      role="group"
      aria-label={`Chart of ${kpi.name}`}
      aria-describedby={hintId}
      tabIndex={0}
      onFocus={focus.onFocus}
      onBlur={focus.onBlur}
      onKeyDown={focus.onKeyDown}
    >
      <span id={hintId} className="sr-only">
        Arrow keys read each value.
      </span>
      <svg
        role="img"
        aria-label={label}
        width={width}
        height={HEIGHT}
        onPointerMove={focus.onPointerMove}
        onPointerLeave={focus.onPointerLeave}
      >
        <Group left={MARGIN.left} top={MARGIN.top}>
          <rect
            className="kpi-chart-band"
            x={0}
            y={band.y}
            width={innerWidth}
            height={band.height}
          />
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
          {layers?.(frame)}
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
          {active && (
            <line className="kpi-chart-guide" x1={active.x} x2={active.x} y1={0} y2={innerHeight} />
          )}
          <LinePath<Plotted>
            className="kpi-chart-line"
            data={plotted}
            x={(d) => d.x}
            y={(d) => d.y}
          />
          {plotted.map((d) => (
            <circle
              key={d.point.date}
              className={[
                'kpi-chart-point',
                d === latest || d === active
                  ? `kpi-chart-latest ${meetsTarget(d.point.value, kpi.target, kpi.direction) ? 'on' : 'off'}`
                  : '',
                d === active ? 'kpi-chart-active' : '',
              ].join(' ')}
              cx={d.x}
              cy={d.y}
              r={d === latest || d === active ? 5 : 3.5}
            />
          ))}
        </Group>
      </svg>
      {active && (
        <div
          className="kpi-chart-readout"
          aria-hidden="true"
          style={{
            // Centred on the value, but kept inside the chart at either end.
            left: Math.max(READOUT_HALF, Math.min(MARGIN.left + active.x, width - READOUT_HALF)),
            top: MARGIN.top + active.y,
          }}
        >
          {reading}
        </div>
      )}
      <span className="sr-only" role="status">
        {focus.announced ? reading : ''}
      </span>
    </div>
  );
}
