/**
 * A plan file dropped on the window asks whether to open it as a document or import it. In the
 * browser, Open needs the file's handle (DataTransferItem.getAsFileSystemHandle); a headless
 * run cannot drag from the desktop, so the test gives the dropped item a real handle from the
 * page's origin-private file system, holding the same file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { planRecords } from '../support/plan-json';
import { readPageFile, writePageFile } from './documents-helpers';
import { expect, test } from './fixtures';
import { exportPlan } from './plan-io-helpers';

const FILE = 'dropped.lcplan';
const screenshotDir = fileURLToPath(new URL('../../test-results/drop-document/', import.meta.url));

/** Drops a file named FILE holding `text` on the board, as a drag from the desktop would. */
async function dropPlan(page: Page, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, contents }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name));
      return transfer;
    },
    { name: FILE, contents: text },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** From now on a dropped item hands out the handle of the page's own copy of FILE. */
async function dropsGiveHandles(page: Page): Promise<void> {
  await page.evaluate((name) => {
    DataTransferItem.prototype.getAsFileSystemHandle = async () =>
      (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
  }, FILE);
}

const choice = (page: Page) => page.getByRole('dialog', { name: `Open or import “${FILE}”?` });

test('Open binds the dropped file: the plan opens, and later edits are saved to the file', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const exported = await exportPlan(page);
  await writePageFile(page, FILE, exported.text);
  await dropsGiveHandles(page);
  await dropPlan(page, exported.text);

  const open = choice(page).getByRole('button', { name: 'Open', exact: true });
  await expect(open).toBeEnabled();
  await open.click();
  await expect(page.locator('.toast')).toContainText(`Opened “${FILE}”. Changes are saved to it.`);
  await expect(page.getByRole('button', { name: /^Plan: .* — dropped\.lcplan/ })).toBeVisible();

  await board.createProduct('Dropped and kept');
  await expect
    .poll(async () =>
      (
        planRecords(await readPageFile(page, FILE)) as { products: { name: string }[] }
      ).products.map((p) => p.name),
    )
    .toContain('Dropped and kept');
});

test('Import previews the dropped file as before; Open waits for a handle the browser gave', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const exported = await exportPlan(page);
  // A drop made by script carries no handle: the app cannot write to that file.
  await dropPlan(page, exported.text);
  await expect(choice(page).getByRole('button', { name: 'Open', exact: true })).toBeDisabled();
  await expect(choice(page)).toContainText('does not let the app save to a dropped file');
  await choice(page).getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('dialog', { name: `Import “${FILE}”` })).toBeVisible();
  await expect(choice(page)).toHaveCount(0);
});

test('a file that is not a plan goes straight to the import: a Trello board is mapped, then previewed', async ({
  board,
  page,
}) => {
  await board.open();
  const trello = readFileSync(
    fileURLToPath(new URL('../fixtures/trello/wekan_trello-project100.json', import.meta.url)),
    'utf8',
  );
  const dataTransfer = await page.evaluateHandle((contents) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], 'board.json'));
    return transfer;
  }, trello);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  // The dialog is named after the file while it reads, then asks how lists map to stages.
  const mapping = page.getByRole('dialog', { name: 'Import a Trello board' });
  await expect(mapping.getByRole('combobox')).toHaveCount(3);
  await expect(page.getByRole('dialog', { name: /Open or import/ })).toHaveCount(0);
  await mapping.getByRole('button', { name: 'Continue' }).click();
  const preview = page.getByRole('dialog', { name: 'Import “board.json”' });
  await expect(preview.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the drop choice in the ${scheme} theme`, async ({ board, page }) => {
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await board.loadSample();
    const exported = await exportPlan(page);
    await writePageFile(page, FILE, exported.text);
    await dropsGiveHandles(page);
    await dropPlan(page, exported.text);
    await expect(choice(page).getByRole('button', { name: 'Open', exact: true })).toBeEnabled();
    await page.screenshot({ path: `${screenshotDir}drop-choice-${scheme}.png` });
  });
}
