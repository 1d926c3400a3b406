/**
 * Dialogs keep what the user typed: a stray click or a text selection that ends outside never
 * closes one with typed text.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

async function pictures(page: Page, testInfo: TestInfo, name: string) {
  if (!process.env.DIALOG_SCREENSHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** A point on the backdrop: left of the dialog's box, halfway down it. */
async function besideDialog(dialog: Locator): Promise<{ x: number; y: number }> {
  const box = await dialog.boundingBox();
  if (!box) throw new Error('the dialog is not on screen');
  expect(box.x).toBeGreaterThan(20);
  return { x: box.x / 2, y: box.y + box.height / 2 };
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A mouse press at `from` and release at `to`, moving in steps as a hand does. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('a text selection dragged out of a dialog, or a click beside it, keeps the typed text', async ({
  board,
  page,
}, testInfo) => {
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New product' });
  const name = dialog.getByLabel('Name');
  await name.fill('Half-typed idea with a long name');

  // Selecting the text with the mouse and letting go outside the box.
  await drag(page, await centreOf(name), await besideDialog(dialog));
  await expect(dialog).toBeVisible();
  await expect(name).toHaveValue('Half-typed idea with a long name');

  // A real click on the backdrop does not throw typed text away either; it says why.
  const beside = await besideDialog(dialog);
  await page.mouse.click(beside.x, beside.y);
  await expect(dialog).toBeVisible();
  await expect(name).toHaveValue('Half-typed idea with a long name');
  await expect(dialog.getByRole('status')).toContainText('not saved');
  await pictures(page, testInfo, 'kept-for-unsaved');

  // Escape still discards it, as it says.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(board.card('Half-typed idea')).toHaveCount(0);

  // With nothing typed, press and release both on the backdrop close the dialog...
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  await expect(dialog).toBeVisible();
  await drag(page, await besideDialog(dialog), await centreOf(dialog.getByLabel('Summary')));
  // ...but a press on the backdrop released inside the box does not.
  await expect(dialog).toBeVisible();
  const outside = await besideDialog(dialog);
  await page.mouse.click(outside.x, outside.y);
  await expect(dialog).toBeHidden();

  // Text typed and then taken back out is not unsaved text: the backdrop closes it.
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  await name.fill('Second thoughts');
  await name.fill('');
  await page.mouse.click(outside.x, outside.y);
  await expect(dialog).toBeHidden();
});

test('a multi-line text selection ending outside a dialog keeps it open', async ({
  board,
  page,
}) => {
  await board.createProduct('Ledger');
  const workspace = await board.openSection('Ledger', 'Playbook');
  await workspace.getByRole('button', { name: /^Edit the .* template for this plan/ }).click();
  const dialog = page.getByRole('dialog', { name: /checklist template/ });
  const items = dialog.getByLabel('Items, one per line');
  await items.fill('Write the brief\nTalk to five customers');
  await drag(page, await centreOf(items), { x: 4, y: 4 });
  await expect(dialog).toBeVisible();
  await expect(items).toHaveValue('Write the brief\nTalk to five customers');
});
