/**
 * Plan files as documents in the browser build: Save binds a plan to a file and then writes
 * to it without asking, edits are saved once they pause, and two PMs whose apps share one
 * file (through a syncing folder, played by the test) never write over each other's edits.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planRecords } from '../support/plan-json';
import { answerPickersWith, download, readPageFile, upload } from './documents-helpers';
import { BoardPage, expect, test } from './fixtures';
import { editProductDetails } from './workspace-helpers';

const FILE = 'portfolio.lcplan';

type Products = { products: { name: string; owner: string; summary: string }[] };
const productIn = (text: string, name: string) =>
  (planRecords(text) as Products).products.find((p) => p.name === name);

/** Waits until the page's copy of the file has `field` of `product` at `value`: saved. */
async function savedInFile(page: Page, product: string, field: 'owner' | 'summary', value: string) {
  await expect
    .poll(async () => productIn(await readPageFile(page, FILE), product)?.[field])
    .toBe(value);
}

test('Save binds a plan to a file, edits are saved to it once they pause, and a reload keeps it', async ({
  board,
  page,
}) => {
  await answerPickersWith(page, FILE);
  await board.createProduct('Orbit');
  await page.locator('body').press('Control+s');
  await expect(page.locator('.toast')).toContainText(`Saved “${FILE}”.`);
  const planMenu = page.getByRole('button', { name: /^Plan: My portfolio — portfolio\.lcplan/ });
  await expect(planMenu).toBeVisible();
  expect((planRecords(await readPageFile(page, FILE)) as Products).products).toHaveLength(1);

  await board.createProduct('Nova');
  // Autosave: no Save pressed; the file gets the edit once editing pauses.
  await expect
    .poll(async () => (planRecords(await readPageFile(page, FILE)) as Products).products.length)
    .toBe(2);
  await expect(planMenu).toHaveAccessibleName('Plan: My portfolio — portfolio.lcplan');
  expect(await page.title()).toBe(`${FILE} — Lifecycle Planner`);

  await page.reload();
  await expect(board.cardButton('Nova')).toBeVisible();
  await expect(planMenu).toBeVisible();
});

test('two PMs sharing one file: each save takes in the other’s edits, and a clash is theirs to settle', async ({
  board,
  page,
  browser,
}) => {
  const shared = join(await mkdtemp(join(tmpdir(), 'lcplan-shared-')), FILE);
  // Ada keeps the plan in the shared folder.
  await answerPickersWith(page, FILE);
  await board.loadSample();
  await page.locator('body').press('Control+s');
  await expect(page.locator('.toast')).toContainText(`Saved “${FILE}”.`);
  await upload(page, FILE, shared);

  // Ben's app, with a database of its own, opens the same file from his copy of the folder.
  const ben = new BoardPage(await (await browser.newContext()).newPage());
  await ben.open();
  await answerPickersWith(ben.page, FILE);
  await download(ben.page, FILE, shared);
  await ben.page.locator('body').press('Control+o');
  await expect(ben.cardButton('Ledger Desktop')).toBeVisible();
  await expect(ben.page.getByRole('button', { name: /— portfolio\.lcplan/ })).toBeVisible();

  // Ada edits one product and saves; the folder brings her file to Ben.
  await editProductDetails(board, 'Receipt Scanner', { Owner: 'Ada Lovelace' });
  await page.locator('body').press('Control+s');
  await savedInFile(page, 'Receipt Scanner', 'owner', 'Ada Lovelace');
  await upload(page, FILE, shared);
  await download(ben.page, FILE, shared);

  // Ben edits another product and saves: his save takes Ada's edit in, and the file has both.
  await editProductDetails(ben, 'Cash Flow Forecast', { Owner: 'Ben Okafor' });
  await ben.page.locator('body').press('Control+s');
  await savedInFile(ben.page, 'Cash Flow Forecast', 'owner', 'Ben Okafor');
  const both = await upload(ben.page, FILE, shared);
  expect(productIn(both, 'Receipt Scanner')?.owner).toBe('Ada Lovelace');
  expect(productIn(both, 'Cash Flow Forecast')?.owner).toBe('Ben Okafor');

  // Both change the same summary before either sees the other's: Ben is asked.
  await ben.page.getByRole('button', { name: 'File', exact: true }).click();
  await ben.page.getByRole('menuitemcheckbox', { name: 'Autosave to the file' }).click();
  await download(page, FILE, shared);
  await editProductDetails(board, 'Payroll Lite', { Summary: 'Payroll for teams of up to 50.' });
  await page.locator('body').press('Control+s');
  await savedInFile(page, 'Payroll Lite', 'summary', 'Payroll for teams of up to 50.');
  await upload(page, FILE, shared);
  await editProductDetails(ben, 'Payroll Lite', { Summary: 'Payroll for small teams.' });
  await download(ben.page, FILE, shared);
  await ben.page.locator('body').press('Control+s');
  const clash = ben.page.getByRole('dialog', { name: `“${FILE}” was changed elsewhere` });
  const summary = clash.getByRole('group', { name: 'Summary' });
  await expect(summary.getByRole('radio', { name: /^Yours/ })).toHaveAccessibleName(
    /Payroll for small teams\./,
  );
  await expect(summary.getByRole('radio', { name: /^Theirs/ })).toHaveAccessibleName(
    /Payroll for teams of up to 50\./,
  );
  await summary.getByRole('radio', { name: /^Yours/ }).check();
  await clash.getByRole('button', { name: 'Combine and save' }).click();
  await expect(clash).toBeHidden();
  await savedInFile(ben.page, 'Payroll Lite', 'summary', 'Payroll for small teams.');
  const settled = await upload(ben.page, FILE, shared);
  expect(productIn(settled, 'Receipt Scanner')?.owner).toBe('Ada Lovelace');
  expect(await readFile(shared, 'utf8')).toBe(settled);
  await ben.page.context().close();
});
