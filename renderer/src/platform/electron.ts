/** The Electron host: everything goes through the preload's one `window.planner` object. */
import type { CaptureArea, OpenedFile, PlannerApi } from '../../../shared/ipc/contract';
import { electronDocuments } from './electron-documents';
import type { PickedFile, Platform } from './platform';

declare global {
  interface Window {
    planner?: PlannerApi;
  }
}

function picked(file: OpenedFile): PickedFile {
  if (file.status === 'opened') {
    const source = { fileName: file.fileName, text: file.text };
    return file.documentToken === undefined
      ? { status: 'picked', source }
      : { status: 'picked', source, document: { kind: 'desktop', token: file.documentToken } };
  }
  return file;
}

/** The element's box within the window, in whole CSS pixels; main scales it by the zoom. */
function visibleArea(element: HTMLElement): CaptureArea | null {
  const box = element.getBoundingClientRect();
  const x = Math.max(0, Math.floor(box.left));
  const y = Math.max(0, Math.floor(box.top));
  const width = Math.min(Math.ceil(box.right), window.innerWidth) - x;
  const height = Math.min(Math.ceil(box.bottom), window.innerHeight) - y;
  // Nothing of it on screen: the whole window is the next best picture of the view.
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

export function electronPlatform(api: PlannerApi): Platform {
  return {
    kind: 'electron',
    documents: electronDocuments(api),
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
    pdfThroughPrintDialog: false,
    exportViewPdf: (view) => api.exportPdf(view),
    exportViewPng: (view, element) => api.exportPng({ ...view, area: visibleArea(element) }),
    print: () => api.print(),
    copyRichText: (text, html) => api.writeClipboard({ text, html }),
    backupFolder: {
      get: () => api.getBackupFolder(),
      choose: () => api.chooseBackupFolder(),
      reset: () => api.resetBackupFolder(),
    },
  };
}
