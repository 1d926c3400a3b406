/**
 * The window as the face of the open document: its title names the file, with an unsaved
 * mark. macOS has its own for both (the dot in the close button, and the file's icon in the
 * title bar, which the user can drag or Command-click); elsewhere the title starts with "•".
 */
export const APP_TITLE = 'Lifecycle Planner';

/** The parts of a BrowserWindow this needs; the real one satisfies them. */
export interface DocumentWindow {
  setTitle(title: string): void;
  setDocumentEdited(edited: boolean): void;
  setRepresentedFilename(path: string): void;
  on(event: 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
}

export function documentTitle(
  state: { name: string; edited: boolean } | null,
  platform: NodeJS.Platform,
): string {
  if (state === null) return APP_TITLE;
  const mark = state.edited && platform !== 'darwin' ? '• ' : '';
  return `${mark}${state.name} — ${APP_TITLE}`;
}

const owned = new WeakSet<DocumentWindow>();

/**
 * Shows the document (or none) in the window. From the first call on, main owns the title: the
 * page's own <title> would otherwise replace it on the next load.
 */
export function showDocumentInWindow(
  window: DocumentWindow,
  state: { name: string; edited: boolean; path: string | null } | null,
  platform: NodeJS.Platform,
): void {
  if (!owned.has(window)) {
    owned.add(window);
    window.on('page-title-updated', (event) => event.preventDefault());
  }
  window.setTitle(documentTitle(state, platform));
  if (platform !== 'darwin') return;
  window.setDocumentEdited(state?.edited ?? false);
  // An empty name takes the file away from the title bar.
  window.setRepresentedFilename(state?.path ?? '');
}
