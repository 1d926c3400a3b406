/** The Electron host: everything goes through the preload's one `window.planner` object. */
import type { OpenedFile, PlannerApi } from '../../../shared/ipc/contract';
import type { PickedFile, Platform } from './platform';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

function picked(file: OpenedFile): PickedFile {
  if (file.status === 'opened') {
    return { status: 'picked', source: { fileName: file.fileName, text: file.text } };
  }
  return file;
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
    saveFile: (request) => api.saveFile(request),
    pickPlanFile: async () => picked(await api.openPlanFile()),
    onFileOpened: (listener) => api.onFileOpened((file) => listener(picked(file))),
    writeBackup: (request) => api.writeBackup(request),
    listFileBackups: () => api.listBackups(),
    readFileBackup: async (id) => picked(await api.readBackup(id)),
    onFlushBackups: (listener) => api.onFlushBackups(listener),
  };
}
