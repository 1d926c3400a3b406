/**
 * Owns `document-tokens.json` in the user-data folder: which file each token the renderer holds
 * stands for. The page binds a plan to a token, never to a path, so it can only ever write a
 * file the user chose (a dialog, Open Recent, a drop, the OS). The map outlives restarts, so a
 * plan stays bound to its file. Reading never fails: a missing, oversized or corrupt file gives
 * an empty map (bound plans then report their file as no longer known, and keep working); a bad
 * entry costs only itself. Writes are atomic and queued, so a newer map never loses to an older.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as v from 'valibot';
import { writeFileAtomic } from '../files/atomic-write';

export const DOCUMENT_TOKENS_NAME = 'document-tokens.json';
/** Far more files than anyone binds plans to; the oldest tokens go first beyond it. */
export const MAX_DOCUMENT_TOKENS = 1_000;
const MAX_TOKENS_FILE_BYTES = 4 * 1024 * 1024;

const entrySchema = v.object({
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  path: v.pipe(v.string(), v.minLength(1), v.maxLength(4096)),
});
type Entry = v.InferOutput<typeof entrySchema>;
const storedSchema = v.object({ version: v.literal(1), tokens: v.array(v.unknown()) });

export interface DocumentTokens {
  /** The token for the file at `path`: the one it already has, or a new one. */
  issue(path: string): Promise<string>;
  /** The path a token stands for; null for a token main never issued (or forgot). */
  pathOf(token: string): Promise<string | null>;
  /** The token a path already has, if any; no token is issued. */
  tokenOf(path: string): Promise<string | null>;
  /** Resolves once every queued write has landed (or failed and been reported). */
  flush(): Promise<void>;
}

/** Windows paths are case-insensitive; elsewhere two spellings may be two files. */
export function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export async function readTokenMap(file: string): Promise<Entry[]> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_TOKENS_FILE_BYTES) return [];
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
    const stored = v.safeParse(storedSchema, JSON.parse(text) as unknown);
    if (!stored.success) return [];
    return stored.output.tokens.flatMap((entry) => {
      const parsed = v.safeParse(entrySchema, entry);
      return parsed.success ? [parsed.output] : [];
    });
  } catch {
    // Missing, unreadable, not UTF-8 or not JSON: start with an empty map.
    return [];
  }
}

export function createDocumentTokens(
  file: string,
  options: { onError?: (error: unknown) => void; newToken?: () => string } = {},
): DocumentTokens {
  const onError = options.onError ?? (() => undefined);
  const newToken = options.newToken ?? randomUUID;
  /** Oldest first. */
  let entries: Entry[] = [];
  let loading: Promise<void> | null = null;
  let writes: Promise<void> = Promise.resolve();

  const load = () =>
    (loading ??= readTokenMap(file).then((read) => {
      entries = read;
    }));

  const save = () => {
    const text = `${JSON.stringify({ version: 1, tokens: entries }, null, 2)}\n`;
    writes = writes.then(() => writeFileAtomic(file, text)).catch(onError);
    return writes;
  };

  const find = (path: string) => entries.find((entry) => samePath(entry.path, path));

  return {
    async issue(path) {
      await load();
      const full = resolve(path);
      const known = find(full);
      if (known) return known.token;
      const entry = { token: newToken(), path: full };
      entries = [...entries, entry].slice(-MAX_DOCUMENT_TOKENS);
      await save();
      return entry.token;
    },
    async pathOf(token) {
      await load();
      return entries.find((entry) => entry.token === token)?.path ?? null;
    },
    async tokenOf(path) {
      await load();
      return find(resolve(path))?.token ?? null;
    },
    flush: () => writes,
  };
}
