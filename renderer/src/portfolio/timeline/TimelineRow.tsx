/**
 * One product's row: its name (a button that opens the product, described in words by its
 * spans and milestones) and its track of stage spans and milestone markers. The track is
 * drawn for the eye only; everything in it is also in the description.
 */
import { memo, useId, useMemo } from 'react';
import { formatCalendarDate } from '../../../../shared/domain/calendar';
import { STAGE_LABELS } from '../../../../shared/domain/lifecycle';
import {
  describeRow,
  formatSpanLength,
  spanDays,
  type TimelineMilestone,
  type TimelineSpan,
} from '../../../../shared/domain/timeline';
import { xOfDate, type TimeScale } from '../../../../shared/domain/timeline-scale';
import { LABEL_MIN_PX, MIN_SPAN_PX, OPEN_TAIL_PX, ROW_HEIGHT } from './layout';
import type { ShownRow } from './useTimelineRows';

const day = (date: string) => formatCalendarDate(date);

function spanTitle(span: TimelineSpan, today: string): string {
  const stage = STAGE_LABELS[span.stage];
  const length = formatSpanLength(spanDays(span, today));
  switch (span.kind) {
    case 'past':
      return `${stage}: ${day(span.start)} – ${day(span.end ?? today)} (${length})`;
    case 'current':
      return `${stage}: since ${day(span.start)} (${length} so far)`;
    case 'continuing':
      return `${stage} until ${day(span.end ?? today)} (planned)`;
    case 'planned':
      return span.latePlannedOn
        ? `${stage}: planned for ${day(span.latePlannedOn)}, overdue`
        : `${stage}: planned from ${day(span.start)}`;
  }
}

function SpanBar({ span, scale, today }: { span: TimelineSpan; scale: TimeScale; today: string }) {
  const left = xOfDate(scale, span.start);
  const width =
    span.end === null ? OPEN_TAIL_PX : Math.max(MIN_SPAN_PX, xOfDate(scale, span.end) - left);
  return (
    <div
      className="timeline-span"
      data-stage={span.stage}
      data-kind={span.kind}
      data-open-ended={span.end === null || undefined}
      data-late={span.latePlannedOn !== null || undefined}
      style={{ left, width }}
      title={spanTitle(span, today)}
    >
      {width >= LABEL_MIN_PX && span.kind !== 'continuing' && (
        <span className="timeline-span-label">
          {STAGE_LABELS[span.stage]}
          {span.latePlannedOn && ' · late'}
        </span>
      )}
    </div>
  );
}

const GLYPH = { done: '✓', overdue: '!', open: '' } as const;

function MilestoneMarker({ milestone, scale }: { milestone: TimelineMilestone; scale: TimeScale }) {
  // Centred on its day, which at month zoom is a few pixels wide.
  const left = xOfDate(scale, milestone.date) + scale.pxPerDay / 2;
  return (
    <span
      className="timeline-milestone"
      data-status={milestone.status}
      style={{ left }}
      title={`${milestone.title} · ${day(milestone.date)} · ${milestone.status}`}
    >
      {GLYPH[milestone.status] && (
        <span className="timeline-milestone-glyph">{GLYPH[milestone.status]}</span>
      )}
    </span>
  );
}

export interface TimelineRowProps {
  row: ShownRow;
  index: number;
  count: number;
  scale: TimeScale;
  today: string;
  /** The one row reached by Tab; the others by the arrow keys. */
  tabbable: boolean;
  /** Placed by its index (on screen) or left in the flow (printing). */
  positioned: boolean;
}

export const TimelineRowItem = memo(function TimelineRowItem({
  row,
  index,
  count,
  scale,
  today,
  tabbable,
  positioned,
}: TimelineRowProps) {
  const descriptionId = useId();
  const description = useMemo(() => describeRow(row, today), [row, today]);
  return (
    <li
      className="timeline-row"
      data-stage={row.stage}
      data-product-id={row.productId}
      aria-posinset={index + 1}
      aria-setsize={count}
      style={positioned ? { top: index * ROW_HEIGHT } : undefined}
    >
      <div className="timeline-name-cell">
        <button
          type="button"
          className="timeline-name"
          tabIndex={tabbable ? 0 : -1}
          aria-describedby={descriptionId}
        >
          <span className="stage-dot" aria-hidden="true" />
          <span className="timeline-name-text">{row.name}</span>
        </button>
        {row.archived && <span className="archived-badge">Archived</span>}
        <span id={descriptionId} className="sr-only">
          {`${STAGE_LABELS[row.stage]}${row.archived ? ', archived' : ''}. ${description}`}
        </span>
      </div>
      <div className="timeline-track" aria-hidden="true" style={{ width: scale.width }}>
        {row.spans.map((span, i) => (
          <SpanBar key={`${i}-${span.stage}`} span={span} scale={scale} today={today} />
        ))}
        {row.milestones.map((milestone) => (
          <MilestoneMarker key={milestone.id} milestone={milestone} scale={scale} />
        ))}
      </div>
    </li>
  );
});
