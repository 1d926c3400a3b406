/** Handlers for the contract's app-level channels; each runs behind the gate in handle.ts. */
import { app, Menu, nativeTheme } from 'electron';
import { openExternalLink } from '../external-links';
import { applyEditState } from '../menu';
import type { Handle } from './handle';

export function registerAppHandlers(handle: Handle): void {
  handle('app:get-info', () => ({
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
  }));

  // The renderer may ask, but main decides: only plain public http(s) addresses leave the app.
  handle('shell:open-external', ({ url }) => openExternalLink(url));

  // These two answer with nothing; the contract says `undefined`, so they return it.
  handle('theme:set-source', (source) => {
    nativeTheme.themeSource = source;
    return undefined;
  });

  handle('menu:set-edit-state', (state) => {
    applyEditState(Menu.getApplicationMenu(), state);
    return undefined;
  });
}
