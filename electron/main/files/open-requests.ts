/**
 * Plan files handed to the app from outside its window: on the command line, by a second
 * launch (Windows and Linux pass the file in that launch's argv), by macOS's 'open-file'
 * (which can fire before the app is ready), or from File > Open Recent. They wait in a queue
 * until the main window's page has loaded; then main reads each one and sends the result to
 * the page on FILE_OPENED_CHANNEL, one at a time and in the order they came.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_OPENED_CHANNEL, type OpenedFile } from '../../../shared/ipc/contract';
import { isOpenablePlanPath } from './openable';

/**
 * The plan files named in a command line: arguments ending in .lcplan or .json, resolved
 * against the launch's working directory. `leadingArgs` are skipped: the executable, and in
 * development also the app path (`electron .`). Flags are skipped until a `--`; `file://`
 * URLs (which some Linux desktops pass for %U) become paths.
 */
export function planPathsFromArgv(argv: readonly string[], cwd: string, leadingArgs = 1): string[] {
  const paths: string[] = [];
  let flagsEnded = false;
  for (const arg of argv.slice(leadingArgs)) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
      continue;
    }
    if (arg === '' || (!flagsEnded && arg.startsWith('-'))) continue;
    const path = /^file:\/\//i.test(arg) ? pathFromFileUrl(arg) : resolve(cwd, arg);
    if (path === null || !isOpenablePlanPath(path)) continue;
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

function pathFromFileUrl(url: string): string | null {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
}

/** Command lines carry stray words; only paths that name something on disk are opened. */
async function existingPaths(paths: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        () => true,
        () => false,
      ),
    ),
  );
  return paths.filter((_path, index) => found[index]);
}

/** The parts of a WebContents the queue uses; Electron's WebContents satisfies it. */
export interface FileDeliveryTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'did-finish-load', listener: () => void): unknown;
}

export interface OpenRequests {
  /**
   * Queues files to read and send to the page as soon as it can receive them. Paths that are
   * not absolute plan files or Trello exports (see openable.ts) are dropped.
   */
  request(paths: readonly string[]): void;
  /** Queues the existing plan files a command line names. */
  requestFromArgv(argv: readonly string[], cwd: string): Promise<void>;
  /** Delivers to these web contents once their page has finished loading. */
  attach(contents: FileDeliveryTarget): void;
  /** Resolves when everything deliverable so far has been sent. */
  settled(): Promise<void>;
}

export interface OpenRequestsOptions {
  /** Reads a file for the page (and keeps the recent list in step); must not throw. */
  openFile(path: string): Promise<OpenedFile>;
  /** Arguments before the first that could be a file: see planPathsFromArgv. */
  leadingArgs?: number;
  onError?: (error: unknown) => void;
}

export function createOpenRequests(options: OpenRequestsOptions): OpenRequests {
  const pending: string[] = [];
  let target: FileDeliveryTarget | null = null;
  let delivering: Promise<void> = Promise.resolve();

  const receiver = () => (target !== null && !target.isDestroyed() ? target : null);

  const deliverPending = async () => {
    for (;;) {
      const path = pending[0];
      if (path === undefined || receiver() === null) return;
      const file = await options.openFile(path);
      // The window may have closed while the file was read; the path waits for the next one.
      const to = receiver();
      if (to === null) return;
      pending.shift();
      to.send(FILE_OPENED_CHANNEL, file);
    }
  };

  const deliverSoon = () => {
    delivering = delivering.then(deliverPending).catch((error: unknown) => {
      options.onError?.(error);
    });
  };

  // Every way in passes here, macOS's 'open-file' included, so all get the command line's rule.
  const request = (paths: readonly string[]) => {
    const openable = paths.filter(isOpenablePlanPath);
    if (openable.length === 0) return;
    pending.push(...openable);
    deliverSoon();
  };

  return {
    request,
    requestFromArgv: async (argv, cwd) => {
      request(await existingPaths(planPathsFromArgv(argv, cwd, options.leadingArgs)));
    },
    attach(contents) {
      // Not before: a message sent while the page is still loading would reach nobody.
      contents.once('did-finish-load', () => {
        target = contents;
        deliverSoon();
      });
    },
    settled: () => delivering,
  };
}
