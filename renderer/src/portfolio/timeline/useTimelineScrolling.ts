/**
 * Horizontal scrolling of the chart: today in view on opening, a zoom change that keeps
 * today where it was on screen (or, with today out of view, the middle of the view), "Today",
 * and panning by one zoom unit from the keys.
 * The sticky name column covers the chart's left NAME_WIDTH pixels, so the chart's visible
 * part starts at scrollLeft (in chart coordinates) and is the box's width less NAME_WIDTH.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import {
  dateAtX,
  panTarget,
  xOfDate,
  type TimeScale,
  type Zoom,
} from '../../../../shared/domain/timeline-scale';
import { NAME_WIDTH } from './layout';

const chartWidth = (el: HTMLElement) => Math.max(0, el.clientWidth - NAME_WIDTH);

function smoothly(): ScrollBehavior {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

export function useTimelineScrolling(
  scrollerRef: RefObject<HTMLElement | null>,
  scale: TimeScale,
  todayX: number,
  ready: boolean,
) {
  /** A day (with its fraction) and how far into the view it was before a zoom change. */
  const anchor = useRef<{ day: number; offset: number } | null>(null);
  const placedOnce = useRef(false);

  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el || !ready || chartWidth(el) === 0) return;
    if (anchor.current) {
      el.scrollLeft =
        (anchor.current.day - scale.startDay) * scale.pxPerDay - anchor.current.offset;
      anchor.current = null;
    } else if (!placedOnce.current) {
      // Most of the view shows the past, which is what the chart knows most about.
      el.scrollLeft = todayX - chartWidth(el) * 0.65;
      placedOnce.current = true;
    }
  }, [scrollerRef, scale, todayX, ready]);

  /** Call before the zoom changes, so the next scale keeps today (or the middle) in place. */
  const keepInPlace = useCallback(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const width = chartWidth(el);
    const todayOffset = todayX - el.scrollLeft;
    const offset = todayOffset >= 0 && todayOffset <= width ? todayOffset : width / 2;
    anchor.current = { day: scale.startDay + (el.scrollLeft + offset) / scale.pxPerDay, offset };
  }, [scrollerRef, scale, todayX]);

  const scrollToToday = useCallback(() => {
    const el = scrollerRef.current;
    el?.scrollTo({ left: todayX - chartWidth(el) / 2, behavior: smoothly() });
  }, [scrollerRef, todayX]);

  const pan = useCallback(
    (zoom: Zoom, direction: 1 | -1) => {
      const el = scrollerRef.current;
      if (!el) return;
      const target = panTarget(dateAtX(scale, el.scrollLeft + 0.5), zoom, direction);
      el.scrollLeft = xOfDate(scale, target);
    },
    [scrollerRef, scale],
  );

  return { keepInPlace, scrollToToday, pan };
}
