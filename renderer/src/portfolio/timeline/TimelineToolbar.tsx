/** The timeline's controls (zoom, back to today) and the key to its marks. */
import { LocateFixed } from 'lucide-react';
import { ZOOMS, ZOOM_LABELS, type Zoom } from '../../../../shared/domain/timeline-scale';

export function TimelineControls({
  zoom,
  onZoom,
  onToday,
}: {
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onToday: () => void;
}) {
  return (
    <div className="timeline-controls">
      <div className="timeline-zoom" role="group" aria-label="Zoom">
        {ZOOMS.map((level) => (
          <button
            key={level}
            type="button"
            className="timeline-zoom-item"
            aria-pressed={zoom === level}
            onClick={() => onZoom(level)}
          >
            {ZOOM_LABELS[level]}
          </button>
        ))}
      </div>
      <button type="button" className="button" onClick={onToday}>
        <LocateFixed size={15} aria-hidden="true" />
        Today
      </button>
    </div>
  );
}

/** What the marks mean. Shapes and patterns differ as well as colours. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <span className="legend-swatch legend-actual" aria-hidden="true" />
        Stage so far
      </li>
      <li>
        <span className="legend-swatch legend-planned" aria-hidden="true" />
        Planned
      </li>
      <li>
        <span className="timeline-milestone legend-mark" data-status="open" aria-hidden="true" />
        Milestone
      </li>
      <li>
        <span className="timeline-milestone legend-mark" data-status="done" aria-hidden="true">
          <span className="timeline-milestone-glyph">✓</span>
        </span>
        Done
      </li>
      <li>
        <span className="timeline-milestone legend-mark" data-status="overdue" aria-hidden="true">
          <span className="timeline-milestone-glyph">!</span>
        </span>
        Overdue
      </li>
    </ul>
  );
}
