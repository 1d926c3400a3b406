/**
 * The chart's scroll box: its size and which row its top edge is at (kept as a row number, so
 * scrolling within a row does not re-render the view).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { ROW_HEIGHT } from './layout';

export interface ScrollerBox {
  /** The scroll position, rounded down to a whole row. */
  scrollTop: number;
  width: number;
  height: number;
}

export function useScrollerBox(ref: RefObject<HTMLElement | null>): ScrollerBox {
  const [box, setBox] = useState<ScrollerBox>({ scrollTop: 0, width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = {
        scrollTop: Math.floor(el.scrollTop / ROW_HEIGHT) * ROW_HEIGHT,
        width: el.clientWidth,
        height: el.clientHeight,
      };
      setBox((prev) =>
        prev.scrollTop === next.scrollTop &&
        prev.width === next.width &&
        prev.height === next.height
          ? prev
          : next,
      );
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [ref]);
  return box;
}
