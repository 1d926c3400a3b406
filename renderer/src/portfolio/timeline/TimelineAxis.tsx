/**
 * The time axis (sticky at the top of the chart) and the lines behind and over the rows: one
 * per tick, stronger at each new year, and the line for today.
 */
import { memo } from 'react';
import type { Tick, TimeScale } from '../../../../shared/domain/timeline-scale';
import { NAME_WIDTH } from './layout';

export interface PlacedTick extends Tick {
  x: number;
}

export const TimelineAxis = memo(function TimelineAxis({
  scale,
  ticks,
  todayX,
}: {
  scale: TimeScale;
  ticks: readonly PlacedTick[];
  todayX: number;
}) {
  return (
    <div className="timeline-axis" aria-hidden="true" style={{ width: NAME_WIDTH + scale.width }}>
      <div className="timeline-corner">Product</div>
      <div className="timeline-ticks" style={{ width: scale.width }}>
        {ticks.map((tick) => (
          <span
            key={tick.date}
            className="timeline-tick"
            data-year-start={tick.yearStart || undefined}
            style={{ left: tick.x }}
          >
            {tick.label}
          </span>
        ))}
        <span className="timeline-today-label" style={{ left: todayX }}>
          Today
        </span>
      </div>
    </div>
  );
});

export const TimelineGrid = memo(function TimelineGrid({
  scale,
  ticks,
  todayX,
  height,
}: {
  scale: TimeScale;
  ticks: readonly PlacedTick[];
  todayX: number;
  height: number;
}) {
  return (
    <div
      className="timeline-grid"
      aria-hidden="true"
      style={{ left: NAME_WIDTH, width: scale.width, height }}
    >
      {ticks.map((tick) => (
        <span
          key={tick.date}
          className="timeline-gridline"
          data-year-start={tick.yearStart || undefined}
          style={{ left: tick.x }}
        />
      ))}
      <span className="timeline-today-line" data-testid="timeline-today" style={{ left: todayX }} />
    </div>
  );
});
