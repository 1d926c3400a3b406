/**
 * The IPC contract between renderer and main: every channel with the schema of its request
 * and response. Main parses each payload against `request` before a handler sees it; the
 * preload's `planner` object is typed from this table so neither side can drift.
 */
import * as v from 'valibot';
import { APP_COMMANDS } from '../commands';
import { MAX_PLAN_FILE_BYTES } from '../plan-file/types';
import { documentChannels, type DocumentApi } from './document-contract';
import { count, text } from './schema-parts';

/**
 * Caps on the text the page sends to be written. A plan (saved or backed up) is at most what a
 * plan file may hold, so it can always be opened again: UTF-8 takes at least a byte per
 * character, so no longer text fits, and main checks the bytes. Exports for people without the
 * app carry a plan's text with markup around it (and without its ids), so they get half as
 * much again; twice would pass the longest string JavaScript can hold (just under 512 Mi).
 */
export const MAX_PLAN_TEXT_LENGTH = MAX_PLAN_FILE_BYTES;
export const MAX_EXPORT_TEXT_LENGTH = (3 * MAX_PLAN_FILE_BYTES) / 2;

export const themeSourceSchema = v.picklist(['system', 'light', 'dark']);
export type ThemeSource = v.InferOutput<typeof themeSourceSchema>;

export const appInfoSchema = v.object({
  name: v.string(),
  version: v.string(),
  platform: v.string(),
});
export type AppInfo = v.InferOutput<typeof appInfoSchema>;

export const editStateSchema = v.strictObject({ canUndo: v.boolean(), canRedo: v.boolean() });
export type EditState = v.InferOutput<typeof editStateSchema>;

/** What the user saves: the plan itself, or an export for people without the app. */
export const savedFileKindSchema = v.picklist(['plan', 'markdown', 'csv', 'html']);
export type SavedFileKind = v.InferOutput<typeof savedFileKindSchema>;

export const saveFileRequestSchema = v.pipe(
  v.strictObject({
    kind: savedFileKindSchema,
    /** File name offered in the save dialog, without folder; main adds the extension. */
    suggestedName: text(1, 200),
    contents: text(0, MAX_EXPORT_TEXT_LENGTH),
  }),
  v.forward(
    v.check(
      (request) => request.kind !== 'plan' || request.contents.length <= MAX_PLAN_TEXT_LENGTH,
      `A plan can be at most ${String(MAX_PLAN_TEXT_LENGTH)} characters.`,
    ),
    ['contents'],
  ),
);
export type SaveFileRequest = v.InferOutput<typeof saveFileRequestSchema>;

export const saveFileResultSchema = v.variant('status', [
  v.object({ status: v.literal('saved'), fileName: v.string() }),
  v.object({ status: v.literal('cancelled') }),
  v.object({ status: v.literal('error'), message: v.string() }),
]);
export type SaveFileResult = v.InferOutput<typeof saveFileResultSchema>;

/** A file main has read for the renderer: its name and its text, decoded as strict UTF-8. */
export const openedFileSchema = v.variant('status', [
  v.object({
    status: v.literal('opened'),
    fileName: v.string(),
    text: v.string(),
    /** Set when the OS opened a file the user chose before: a plan may be bound to it. */
    documentToken: v.optional(text(0, 100)),
  }),
  v.object({ status: v.literal('cancelled') }),
  v.object({ status: v.literal('error'), message: v.string() }),
]);
export type OpenedFile = v.InferOutput<typeof openedFileSchema>;

export const recentFileSchema = v.object({
  path: v.string(),
  fileName: v.string(),
  openedAt: v.string(),
});
export type RecentFile = v.InferOutput<typeof recentFileSchema>;

/** An automatic backup of one plan, as main keeps it in the user-data folder. */
export const backupInfoSchema = v.object({
  id: v.string(),
  planId: v.string(),
  planName: v.string(),
  createdAt: v.string(),
  products: count,
  bytes: count,
});
export type BackupInfo = v.InferOutput<typeof backupInfoSchema>;

