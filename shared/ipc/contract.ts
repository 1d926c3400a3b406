/**
 * The IPC contract between renderer and main: every channel with the schema of its request
 * and response. Main parses each payload against `request` before a handler sees it; the
 * preload's `planner` object is typed from this table so neither side can drift.
 */
import { z } from 'zod';
import { APP_COMMANDS } from '../commands';
import { MAX_PLAN_FILE_BYTES } from '../plan-file/types';
import { documentChannels, type DocumentApi } from './document-contract';

/**
 * Caps on the text the page sends to be written. A plan (saved or backed up) is at most what a
 * plan file may hold, so it can always be opened again: UTF-8 takes at least a byte per
 * character, so no longer text fits, and main checks the bytes. Exports for people without the
 * app carry a plan's text with markup around it (and without its ids), so they get half as
 * much again; twice would pass the longest string JavaScript can hold (just under 512 Mi).
 */
export const MAX_PLAN_TEXT_LENGTH = MAX_PLAN_FILE_BYTES;
export const MAX_EXPORT_TEXT_LENGTH = (3 * MAX_PLAN_FILE_BYTES) / 2;

export const themeSourceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeSource = z.infer<typeof themeSourceSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const editStateSchema = z.object({ canUndo: z.boolean(), canRedo: z.boolean() }).strict();
export type EditState = z.infer<typeof editStateSchema>;

/** What the user saves: the plan itself, or an export for people without the app. */
export const savedFileKindSchema = z.enum(['plan', 'markdown', 'csv', 'html']);
export type SavedFileKind = z.infer<typeof savedFileKindSchema>;

export const saveFileRequestSchema = z
  .object({
    kind: savedFileKindSchema,
    /** File name offered in the save dialog, without folder; main adds the extension. */
    suggestedName: z.string().min(1).max(200),
    contents: z.string().max(MAX_EXPORT_TEXT_LENGTH),
  })
  .strict()
  .refine((request) => request.kind !== 'plan' || request.contents.length <= MAX_PLAN_TEXT_LENGTH, {
    message: `A plan can be at most ${String(MAX_PLAN_TEXT_LENGTH)} characters.`,
    path: ['contents'],
  });
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/** A file main has read for the renderer: its name and its text, decoded as strict UTF-8. */
export const openedFileSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    fileName: z.string(),
    text: z.string(),
    /** Set when the OS opened a file the user chose before: a plan may be bound to it. */
    documentToken: z.string().max(100).optional(),
  }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const recentFileSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

