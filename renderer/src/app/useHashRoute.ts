/**
 * Keeps the view and the location hash in step: a reload reopens the same product section,
 * and Back/Forward (browser buttons, mouse buttons, Alt+Arrow in the browser) move between
 * views the user went through.
 */
import { useEffect } from 'react';
import { useUi } from '../store';
import { hashOfView, sameView, viewFromHash } from '../store/route';

export function useHashRoute(): void {
  const view = useUi((s) => s.view);
  const showView = useUi((s) => s.showView);

  useEffect(() => {
    const fromLocation = () => {
      const next = viewFromHash(window.location.hash);
      if (!sameView(next, useUi.getState().view)) showView(next);
    };
    fromLocation();
    window.addEventListener('hashchange', fromLocation);
    return () => window.removeEventListener('hashchange', fromLocation);
  }, [showView]);

  useEffect(() => {
    const hash = hashOfView(view);
    const current = window.location.hash === '#' ? '' : window.location.hash;
    if (current !== hash) window.location.hash = hash;
  }, [view]);
}
