/**
 * Plan files as documents in the browser build, for end-to-end tests. The browser's file
 * pickers cannot be answered in a headless run, so each page's pickers hand out a real file
 * handle from that page's origin-private file system; the test then plays the part of a
 * folder-syncing client (Dropbox, OneDrive), copying each page's file to a real file on disk
 * and back, so two pages with databases of their own share one file as two PMs would.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

/** From the next load on, the page's Open and Save pickers answer with the file `name`. */
export async function answerPickersWith(page: Page, name: string): Promise<void> {
  await page.addInitScript((fileName) => {
    const handle = async () =>
      (await navigator.storage.getDirectory()).getFileHandle(fileName, { create: true });
    Object.assign(window, {
      showOpenFilePicker: async () => [await handle()],
      showSaveFilePicker: async () => handle(),
    });
  }, name);
  await page.reload();
}

/**
 * The page's copy of the file. While the app is writing it (a writable stream swaps the file
 * in as it closes), reading can fail with NotFoundError or NotReadableError for a moment, as
 * the app's own reads do (platform/browser-documents.ts): a syncing client tries again, and so
 * does this.
 */
export function readPageFile(page: Page, name: string): Promise<string> {
  return page.evaluate(async (fileName) => {
    const root = await navigator.storage.getDirectory();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await (
          await (await root.getFileHandle(fileName, { create: true })).getFile()
        ).text();
      } catch (error) {
        // A File taken just before the swap cannot be read after it (NotReadableError).
        const busy =
          error instanceof DOMException &&
          (error.name === 'NotFoundError' || error.name === 'NotReadableError');
        if (!busy || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }, name);
}

export async function writePageFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ({ fileName, contents }) => {
      const root = await navigator.storage.getDirectory();
      const writable = await (
        await root.getFileHandle(fileName, { create: true })
      ).createWritable();
      await writable.write(contents);
      await writable.close();
    },
    { fileName: name, contents: text },
  );
}

/** The syncing client uploads the page's copy of the file to the shared folder. */
export async function upload(page: Page, name: string, path: string): Promise<string> {
  const text = await readPageFile(page, name);
  await writeFile(path, text);
  return text;
}

/** The syncing client brings the shared folder's file down to the page's copy. */
export async function download(page: Page, name: string, path: string): Promise<void> {
  await writePageFile(page, name, await readFile(path, 'utf8'));
}
