/**
 * Storage faults, as a user meets them: the footer says how much is stored, another window
 * upgrading the database stops this one cleanly, and a browser that refuses to open its
 * storage gets an explanation and a way out instead of a blank window.
 */
import type { Page, TestInfo } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CURRENT_SCHEMA_VERSION } from '../../shared/storage/schema-versions';
import { planRecords } from '../support/plan-json';
import { expect, test } from './fixtures';

/** Set STORAGE_SCREENSHOTS=1 to keep light and dark pictures of each state for review. */
async function pictures(page: Page, testInfo: TestInfo, name: string) {
  if (!process.env.STORAGE_SCREENSHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

test('the footer says how much the plans take on this computer', async ({ board }, testInfo) => {
  const usage = board.page.getByText(/^Stored on this computer: [\d.]+ (bytes?|KB|MB|GB) · /);
  await expect(usage).toBeVisible();
  await pictures(board.page, testInfo, 'usage');
});

test('another window upgrading the database stops this one with a way to reload', async ({
  board,
}, testInfo) => {
  await board.createProduct('Kept safe');
  const other = await board.page.context().newPage();
  await other.goto('/');
  const newer = CURRENT_SCHEMA_VERSION * 10 + 1;
  const upgraded = await other.evaluate(
    (version) =>
      new Promise<number>((resolve, reject) => {
        // Dexie stores version n as n * 10: this is what a newer app would ask for.
        const request = indexedDB.open('lifecycle-planner', version);
        request.onsuccess = () => {
          const version = request.result.version;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
    newer,
  );
  expect(upgraded).toBe(newer);

  const alert = board.page.getByRole('alert');
  await expect(alert).toContainText(
    'Lifecycle Planner was updated in another window; reload to continue',
  );
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await pictures(board.page, testInfo, 'replaced');
  await other.close();

  // After a reload the window opens the upgraded database, with everything in it.
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(board.cardButton('Kept safe')).toBeVisible();
});

test('storage that will not open shows what happened, not a blank window', async ({
  page,
}, testInfo) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The browser refused to open its storage.', 'UnknownError');
    };
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { name: 'Storage could not be opened' })).toBeVisible();
  await expect(alert).toContainText('The browser refused to open its storage');
  await expect(alert).toContainText('No plans could be read');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await pictures(page, testInfo, 'refused');
  expect(problems).toEqual([]);
});

test('when the database cannot be opened, the plans it could read can be downloaded', async ({
  board,
}, testInfo) => {
  await board.createProduct('Rescued – Ünïcode 🚀');
  // From now on only the app's own versioned open fails; reading without upgrading still works.
  await board.page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (version !== undefined) {
        throw new DOMException('The disk is having a bad day.', 'UnknownError');
      }
      return open.call(this, name);
    };
  });
  await board.page.reload();
  const alert = board.page.getByRole('alert');
  await expect(alert).toContainText('The browser refused to open its storage');
  const downloads = alert.getByRole('region', { name: 'Download the plans it could read' });
  await expect(downloads).toBeVisible();
  await pictures(board.page, testInfo, 'downloads');

  const [download] = await Promise.all([
    board.page.waitForEvent('download'),
    downloads.getByRole('button', { name: 'Download “My portfolio”' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('My portfolio.lcplan');
  const path = await download.path();
  const file = planRecords(await readFile(path, 'utf8')) as { products: { name: string }[] };
  expect(file.products.map((p) => p.name)).toEqual(['Rescued – Ünïcode 🚀']);
});

test('a database from version 1 opens upgraded, with a backup of every plan kept first', async ({
  page,
}) => {
  // A blank page of the same origin, so the old database is written before the app runs.
  await page.route('**/seed', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/seed');
  const at = '2025-01-06T09:00:00.000Z';
  const plan = { id: 'plan-old', name: 'Nordic plan – Ærø', createdAt: at, updatedAt: at };
  const product = {
    id: 'prod-old',
    planId: plan.id,
    name: 'Fjord Ledger',
    summary: '',
    owner: 'Åsa',
    tags: ['finance'],
    stage: 'growth',
    rank: 'a0',
    stageHistory: [{ stage: 'growth', enteredAt: at }],
    archived: false,
    createdAt: at,
    updatedAt: at,
  };
  await page.evaluate(
    ({ plan, product }) =>
      new Promise<void>((resolve, reject) => {
        // Version 1 of the schema exactly as Dexie lays it out (Dexie stores version n as n * 10).
        const request = indexedDB.open('lifecycle-planner', 10);
        request.onupgradeneeded = () => {
          const idb = request.result;
          idb.createObjectStore('plans', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          const products = idb.createObjectStore('products', { keyPath: 'id' });
          products.createIndex('planId', 'planId');
          products.createIndex('[planId+stage]', ['planId', 'stage']);
          products.createIndex('updatedAt', 'updatedAt');
          idb.createObjectStore('deletions', { keyPath: 'id' }).createIndex('planId', 'planId');
          request.transaction?.objectStore('plans').put(plan);
          request.transaction?.objectStore('products').put(product);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
    { plan, product },
  );

  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Fjord Ledger/ })).toBeVisible();
  // The backup as stored: its row, and its file gzipped beside it, unzipped here.
  const backups = await page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lifecycle-planner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const read = idb.transaction(store).objectStore(store).getAll();
        read.onsuccess = () => resolve(read.result as T[]);
        read.onerror = () => reject(new Error(String(read.error)));
      });
    const rows = await all<{ id: string; planName: string; reason: string; contents?: string }>(
      'backups',
    );
    const files = await all<{ id: string; gzip: Uint8Array<ArrayBuffer> }>('backupContents');
    idb.close();
    return Promise.all(
      rows.map(async (row) => {
        const gzip = files.find((file) => file.id === row.id)?.gzip;
        const unzip = async (bytes: Uint8Array<ArrayBuffer>) =>
          new Response(
            new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')),
          ).text();
        return { ...row, text: gzip ? await unzip(gzip) : null };
      }),
    );
  });
  expect(backups.map((b) => [b.planName, b.reason])).toEqual([
    ['Nordic plan – Ærø', `Before updating the database to version ${CURRENT_SCHEMA_VERSION}`],
  ]);
  expect(backups[0]?.contents).toBeUndefined();
  expect(backups[0]?.text).toContain('Fjord Ledger');
  expect(backups[0]?.text).toContain('Nordic plan – Ærø');
});
