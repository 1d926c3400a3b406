/**
 * The portfolio timeline: one row per product with its stage spans over time (from its stage
 * history, then its planned stages), its milestones and a line for today, zoomed by month,
 * quarter or year. Up/Down move between products, Enter opens one, Left/Right pan, + and −
 * zoom. Only the rows on screen are drawn, so thousands of products stay quick.
 */
import '../portfolio-view.css';
import './timeline.css';
import './timeline-marks.css';
import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { describeRow, visibleRange } from '../../../../shared/domain/timeline';
import {
  PX_PER_DAY,
  stepZoom,
  ticksBetween,
  timeScale,
  xOfDate,
  ZOOM_LABELS,
  type Zoom,
} from '../../../../shared/domain/timeline-scale';
import { useUi } from '../../store';
import { AXIS_HEIGHT, NAME_WIDTH, ROW_HEIGHT, rowWindow, scrollTopToReveal } from './layout';
import { TimelineAxis, TimelineGrid } from './TimelineAxis';
import { TimelineRowItem } from './TimelineRow';
import { TimelineControls, TimelineLegend } from './TimelineToolbar';
import { usePrinting } from '../../ui/use-printing';
import { useScrollerBox } from './useScrollerBox';
import type { PortfolioViewProps } from '../portfolio-view';
import { useTimelineRows } from './useTimelineRows';
import { useTimelineScrolling } from './useTimelineScrolling';

/** The CSS works with the same sizes as the row arithmetic. */
const SIZES = {
  '--timeline-name-width': `${NAME_WIDTH}px`,
  '--timeline-axis-height': `${AXIS_HEIGHT}px`,
  '--timeline-row-height': `${ROW_HEIGHT}px`,
} as CSSProperties;

const openProduct = (productId: string) =>
  useUi.getState().showView({ kind: 'product', productId, section: 'overview' });

const rowIdOf = (target: EventTarget | null) =>
  target instanceof Element
    ? (target.closest<HTMLElement>('[data-product-id]')?.dataset.productId ?? null)
    : null;

function countText(shown: number, unfiltered: number): string {
  if (shown < unfiltered) return `${shown} of ${unfiltered} products match the search`;
  return shown === 1 ? '1 product' : `${shown} products`;
}

