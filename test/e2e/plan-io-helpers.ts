/** Helpers for the plan-file end-to-end tests: downloads, uploads and a dump of the database. */
import type { Page } from '@playwright/test';

/** Runs `trigger` and returns the file the browser downloads: its name and its text. */
async function downloaded(page: Page, trigger: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await trigger();
  const download = await downloading;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

export function exportPlan(page: Page) {
  return downloaded(page, async () => {
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Export plan…' }).click();
  });
}

export function exportFromMenu(page: Page, item: string) {
  return downloaded(page, async () => {
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: item }).click();
  });
}

/** Chooses a file in "Import plan…" as a user would. */
export async function importFile(page: Page, name: string, contents: string | Buffer) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import plan…' }).click();
  const chooser = await choosing;
  const buffer = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
  await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** Every record of every object store, read with the raw IndexedDB API. */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lifecycle-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      dump[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return dump;
  });
}
