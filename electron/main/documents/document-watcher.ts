/**
 * Tells the page when a bound file may have changed on disk. The file's folder is watched,
 * not the file: editors, sync clients and git replace a file by renaming another over it,
 * after which a watch on the old file sees nothing more. Events come in bursts (a temporary
 * file written, then renamed), so they are gathered for a moment and then the file is looked
 * at: only a change in what is there (its identity, size or modification time, or its
 * disappearance) is reported. Synced folders and network drives miss events, so the window
 * also looks at every watched file when it gets focus (checkAll).
 */
import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

export const WATCH_DEBOUNCE_MS = 250;

export interface DocumentWatcher {
  /** Starts (or counts one more) watch of the file a key stands for. */
  watch(key: string, path: string): void;
  /** Ends one watch of the key; the last one stops watching. */
  unwatch(key: string): void;
  /** Looks at every watched file now, reporting those that changed. */
  checkAll(): Promise<void>;
  /** Takes the file as it is now as seen: main wrote it itself. */
  seen(path: string): Promise<void>;
  close(): void;
}

interface Watched {
  path: string;
  count: number;
  signature: string | null;
  watcher: FSWatcher | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** What is at the path: 'missing', or the file's identity, size and modification time. */
async function signatureOf(path: string): Promise<string> {
  try {
    const info = await stat(path, { bigint: true });
    return `${String(info.dev)}:${String(info.ino)}:${String(info.size)}:${String(info.mtimeNs)}`;
  } catch {
    return 'missing';
  }
}

export function createDocumentWatcher(options: {
  notify(key: string): void;
  debounceMs?: number;
  onError?: (error: unknown) => void;
}): DocumentWatcher {
  const debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  const watched = new Map<string, Watched>();

  const check = async (key: string) => {
    const entry = watched.get(key);
    if (!entry) return;
    const signature = await signatureOf(entry.path);
    // Unwatched, or watched again, while the file was looked at.
    if (watched.get(key) !== entry || signature === entry.signature) return;
    entry.signature = signature;
    options.notify(key);
  };

  const listen = (key: string, entry: Watched) => {
    try {
      const name = basename(entry.path);
      entry.watcher = watch(dirname(entry.path), { persistent: false }, (_event, file) => {
        // Some platforms give no name; then any change in the folder may be this file.
        if (file !== null && file !== name) return;
        if (entry.timer !== null) clearTimeout(entry.timer);
        entry.timer = setTimeout(() => {
          entry.timer = null;
          void check(key);
        }, debounceMs);
      });
      entry.watcher.on('error', (error) => {
        // The folder went away: the focus checks still see the file is missing.
        options.onError?.(error);
        entry.watcher?.close();
        entry.watcher = null;
      });
    } catch (error) {
      options.onError?.(error);
      entry.watcher = null;
    }
  };

  const stop = (entry: Watched) => {
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.watcher?.close();
  };

  return {
    watch(key, path) {
      const known = watched.get(key);
      if (known && known.path === path) {
        known.count += 1;
        return;
      }
      if (known) stop(known);
      const entry: Watched = { path, count: 1, signature: null, watcher: null, timer: null };
      watched.set(key, entry);
      listen(key, entry);
      void signatureOf(path).then((signature) => {
        entry.signature ??= signature;
      });
    },
    unwatch(key) {
      const entry = watched.get(key);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      stop(entry);
      watched.delete(key);
    },
    async checkAll() {
      await Promise.all([...watched.keys()].map(check));
    },
    async seen(path) {
      const signature = await signatureOf(path);
      for (const entry of watched.values()) if (entry.path === path) entry.signature = signature;
    },
    close() {
      for (const entry of watched.values()) stop(entry);
      watched.clear();
    },
  };
}
