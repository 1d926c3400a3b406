/**
 * The browser host (`npm run web`): the same app with no native menu. Shortcuts are handled by
 * the page, external links open in a new tab, and the theme follows the page's own setting.
 */
import type { Platform } from './platform';

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    hasNativeMenu: false,
    getAppInfo: async () => ({
      name: 'Lifecycle Planner',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
    }),
    openExternal: async (url) => {
      const parsed = URL.parse(url);
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return false;
      return window.open(parsed.href, '_blank', 'noopener,noreferrer') !== null;
    },
    setThemeSource: async () => undefined,
    setEditState: async () => undefined,
    onMenuCommand: () => () => undefined,
  };
}
