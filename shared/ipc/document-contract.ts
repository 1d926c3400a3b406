/**
 * The IPC channels that keep plans in files as documents in the desktop app. The renderer
 * knows a file only by a token main issued when the user chose it (a dialog, Open Recent, a
 * drop, the OS); main maps the token to the path, so the page can never name a file to write.
 * Spread into the contract's table (contract.ts), so the gate checks these like every other.
 */
import * as v from 'valibot';
import { MAX_PLAN_FILE_BYTES } from '../plan-file/types';
import { text } from './schema-parts';

/** Main's tokens are UUIDs; anything longer is not one of them. */
export const documentTokenSchema = text(1, 100);
/** A SHA-256 hex digest of the file's text. */
export const documentStampSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

const problem = v.object({ status: v.picklist(['missing', 'unreadable']), message: v.string() });
const cancelled = v.object({ status: v.literal('cancelled') });
const failed = v.object({ status: v.literal('error'), message: v.string() });

export const openedDocumentSchema = v.variant('status', [
  v.object({
    status: v.literal('opened'),
    token: documentTokenSchema,
    name: v.string(),
    text: v.string(),
    stamp: documentStampSchema,
  }),
  cancelled,
  failed,
]);
export type OpenedDesktopDocument = v.InferOutput<typeof openedDocumentSchema>;

export const chosenDocumentSchema = v.variant('status', [
  v.object({
    status: v.literal('chosen'),
    token: documentTokenSchema,
    name: v.string(),
    /** The stamp of the file the user chose to replace; null when there was none. */
    stamp: v.nullable(documentStampSchema),
  }),
  cancelled,
  failed,
]);
export type ChosenDesktopDocument = v.InferOutput<typeof chosenDocumentSchema>;

export const documentReadSchema = v.union([
  v.object({ status: v.literal('read'), text: v.string(), stamp: documentStampSchema }),
  problem,
]);

export const documentWriteRequestSchema = v.pipe(
  v.strictObject({
    token: documentTokenSchema,
    // A plan file is at most MAX_PLAN_FILE_BYTES, and UTF-8 takes a byte per character at
    // least, so no longer text can fit; main checks the bytes.
    parts: v.pipe(v.array(text(0, MAX_PLAN_FILE_BYTES)), v.maxLength(10_000_000)),
    expectedStamp: v.nullable(documentStampSchema),
  }),
  v.forward(
    v.check(
      (request) => request.parts.reduce((sum, part) => sum + part.length, 0) <= MAX_PLAN_FILE_BYTES,
      `A plan can be at most ${String(MAX_PLAN_FILE_BYTES)} characters.`,
    ),
    ['parts'],
  ),
);
export type DocumentWriteRequest = v.InferOutput<typeof documentWriteRequestSchema>;

export const documentWriteSchema = v.union([
  v.object({ status: v.literal('saved'), stamp: documentStampSchema }),
  v.object({ status: v.literal('changed') }),
  problem,
]);

export const documentStateSchema = v.nullable(
  v.strictObject({ name: text(0, 1000), edited: v.boolean(), token: documentTokenSchema }),
);
export type DocumentState = v.InferOutput<typeof documentStateSchema>;

const tokenRequest = v.strictObject({ token: documentTokenSchema });

/** What main asks the page before the window closes or the app quits. */
export const documentQuitActionSchema = v.picklist(['flush', 'save']);
export type DocumentQuitAction = v.InferOutput<typeof documentQuitActionSchema>;

export const documentChannels = {
  /** Main shows the open dialog for plan files, reads the choice and issues its token. */
  'document:open': { request: v.undefined(), response: openedDocumentSchema },
  /**
   * A file dropped on the window, named by the path the preload took from the dropped File
   * itself (the page's own script cannot make a File with a path); only plan files are opened.
   */
  'document:open-dropped': {
    request: v.strictObject({ path: text(1, 4096) }),
    response: openedDocumentSchema,
  },
  /** Main shows the save dialog; nothing is written until document:write. */
  'document:choose-save': {
    request: v.strictObject({ suggestedName: text(1, 200) }),
    response: chosenDocumentSchema,
  },
  'document:read': { request: tokenRequest, response: documentReadSchema },
  /** Written only if the file still has `expectedStamp` (null: there is no file yet). */
  'document:write': { request: documentWriteRequestSchema, response: documentWriteSchema },
  /** Starts or stops telling the page (DOCUMENT_CHANGED_CHANNEL) when the file changes. */
  'document:watch': {
    request: v.strictObject({ token: documentTokenSchema, watching: v.boolean() }),
    response: v.undefined(),
  },
  'document:same-file': {
    request: v.strictObject({ a: documentTokenSchema, b: documentTokenSchema }),
    response: v.boolean(),
  },
  /** The window's title, unsaved mark and represented file. */
  'document:show': { request: documentStateSchema, response: v.undefined() },
  /** The page's answer to DOCUMENT_QUIT_CHANNEL: the names of files still unsaved. */
  'document:quit-answer': {
    request: v.strictObject({
      requestId: text(1, 100),
      unsaved: v.pipe(v.array(text(0, 1000)), v.maxLength(10_000)),
    }),
    response: v.undefined(),
  },
} as const;

/** Main → page: a watched file may have changed on disk; carries its token. */
export const DOCUMENT_CHANGED_CHANNEL = 'document:changed';
/**
 * Main → page, before the window closes or the app quits: write what autosave would
 * ('flush') or every unsaved file ('save'), then answer with 'document:quit-answer'.
 * Carries a request id and the action.
 */
export const DOCUMENT_QUIT_CHANNEL = 'document:quit-request';

/** The preload's methods for documents (part of PlannerApi). */
export interface DocumentApi {
  openDocument(): Promise<OpenedDesktopDocument>;
  /** The path is read from the File by the preload; a File made by script has none. */
  openDroppedDocument(file: File): Promise<OpenedDesktopDocument>;
  chooseDocumentLocation(suggestedName: string): Promise<ChosenDesktopDocument>;
  readDocument(token: string): Promise<v.InferOutput<typeof documentReadSchema>>;
  writeDocument(request: DocumentWriteRequest): Promise<v.InferOutput<typeof documentWriteSchema>>;
  watchDocument(token: string, watching: boolean): Promise<void>;
  sameDocument(a: string, b: string): Promise<boolean>;
  showDocument(state: DocumentState): Promise<void>;
  /** Returns a function that removes the listener. */
  onDocumentChanged(listener: (token: string) => void): () => void;
  /**
   * Main asks before closing or quitting; the listener answers with the names of files still
   * unsaved. Returns a function that removes the listener.
   */
  onDocumentsQuit(listener: (action: DocumentQuitAction) => Promise<string[]>): () => void;
}
