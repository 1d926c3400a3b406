/** What the renderer needs from its host, with one implementation per host. */
import type { DocumentHost } from './documents';
import type { DocumentLocation } from '../../../shared/storage/documents';
import type { AppCommand } from '../../../shared/commands';
import type {
  AppInfo,
  BackupFolder,
  BackupInfo,
  ChooseBackupFolderResult,
  EditState,
  WriteBackupRequest,
  WriteBackupResult,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
  ThemeSource,
  ViewExportRequest,
} from '../../../shared/ipc/contract';

/** A file to import: bytes still to read (browser) or text main has read and decoded. */
export type ImportSource = { fileName: string; blob: Blob } | { fileName: string; text: string };

export type PickedFile =
  | {
      status: 'picked';
      source: ImportSource;
      /** A file the user chose as a document before: the plan bound to it comes forward. */
      document?: DocumentLocation;
    }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * How a view export ended: saved, cancelled or failed like every other save, or handed to the browser's
 * print dialog, where the user saves the PDF themselves (the page cannot know if they did).
 */
export type ViewExportResult = SaveFileResult | { status: 'print-dialog' };

export interface Platform {
  kind: 'electron' | 'browser';
  /** Plans kept in files as documents; null where the host cannot (an older browser). */
  documents: DocumentHost | null;
  /** True where a native menu owns the shortcuts (so the page must not handle them too). */
  hasNativeMenu: boolean;
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<boolean>;
  setThemeSource(source: ThemeSource): Promise<void>;
  setEditState(state: EditState): Promise<void>;
  onMenuCommand(listener: (command: AppCommand) => void): () => void;
  /** Saves through the host: a save dialog and an atomic write, or a browser download. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Saves a file already made as a Blob (a plan built in a worker) without reading it into
   * one string, where the host can; elsewhere the Blob's text goes through saveFile.
   */
  saveBlob?(request: Omit<SaveFileRequest, 'contents'>, blob: Blob): Promise<SaveFileResult>;
  /** Asks the user for a plan file (or a Trello export) to import. */
  pickPlanFile(): Promise<PickedFile>;
  /** Files that arrive from outside the page: the OS, the command line, the recent menu. */
  onFileOpened(listener: (file: PickedFile) => void): () => void;
  /** Automatic backups: main's folder in the desktop app, IndexedDB in the browser. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** Backups kept outside the database (main's folder); the browser keeps none there. */
  listFileBackups(): Promise<BackupInfo[]>;
  readFileBackup(id: string): Promise<PickedFile>;
  /** Called when pending backups must be written now (before quitting, or the page hiding). */
  onFlushBackups(listener: () => Promise<void>): () => void;
  /** True where "Export view as PDF" opens the print dialog instead of a save dialog. */
  pdfThroughPrintDialog: boolean;
  /** The window's view as a PDF, laid out by the print stylesheet. */
  exportViewPdf(view: ViewExportRequest): Promise<ViewExportResult>;
  /** A PNG of `element` (the view) as it shows on screen. */
  exportViewPng(view: ViewExportRequest, element: HTMLElement): Promise<ViewExportResult>;
  /** The system's (or the browser's) print dialog for the window's view. */
  print(): Promise<PrintResult>;
  /** Puts text on the clipboard as plain text and as HTML (for an email or a document). */
  copyRichText(text: string, html: string): Promise<boolean>;
  /** The folder automatic backups go to; null where the host keeps them itself (browser). */
  backupFolder: {
    get(): Promise<BackupFolder>;
    choose(): Promise<ChooseBackupFolderResult>;
    reset(): Promise<BackupFolder>;
  } | null;
}
