/**
 * Which value of the KPI chart is being read, by pointer or by keyboard. Pointing picks the
 * nearest value along the time axis; with the chart focused, ←/→ step, Home/End jump, Escape
 * stops. Only keyboard reading is announced: a screen reader user steps, a mouse user looks.
 */
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nearestIndex } from './chart-geometry';

export interface ChartFocus {
  index: number | null;
  announced: boolean;
  onPointerMove(event: PointerEvent<SVGElement>): void;
  onPointerLeave(): void;
  onFocus(): void;
  onBlur(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

/** `xs`: each point's x in the plot; `left`: where the plot starts inside the svg. */
export function useChartFocus(xs: readonly number[], left: number): ChartFocus {
  const [state, setState] = useState<{ index: number | null; announced: boolean }>({
    index: null,
    announced: false,
  });
  const last = xs.length - 1;
  const index = state.index === null ? null : Math.min(state.index, last);
  const show = (next: number | null, announced: boolean) =>
    setState({ index: next !== null && last >= 0 ? next : null, announced });

  return {
    index,
    announced: state.announced,
    onPointerMove(event) {
      const box = event.currentTarget.getBoundingClientRect();
      show(nearestIndex(xs, event.clientX - box.left - left), false);
    },
    onPointerLeave: () => show(null, false),
    onFocus: () => show(last, true),
    onBlur: () => show(null, false),
    onKeyDown(event) {
      const from = index ?? last;
      const to: Record<string, number> = {
        ArrowLeft: Math.max(0, from - 1),
        ArrowDown: Math.max(0, from - 1),
        ArrowRight: Math.min(last, from + 1),
        ArrowUp: Math.min(last, from + 1),
        Home: 0,
        End: last,
      };
      if (event.key === 'Escape' && index !== null) {
        event.preventDefault();
        event.stopPropagation();
        show(null, false);
        return;
      }
      const next = to[event.key];
      if (next === undefined || last < 0) return;
      event.preventDefault();
      show(next, true);
    },
  };
}