export function TimelineView({ planId, products }: PortfolioViewProps) {
  const { rows, today, loaded, unfilteredCount } = useTimelineRows(planId, products);
  const [zoom, setZoom] = useState<Zoom>('quarter');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const box = useScrollerBox(scrollerRef);
  const printing = usePrinting();

  const minDays = Math.max(0, box.width - NAME_WIDTH) / PX_PER_DAY[zoom];
  const range = useMemo(
    () => visibleRange(rows, today, zoom, minDays),
    [rows, today, zoom, minDays],
  );
  const scale = useMemo(() => timeScale(range, zoom), [range, zoom]);
  const ticks = useMemo(
    () =>
      ticksBetween(range.start, range.end, zoom).map((tick) => ({
        ...tick,
        x: xOfDate(scale, tick.date),
      })),
    [range, zoom, scale],
  );
  const todayX = xOfDate(scale, today);
  const { keepInPlace, scrollToToday, pan } = useTimelineScrolling(
    scrollerRef,
    scale,
    todayX,
    loaded && rows.length > 0,
  );

  const found = rows.findIndex((row) => row.productId === activeId);
  const activeIndex = found === -1 ? 0 : found;

  const nameButton = (productId: string) =>
    scrollerRef.current?.querySelector<HTMLElement>(
      `[data-product-id="${CSS.escape(productId)}"] .timeline-name`,
    ) ?? null;

  // A row scrolled into view is drawn by the next render: focus it then, before the browser
  // scrolls or paints, so focus is never left on a row that is no longer drawn.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    nameButton(id)?.focus({ preventScroll: true });
  });

  const changeZoom = (next: Zoom) => {
    if (next === zoom) return;
    keepInPlace();
    setZoom(next);
    useUi.getState().announce(`Zoomed to ${ZOOM_LABELS[next].toLowerCase()}s.`);
  };

  const focusRow = (index: number) => {
    const el = scrollerRef.current;
    const target = Math.max(0, Math.min(rows.length - 1, index));
    const row = rows[target];
    if (!el || !row) return;
    el.scrollTop = scrollTopToReveal(target, el.scrollTop, el.clientHeight);
    setActiveId(row.productId);
    const button = nameButton(row.productId);
    if (button) button.focus({ preventScroll: true });
    else pendingFocus.current = row.productId;
  };

  const onViewKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = stepZoom(zoom, step);
    if (next) changeZoom(next);
  };

  const onRowsKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((box.height - AXIS_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, () => void> = {
      ArrowUp: () => focusRow(activeIndex - 1),
      ArrowDown: () => focusRow(activeIndex + 1),
      PageUp: () => focusRow(activeIndex - page),
      PageDown: () => focusRow(activeIndex + page),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      ArrowLeft: () => pan(zoom, -1),
      ArrowRight: () => pan(zoom, 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const shownWindow = rowWindow(box.scrollTop, box.height, rows.length);
  const drawn: number[] = [];
  const first = printing ? 0 : shownWindow.first;
  const end = printing ? rows.length : shownWindow.end;
  if (activeIndex < first && rows.length > 0) drawn.push(activeIndex);
  for (let i = first; i < end; i++) drawn.push(i);
  if (activeIndex >= end && activeIndex < rows.length) drawn.push(activeIndex);

  const detailRow = rows.find((row) => row.productId === hoveredId) ?? rows[activeIndex];
  const detail = detailRow ? `${detailRow.name}: ${describeRow(detailRow, today)}` : '';

  return (
    <section
      className="portfolio-view timeline"
      aria-labelledby="timeline-title"
      aria-busy={!loaded}
      style={SIZES}
      onKeyDown={onViewKeyDown}
    >
      <div className="portfolio-view-header">
        <h1 id="timeline-title" className="portfolio-view-title">
          Timeline
        </h1>
        <TimelineControls zoom={zoom} onZoom={changeZoom} onToday={scrollToToday} />
      </div>
      <div className="timeline-subheader">
        <p className="portfolio-view-hint">
          {loaded && countText(rows.length, unfilteredCount)}
          <span className="timeline-keys"> · ↑↓ choose · Enter opens · ←→ pan · + − zoom</span>
        </p>
        <TimelineLegend />
      </div>
      <div className="timeline-scroller" ref={scrollerRef} data-zoom={zoom}>
        {!loaded ? null : rows.length === 0 ? (
          <p className="timeline-empty">
            {unfilteredCount > 0
              ? 'No products match the search.'
              : 'No products yet. Products added on the board show here with their stages over time.'}
          </p>
        ) : (
          <>
            <TimelineAxis scale={scale} ticks={ticks} todayX={todayX} />
            <div
              className="timeline-body"
              style={{ width: NAME_WIDTH + scale.width, height: rows.length * ROW_HEIGHT }}
            >
              <TimelineGrid
                scale={scale}
                ticks={ticks}
                todayX={todayX}
                height={rows.length * ROW_HEIGHT}
              />
              <ul
                className="timeline-rows"
                aria-label="Products"
                onKeyDown={onRowsKeyDown}
                onClick={(event) => {
                  const id = rowIdOf(event.target);
                  if (id) openProduct(id);
                }}
                onFocus={(event) => setActiveId(rowIdOf(event.target))}
                onMouseOver={(event) => setHoveredId(rowIdOf(event.target))}
                onMouseLeave={() => setHoveredId(null)}
              >
                {drawn.map((index) => {
                  const row = rows[index];
                  return row ? (
                    <TimelineRowItem
                      key={row.productId}
                      row={row}
                      index={index}
                      count={rows.length}
                      scale={scale}
                      today={today}
                      tabbable={index === activeIndex}
                      positioned={!printing}
                    />
                  ) : null;
                })}
              </ul>
            </div>
          </>
        )}
      </div>
      <p className="timeline-detail">{detail}</p>
    </section>
  );
}