/** An automatic backup of one plan, as main keeps it in the user-data folder. */
export const backupInfoSchema = z.object({
  id: z.string(),
  planId: z.string(),
  planName: z.string(),
  createdAt: z.string(),
  products: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const writeBackupRequestSchema = z
  .object({
    planId: z.string().min(1).max(200),
    planName: z.string().max(20_000),
    products: z.number().int().nonnegative(),
    contents: z.string().min(1).max(MAX_PLAN_TEXT_LENGTH),
    /** How many of the newest backups of the plan to keep (the user's setting). */
    keep: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export const writeBackupResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), id: z.string() }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type WriteBackupResult = z.infer<typeof writeBackupResultSchema>;

/** Names the file of a view export: "<plan> – <view>". Long names are shortened by main. */
export const viewExportRequestSchema = z
  .object({ planName: z.string().max(20_000), viewName: z.string().max(20_000) })
  .strict();
export type ViewExportRequest = z.infer<typeof viewExportRequestSchema>;

/** Far beyond any screen; keeps a bad rectangle from asking for a gigantic image. */
export const MAX_CAPTURE_SIZE = 16_384;
const capturePixels = z.number().int().min(0).max(MAX_CAPTURE_SIZE);

/** The part of the page to capture, in CSS pixels of the page; null for the whole window. */
export const captureAreaSchema = z
  .object({
    x: capturePixels,
    y: capturePixels,
    width: capturePixels.min(1),
    height: capturePixels.min(1),
  })
  .strict();
export type CaptureArea = z.infer<typeof captureAreaSchema>;

export const pngExportRequestSchema = viewExportRequestSchema
  .extend({ area: captureAreaSchema.nullable() })
  .strict();
export type PngExportRequest = z.infer<typeof pngExportRequestSchema>;

export const printResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;

/** Where automatic backups go (desktop): the app's own folder or one the user chose. */
export const backupFolderSchema = z.object({ path: z.string(), isDefault: z.boolean() }).strict();
export type BackupFolder = z.infer<typeof backupFolderSchema>;

export const chooseBackupFolderResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), folder: backupFolderSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type ChooseBackupFolderResult = z.infer<typeof chooseBackupFolderResultSchema>;

/** A status update or another text to paste: plain text and the same as HTML. */
export const MAX_CLIPBOARD_CHARS = 5_000_000;
export const clipboardRequestSchema = z
  .object({
    text: z.string().max(MAX_CLIPBOARD_CHARS),
    html: z.string().max(MAX_CLIPBOARD_CHARS),
  })
  .strict();
export type ClipboardRequest = z.infer<typeof clipboardRequestSchema>;

export const invokeChannels = {
  'app:get-info': { request: z.undefined(), response: appInfoSchema },
  'shell:open-external': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.boolean(),
  },
  'theme:set-source': { request: themeSourceSchema, response: z.undefined() },
  'menu:set-edit-state': { request: editStateSchema, response: z.undefined() },
  /** Main shows the save dialog and writes atomically; the renderer never names a path. */
  'file:save': { request: saveFileRequestSchema, response: saveFileResultSchema },
  /** Main shows the open dialog for plan files (and Trello exports) and reads the choice. */
  'file:open-plan': { request: z.undefined(), response: openedFileSchema },
  /** Only paths in main's own recent list are read, so the renderer cannot read any file. */
  'file:open-recent': {
    request: z.object({ path: z.string().max(4096) }).strict(),
    response: openedFileSchema,
  },
  'file:recent-list': { request: z.undefined(), response: z.array(recentFileSchema) },
  /** Writes a plan's snapshot atomically among its backups and prunes old ones. */
  'backup:write': { request: writeBackupRequestSchema, response: writeBackupResultSchema },
  'backup:list': { request: z.undefined(), response: z.array(backupInfoSchema) },
  /** Only ids main listed are read; the renderer never names a path. */
  'backup:read': {
    request: z.object({ id: z.string().min(1).max(300) }).strict(),
    response: openedFileSchema,
  },
  /**
   * The renderer has written every pending backup main asked for (before quitting), naming
   * the request it answers; main ignores an answer to no request of its own.
   */
  'backup:flushed': {
    request: z.object({ requestId: z.string().min(1).max(100) }).strict(),
    response: z.undefined(),
  },
  /** Main prints the sender's page to PDF, asks where to save it and writes it atomically. */
  'file:export-pdf': { request: viewExportRequestSchema, response: saveFileResultSchema },
  /** Main captures the sender's window (or an area of it) as PNG and saves it the same way. */
  'file:export-png': { request: pngExportRequestSchema, response: saveFileResultSchema },
  /** Main opens the system print dialog for the sender's page. */
  'app:print': { request: z.undefined(), response: printResultSchema },
  /** Main writes both forms to the clipboard (the page's own clipboard needs a permission). */
  'clipboard:write': { request: clipboardRequestSchema, response: z.boolean() },
  'backup:get-folder': { request: z.undefined(), response: backupFolderSchema },
  /** Main shows a folder dialog, checks the choice takes a write, and remembers it. */
  'backup:choose-folder': { request: z.undefined(), response: chooseBackupFolderResultSchema },
  'backup:reset-folder': { request: z.undefined(), response: backupFolderSchema },
  ...documentChannels,
} as const;

/** Main → renderer: write pending backups now (the app is about to quit); carries a request id. */
export const BACKUP_FLUSH_CHANNEL = 'backup:flush-request';

export type InvokeChannel = keyof typeof invokeChannels;
export type ChannelRequest<C extends InvokeChannel> = z.infer<
  (typeof invokeChannels)[C]['request']
>;
export type ChannelResponse<C extends InvokeChannel> = z.infer<
  (typeof invokeChannels)[C]['response']
>;

/** Main → renderer: a plan file arrived from the OS (double-click, command line, recent menu). */
export const FILE_OPENED_CHANNEL = 'file:opened';

/** Main → renderer: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';
export const menuCommandSchema = z.enum(APP_COMMANDS);

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
  onMenuCommand(listener: (command: z.infer<typeof menuCommandSchema>) => void): () => void;
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