export const writeBackupRequestSchema = v.strictObject({
  planId: text(1, 200),
  planName: text(0, 20_000),
  products: count,
  contents: text(1, MAX_PLAN_TEXT_LENGTH),
  /** How many of the newest backups of the plan to keep (the user's setting). */
  keep: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
});
export type WriteBackupRequest = v.InferOutput<typeof writeBackupRequestSchema>;

export const writeBackupResultSchema = v.variant('status', [
  v.object({ status: v.literal('saved'), id: v.string() }),
  v.object({ status: v.literal('error'), message: v.string() }),
]);
export type WriteBackupResult = v.InferOutput<typeof writeBackupResultSchema>;

/** Names the file of a view export: "<plan> – <view>". Long names are shortened by main. */
export const viewExportRequestSchema = v.strictObject({
  planName: text(0, 20_000),
  viewName: text(0, 20_000),
});
export type ViewExportRequest = v.InferOutput<typeof viewExportRequestSchema>;

/** Far beyond any screen; keeps a bad rectangle from asking for a gigantic image. */
export const MAX_CAPTURE_SIZE = 16_384;
const capturePixels = (min: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(MAX_CAPTURE_SIZE));

/** The part of the page to capture, in CSS pixels of the page; null for the whole window. */
export const captureAreaSchema = v.strictObject({
  x: capturePixels(0),
  y: capturePixels(0),
  width: capturePixels(1),
  height: capturePixels(1),
});
export type CaptureArea = v.InferOutput<typeof captureAreaSchema>;

export const pngExportRequestSchema = v.strictObject({
  ...viewExportRequestSchema.entries,
  area: v.nullable(captureAreaSchema),
});
export type PngExportRequest = v.InferOutput<typeof pngExportRequestSchema>;

export const printResultSchema = v.variant('status', [
  v.object({ status: v.literal('printed') }),
  v.object({ status: v.literal('cancelled') }),
  v.object({ status: v.literal('error'), message: v.string() }),
]);
export type PrintResult = v.InferOutput<typeof printResultSchema>;

/** Where automatic backups go (desktop): the app's own folder or one the user chose. */
export const backupFolderSchema = v.strictObject({ path: v.string(), isDefault: v.boolean() });
export type BackupFolder = v.InferOutput<typeof backupFolderSchema>;

export const chooseBackupFolderResultSchema = v.variant('status', [
  v.object({ status: v.literal('chosen'), folder: backupFolderSchema }),
  v.object({ status: v.literal('cancelled') }),
  v.object({ status: v.literal('error'), message: v.string() }),
]);
export type ChooseBackupFolderResult = v.InferOutput<typeof chooseBackupFolderResultSchema>;

/** A status update or another text to paste: plain text and the same as HTML. */
export const MAX_CLIPBOARD_CHARS = 5_000_000;
export const clipboardRequestSchema = v.strictObject({
  text: text(0, MAX_CLIPBOARD_CHARS),
  html: text(0, MAX_CLIPBOARD_CHARS),
});
export type ClipboardRequest = v.InferOutput<typeof clipboardRequestSchema>;

