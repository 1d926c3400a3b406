/**
 * App-wide guards installed on every web contents as it is created, so no window, however it
 * came to exist, can navigate away from our renderer, open a new window, embed a webview or be
 * granted a permission. The renderer's own index.html carries the Content-Security-Policy.
 */
import { app } from 'electron';
import type { WebContents } from 'electron';
import { openExternalLink } from './external-links';
import { isAppUrl } from './trusted-url';

/** The slice of WebContents the guards touch; the real object satisfies it. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'session'>;

function openInBrowser(url: string): void {
  void openExternalLink(url);
}

export function guardWebContents(contents: GuardedContents, appIndexUrl: string): void {
  // A plain link click lands here; it goes to the browser, never into our window.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appIndexUrl)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });
  // Subframe navigations do not raise will-navigate; our page has no business framing others.
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appIndexUrl)) event.preventDefault();
  });
  // A redirect was not chosen by the user, so it is only refused, never opened elsewhere.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appIndexUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  // The planner needs no camera, location, notifications or the like: refuse them all,
  // both when a page asks and when it merely checks.
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  contents.session.setPermissionCheckHandler(() => false);
}

export function installSecurityGuards(appIndexUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, appIndexUrl);
  });
}
