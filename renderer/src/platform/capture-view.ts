/**
 * The browser build's PNG of a view. A page cannot screenshot itself, so the view's DOM is
 * drawn into a canvas by modern-screenshot (an SVG foreignObject rendered as an image): it
 * runs under the app's CSP (no eval, no worker unless asked; the image is a data: URL, which
 * img-src allows) and loads nothing from outside, since the app uses system fonts only.
 * The library is loaded on first use, so it costs nothing until someone exports a picture.
 */
import type { ViewExportRequest } from '../../../shared/ipc/contract';

/** "Portfolio 2026 – Board"; a very long plan name is cut so the view's name survives. */
export function viewFileStem({ planName, viewName }: ViewExportRequest): string {
  const plan = [...planName.trim()].slice(0, 80).join('');
  return [plan, viewName.trim()].filter((part) => part !== '').join(' – ');
}

export async function captureElementPng(element: HTMLElement): Promise<Blob> {
  const { domToBlob } = await import('modern-screenshot');
  // The view's own background is often transparent; the picture gets the page's behind it.
  const background = getComputedStyle(document.body).backgroundColor;
  return domToBlob(element, {
    type: 'image/png',
    scale: window.devicePixelRatio || 1,
    backgroundColor: background,
    // No web fonts to embed; skipping the search saves reading every stylesheet.
    font: false,
    // "The visible view": scrolled columns and tables show what the user scrolled to.
    features: { restoreScrollPosition: true },
  });
}