export const invokeChannels = {
  'app:get-info': { request: v.undefined(), response: appInfoSchema },
  'shell:open-external': {
    request: v.strictObject({ url: text(0, 2048) }),
    response: v.boolean(),
  },
  'theme:set-source': { request: themeSourceSchema, response: v.undefined() },
  'menu:set-edit-state': { request: editStateSchema, response: v.undefined() },
  /** Main shows the save dialog and writes atomically; the renderer never names a path. */
  'file:save': { request: saveFileRequestSchema, response: saveFileResultSchema },
  /** Main shows the open dialog for plan files (and Trello exports) and reads the choice. */
  'file:open-plan': { request: v.undefined(), response: openedFileSchema },
  /** Only paths in main's own recent list are read, so the renderer cannot read any file. */
  'file:open-recent': {
    request: v.strictObject({ path: text(0, 4096) }),
    response: openedFileSchema,
  },
  'file:recent-list': { request: v.undefined(), response: v.array(recentFileSchema) },
  /** Writes a plan's snapshot atomically among its backups and prunes old ones. */
  'backup:write': { request: writeBackupRequestSchema, response: writeBackupResultSchema },
  'backup:list': { request: v.undefined(), response: v.array(backupInfoSchema) },
  /** Only ids main listed are read; the renderer never names a path. */
  'backup:read': {
    request: v.strictObject({ id: text(1, 300) }),
    response: openedFileSchema,
  },
  /**
   * The renderer has written every pending backup main asked for (before quitting), naming
   * the request it answers; main ignores an answer to no request of its own.
   */
  'backup:flushed': {
    request: v.strictObject({ requestId: text(1, 100) }),
    response: v.undefined(),
  },
  /** Main prints the sender's page to PDF, asks where to save it and writes it atomically. */
  'file:export-pdf': { request: viewExportRequestSchema, response: saveFileResultSchema },
  /** Main captures the sender's window (or an area of it) as PNG and saves it the same way. */
  'file:export-png': { request: pngExportRequestSchema, response: saveFileResultSchema },
  /** Main opens the system print dialog for the sender's page. */
  'app:print': { request: v.undefined(), response: printResultSchema },
  /** Main writes both forms to the clipboard (the page's own clipboard needs a permission). */
  'clipboard:write': { request: clipboardRequestSchema, response: v.boolean() },
  'backup:get-folder': { request: v.undefined(), response: backupFolderSchema },
  /** Main shows a folder dialog, checks the choice takes a write, and remembers it. */
  'backup:choose-folder': { request: v.undefined(), response: chooseBackupFolderResultSchema },
  'backup:reset-folder': { request: v.undefined(), response: backupFolderSchema },
  ...documentChannels,
} as const;

/** Main → renderer: write pending backups now (the app is about to quit); carries a request id. */
export const BACKUP_FLUSH_CHANNEL = 'backup:flush-request';

export type InvokeChannel = keyof typeof invokeChannels;
export type ChannelRequest<C extends InvokeChannel> = v.InferOutput<
  (typeof invokeChannels)[C]['request']
>;
export type ChannelResponse<C extends InvokeChannel> = v.InferOutput<
  (typeof invokeChannels)[C]['response']
>;

/** Main → renderer: a plan file arrived from the OS (double-click, command line, recent menu). */
export const FILE_OPENED_CHANNEL = 'file:opened';

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const menuCommandSchema = v.picklist(APP_COMMANDS);

/**
 * What the preload exposes as `window.planner`. One named method per channel, never a
 * generic invoke, so the renderer cannot reach a channel the contract does not list.
 */
export interface PlannerApi extends DocumentApi {
  getAppInfo(): Promise<AppInfo>;
  openExternal(url: string): Promise<boolean>;
  setThemeSource(source: ThemeSource): Promise<void>;
  setEditState(state: EditState): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openPlanFile(): Promise<OpenedFile>;
  openRecentFile(path: string): Promise<OpenedFile>;
  listRecentFiles(): Promise<RecentFile[]>;
  /** Returns a function that removes the listener. */
  onMenuCommand(listener: (command: v.InferOutput<typeof menuCommandSchema>) => void): () => void;
  /** Files opened from outside the window; returns a function that removes the listener. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(): Promise<BackupInfo[]>;
  readBackup(id: string): Promise<OpenedFile>;
  /**
   * Main asks for pending backups before quitting: the listener writes them, then the preload
   * tells main with 'backup:flushed'. Returns a function that removes the listener.
   */
  onFlushBackups(listener: () => Promise<void>): () => void;
  exportPdf(request: ViewExportRequest): Promise<SaveFileResult>;
  exportPng(request: PngExportRequest): Promise<SaveFileResult>;
  print(): Promise<PrintResult>;
  writeClipboard(request: ClipboardRequest): Promise<boolean>;
  getBackupFolder(): Promise<BackupFolder>;
  chooseBackupFolder(): Promise<ChooseBackupFolderResult>;
  resetBackupFolder(): Promise<BackupFolder>;
}
