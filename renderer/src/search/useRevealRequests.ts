/**
 * Brings a record asked for (store/reveal) into view once its screen has drawn it: scrolled to
 * the middle, briefly highlighted, and focused, so keyboard and screen reader users land on it
 * too. Screens mark records with data-record-id; a record that never shows (deleted meanwhile)
 * is given up after a few seconds.
 */
import './search.css';
import { useEffect } from 'react';
import { useReveal } from '../store/reveal';

const GIVE_UP_MS = 4000;
const HIGHLIGHT_MS = 2500;

function show(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' });
  const target = element.querySelector<HTMLElement>('[data-column="title"]') ?? element;
  if (target === element && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  target.focus({ preventScroll: true });
  element.dataset.revealed = '';
  window.setTimeout(() => delete element.dataset.revealed, HIGHLIGHT_MS);
}

export function useRevealRequests(): void {
  const request = useReveal((s) => s.request);
  const done = useReveal((s) => s.done);
  useEffect(() => {
    if (!request) return;
    const started = performance.now();
    let frame = 0;
    const look = () => {
      const element = document.querySelector<HTMLElement>(
        `[data-record-id="${CSS.escape(request.id)}"]`,
      );
      if (element) {
        show(element);
        done(request.seq);
      } else if (performance.now() - started > GIVE_UP_MS) done(request.seq);
      else frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [request, done]);
}
