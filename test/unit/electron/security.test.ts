import { beforeEach, describe, expect, test, vi } from 'vitest';
import { installSecurityGuards } from '../../../electron/main/security';
import { FakeWebContents, app, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const APP_URL = 'file:///app/dist/renderer/index.html';

/** Installs the guards and lets Electron "create" a web contents, as it does for each window. */
function guardedContents(): FakeWebContents {
  installSecurityGuards(APP_URL);
  const contents = new FakeWebContents();
  app.emit('web-contents-created', { preventDefault: () => undefined }, contents);
  return contents;
}

beforeEach(resetFakeElectron);

describe('navigation', () => {
  test('a link to a web page is kept out of the window and opened in the browser', () => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-navigate', 'https://example.com/docs')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/docs');
  });

  test.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'http://localhost.evil.example:3001',
    'file:///app/dist/renderer/index.html?evil=1',
    'data:text/html,<h1>hi</h1>',
  ])('navigation to %s is prevented', (url) => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-navigate', url)).toBe(true);
  });

  test('non-web targets are never handed to the system', () => {
    const contents = guardedContents();
    contents.emitNavigation('will-navigate', 'file:///etc/passwd');
    contents.emitNavigation('will-navigate', 'https://user@evil.example');
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('our own document may load, with or without an in-app route', () => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-navigate', APP_URL)).toBe(false);
    expect(contents.emitNavigation('will-navigate', `${APP_URL}#/roadmap`)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  // Chromium navigates to a file dropped where the page did not take the drop. The renderer
  // imports dropped files itself; the window must never turn into the file.
  test.each([
    'file:///home/ana/Documents/q3.lcplan',
    'file:///C:/Users/Ana/Desktop/board.json',
    'file:///app/dist/renderer/other.html',
  ])('a dropped file (%s) does not replace the app and is not handed to the system', (url) => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-navigate', url)).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('redirects away from the app are prevented and not opened anywhere', () => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.emitNavigation('will-redirect', APP_URL)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  test('subframes cannot navigate to foreign pages', () => {
    const contents = guardedContents();
    expect(contents.emitNavigation('will-frame-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('new windows', () => {
  test('are always denied; a web link opens in the browser instead', () => {
    const contents = guardedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  test.each(['javascript:alert(1)', 'file:///etc/passwd', ' https://x', 'https:/\\evil', APP_URL])(
    '%s is denied and not opened',
    (url) => {
      const contents = guardedContents();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  test('a failing browser launch does not throw out of the handler', async () => {
    shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const contents = guardedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
  });
});

describe('webviews and permissions', () => {
  test('attaching a webview is prevented', () => {
    const contents = guardedContents();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  test.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'a request for %s is refused',
    (permission) => {
      const contents = guardedContents();
      const callback = vi.fn();
      contents.session.permissionRequestHandler?.(contents, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(contents.session.permissionCheckHandler?.(contents, permission)).toBe(false);
    },
  );

  test('every web contents created later is guarded too', () => {
    installSecurityGuards(APP_URL);
    const first = new FakeWebContents();
    const second = new FakeWebContents();
    app.emit('web-contents-created', {}, first);
    app.emit('web-contents-created', {}, second);
    expect(second.emitNavigation('will-navigate', 'https://example.com/')).toBe(true);
    expect(second.windowOpenHandler).not.toBeNull();
    expect(second.session.permissionRequestHandler).not.toBeNull();
  });
});
