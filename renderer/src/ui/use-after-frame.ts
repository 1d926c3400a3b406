/**
 * Work left until the first frame is drawn: a view draws what its first screen needs, and the
 * rest follows in a task after that frame.
 */
import { useEffect, useRef } from 'react';

/** While `waiting`, runs `then` once, in a task after the next frame is drawn. */
export function useAfterNextFrame(waiting: boolean, then: () => void): void {
  const latest = useRef(then);
  useEffect(() => {
    latest.current = then;
  });
  useEffect(() => {
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame is drawn after its animation callbacks: a timeout set in one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => latest.current(), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting]);
}
