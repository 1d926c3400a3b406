/** The Electron host: everything goes through the preload's one `window.planner` object. */
import type { PlannerApi } from '../../../shared/ipc/contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

export function electronPlatform(api: PlannerApi): Platform {
  return {
    kind: 'electron',
    hasNativeMenu: true,
    getAppInfo: () => api.getAppInfo(),
    openExternal: (url) => api.openExternal(url),
    setThemeSource: (source) => api.setThemeSource(source),
    setEditState: (state) => api.setEditState(state),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
