/**
 * The one way anything in main opens a link outside the app: a link the page navigates to or
 * opens in a new window (security.ts), the page's `shell:open-external` request
 * (ipc/app-handlers.ts) and the Help menu's link (menu.ts, through index.ts). Only a plain
 * public http(s) address passes (trusted-url.ts); nothing else reaches the system's handler,
 * which would otherwise run a file, a script URL or another app's protocol.
 */
import { shell } from 'electron';
import { isExternalWebUrl } from './trusted-url';

/** Opens `url` in the system browser if it passes the guard; says whether it was opened. */
export async function openExternalLink(url: string): Promise<boolean> {
  if (!isExternalWebUrl(url)) return false;
  try {
    // Electronegativity flags every openExternal whose argument is not a literal; this is the
    // only call in the app, reached only past the guard above, so it is reviewed here.
    await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return true;
  } catch (error) {
    console.error('Could not open a link in the system browser:', error);
    return false;
  }
}
