/**
 * The IPC channels that keep plans in files as documents in the desktop app. The renderer
 * knows a file only by a token main issued when the user chose it (a dialog, Open Recent, a
 * drop, the OS); main maps the token to the path, so the page can never name a file to write.
 * Spread into the contract's table (contract.ts), so the gate checks these like every other.
 */
import { z } from 'zod';
import { MAX_PLAN_FILE_BYTES } from '../plan-file/types';

/** Main's tokens are UUIDs; anything longer is not one of them. */
export const documentTokenSchema = z.string().min(1).max(100);
/** A SHA-256 hex digest of the file's text. */
export const documentStampSchema = z.string().regex(/^[0-9a-f]{64}$/);

const problem = z.object({ status: z.enum(['missing', 'unreadable']), message: z.string() });
const cancelled = z.object({ status: z.literal('cancelled') });
const failed = z.object({ status: z.literal('error'), message: z.string() });

export const openedDocumentSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    token: documentTokenSchema,
    name: z.string(),
    text: z.string(),
    stamp: documentStampSchema,
  }),
  cancelled,
  failed,
]);
export type OpenedDesktopDocument = z.infer<typeof openedDocumentSchema>;

export const chosenDocumentSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('chosen'),
    token: documentTokenSchema,
    name: z.string(),
    /** The stamp of the file the user chose to replace; null when there was none. */
    stamp: documentStampSchema.nullable(),
  }),
  cancelled,
  failed,
]);
export type ChosenDesktopDocument = z.infer<typeof chosenDocumentSchema>;

export const documentReadSchema = z.union([
  z.object({ status: z.literal('read'), text: z.string(), stamp: documentStampSchema }),
  problem,
]);

export const documentWriteRequestSchema = z
  .object({
    token: documentTokenSchema,
    // A plan file is at most MAX_PLAN_FILE_BYTES, and UTF-8 takes a byte per character at
    // least, so no longer text can fit; main checks the bytes.
    parts: z.array(z.string().max(MAX_PLAN_FILE_BYTES)).max(10_000_000),
    expectedStamp: documentStampSchema.nullable(),
  })
  .strict()
  .refine(
    (request) => request.parts.reduce((sum, part) => sum + part.length, 0) <= MAX_PLAN_FILE_BYTES,
    {
      message: `A plan can be at most ${String(MAX_PLAN_FILE_BYTES)} characters.`,
      path: ['parts'],
    },
  );
export type DocumentWriteRequest = z.infer<typeof documentWriteRequestSchema>;

export const documentWriteSchema = z.union([
  z.object({ status: z.literal('saved'), stamp: documentStampSchema }),
  z.object({ status: z.literal('changed') }),
  problem,
]);

export const documentStateSchema = z
  .object({ name: z.string().max(1000), edited: z.boolean(), token: documentTokenSchema })
  .strict()
  .nullable();
export type DocumentState = z.infer<typeof documentStateSchema>;

const tokenRequest = z.object({ token: documentTokenSchema }).strict();

/** What main asks the page before the window closes or the app quits. */
export const documentQuitActionSchema = z.enum(['flush', 'save']);
export type DocumentQuitAction = z.infer<typeof documentQuitActionSchema>;

export const documentChannels = {
  /** Main shows the open dialog for plan files, reads the choice and issues its token. */
  'document:open': { request: z.undefined(), response: openedDocumentSchema },
  /**
   * A file dropped on the window, named by the path the preload took from the dropped File
   * itself (the page's own script cannot make a File with a path); only plan files are opened.
   */
  'document:open-dropped': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: openedDocumentSchema,
  },
  /** Main shows the save dialog; nothing is written until document:write. */
  'document:choose-save': {
    request: z.object({ suggestedName: z.string().min(1).max(200) }).strict(),
    response: chosenDocumentSchema,
  },
  'document:read': { request: tokenRequest, response: documentReadSchema },
  /** Written only if the file still has `expectedStamp` (null: there is no file yet). */
  'document:write': { request: documentWriteRequestSchema, response: documentWriteSchema },
  /** Starts or stops telling the page (DOCUMENT_CHANGED_CHANNEL) when the file changes. */
  'document:watch': {
    request: z.object({ token: documentTokenSchema, watching: z.boolean() }).strict(),
    response: z.undefined(),
  },
  'document:same-file': {
    request: z.object({ a: documentTokenSchema, b: documentTokenSchema }).strict(),
    response: z.boolean(),
  },
  /** The window's title, unsaved mark and represented file. */
  'document:show': { request: documentStateSchema, response: z.undefined() },
  /** The page's answer to DOCUMENT_QUIT_CHANNEL: the names of files still unsaved. */
  'document:quit-answer': {
    request: z
      .object({
        requestId: z.string().min(1).max(100),
        unsaved: z.array(z.string().max(1000)).max(10_000),
      })
      .strict(),
    response: z.undefined(),
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
  readDocument(token: string): Promise<z.infer<typeof documentReadSchema>>;
  writeDocument(request: DocumentWriteRequest): Promise<z.infer<typeof documentWriteSchema>>;
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
