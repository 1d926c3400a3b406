/**
 * The browser host (`npm run web`): the same app with no native menu. Shortcuts are handled by
 * the page, files are saved as downloads and chosen with the browser's file picker, and
 * external links open in a new tab.
 */
import type { SavedFileKind } from '../../../shared/ipc/contract';
import { db } from '../db';
import { writeLocalBackup } from '../db/backups';
import { fileNameWith } from '../../../shared/domain/file-names';
import { downloadBlob, downloadText } from './download';
import { captureElementPng, viewFileStem } from './capture-view';
import { browserDocuments } from './browser-documents';
import type { PickedFile, Platform } from './platform';

const EXTENSIONS: Record<SavedFileKind, { ext: string; type: string }> = {
  plan: { ext: 'lcplan', type: 'application/x-lifecycle-plan' },
  markdown: { ext: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  html: { ext: 'html', type: 'text/html;charset=utf-8' },
};

function chooseFile(): Promise<PickedFile> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.lcplan,.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(
        file
          ? { status: 'picked', source: { fileName: file.name, blob: file } }
          : { status: 'cancelled' },
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve({ status: 'cancelled' });
    });
    document.body.append(input);
    input.click();
  });
}

export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    documents: browserDocuments(),
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
    saveFile: async ({ kind, suggestedName, contents }) => {
      const { ext, type } = EXTENSIONS[kind];
      const fileName = fileNameWith(suggestedName, ext);
      downloadText(fileName, contents, type);
      return { status: 'saved', fileName };
    },
    saveBlob: async ({ kind, suggestedName }, blob) => {
      const fileName = fileNameWith(suggestedName, EXTENSIONS[kind].ext);
      downloadBlob(fileName, blob);
      return { status: 'saved', fileName };
    },
    pickPlanFile: chooseFile,
    onFileOpened: () => () => undefined,
    writeBackup: (request) => writeLocalBackup(db, request),
    listFileBackups: async () => [],
    readFileBackup: async () => ({ status: 'error', message: 'This backup is not kept here.' }),
    onFlushBackups: (listener) => {
      // A page has no "before quit"; hiding it (closing the tab, switching away) is the moment.
      const flush = () => {
        if (document.visibilityState === 'hidden') void listener();
      };
      document.addEventListener('visibilitychange', flush);
      return () => document.removeEventListener('visibilitychange', flush);
    },
    // A page cannot write a PDF itself; the print dialog's "Save as PDF" does, through the
    // same print stylesheet the desktop app's PDF export uses.
    pdfThroughPrintDialog: true,
    exportViewPdf: async () => {
      window.print();
      return { status: 'print-dialog' };
    },
    exportViewPng: async (view, element) => {
      const fileName = fileNameWith(viewFileStem(view), 'png');
      downloadBlob(fileName, await captureElementPng(element));
      return { status: 'saved', fileName };
    },
    print: async () => {
      window.print();
      return { status: 'printed' };
    },
    copyRichText: async (text, html) => {
      try {
        // Both forms in one item: an email takes the HTML, a plain editor the text.
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
        return true;
      } catch {
        try {
          await navigator.clipboard.writeText(text);
          return true;
        } catch {
          return false;
        }
      }
    },
    // The browser keeps its backups in IndexedDB; a page cannot name a folder.
    backupFolder: null,
  };
}
