/**
 * Dialogs keep what the user typed, and show a change as done only once it is saved: a stray
 * click or a text selection that ends outside never closes one with typed text, a
 * confirmation closes only after its write is committed, and a write that fails leaves the
 * dialog open with the reason in it.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test, type BoardPage } from './fixtures';
import { moveFromWorkspace } from './workspace-helpers';

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

/** The next write to IndexedDB from the page fails, as on a disk error; later ones work. */
async function failNextWrite(page: Page) {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore) {
      IDBObjectStore.prototype.put = put;
      throw new DOMException('The disk refused the write.', 'UnknownError');
    };
  });
}

async function productInDecline(board: BoardPage, name: string): Promise<Locator> {
  await board.createProduct(name);
  const workspace = await board.openSection(name, 'Overview');
  await moveFromWorkspace(workspace, 'Decline');
  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Decision' })
    .click();
  await workspace.getByRole('radio', { name: 'Retire' }).check();
  await workspace.getByLabel('Rationale').fill('Demand is gone.');
  await workspace.getByRole('button', { name: 'Save decision' }).click();
  return workspace;
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

test('Retire closes its confirmation only once saved: a reload right after keeps the decision', async ({
  board,
  page,
}) => {
  const workspace = await productInDecline(board, 'Fax Cloud');
  const confirm = page.getByRole('alertdialog', { name: 'Retire Fax Cloud?' });
  await expect(confirm).toBeVisible();

  // Another connection holds the products store for a moment, so the write waits in line,
  // as it does behind a slow disk or another window's import.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lifecycle-planner');
        request.onerror = () => reject(request.error ?? new Error('could not open'));
        request.onsuccess = () => {
          const held = request.result;
          const store = held.transaction(['products'], 'readwrite').objectStore('products');
          const until = Date.now() + 1500;
          const keepBusy = () => {
            if (Date.now() < until) store.count().onsuccess = keepBusy;
            else held.close();
          };
          keepBusy();
          resolve();
        };
      }),
  );
  await confirm.getByRole('button', { name: 'Retire and archive' }).click();
  await expect(confirm).toBeHidden({ timeout: 10_000 });
  await page.reload();

  const record = workspace.locator('.decision-record');
  await expect(record).toContainText('Retire');
  await expect(record).toContainText('Demand is gone.');
  await expect(record).toContainText('Archived');
});

test('a confirmation whose write fails stays open and says why; trying again works', async ({
  board,
  page,
}, testInfo) => {
  const workspace = await productInDecline(board, 'Fax Cloud');
  const confirm = page.getByRole('alertdialog', { name: 'Retire Fax Cloud?' });
  await failNextWrite(page);
  await confirm.getByRole('button', { name: 'Retire and archive' }).click();
  const alert = confirm.getByRole('alert');
  await expect(alert).toContainText('Could not retire fax cloud: The disk refused the write.');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(confirm).toBeVisible();
  await expect(workspace.locator('.decision-record')).toHaveCount(0);
  await pictures(page, testInfo, 'retire-failed');

  await confirm.getByRole('button', { name: 'Retire and archive' }).click();
  await expect(confirm).toBeHidden();
  await expect(workspace.locator('.decision-record')).toContainText('Retire');
});

test('a plan dialog whose save fails stays open with the name typed and the reason', async ({
  board,
  page,
}) => {
  const planMenu = page.getByRole('button', { name: /^Plan: / });
  await planMenu.click();
  await page.getByRole('menuitem', { name: 'Rename plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename plan' });
  await dialog.getByLabel('Plan name').fill('Payments 2027');
  await failNextWrite(page);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Could not rename plan to payments 2027: The disk refused the write.',
  );
  await expect(dialog.getByLabel('Plan name')).toHaveValue('Payments 2027');
  await expect(planMenu).toHaveAccessibleName('Plan: My portfolio');

  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await expect(planMenu).toHaveAccessibleName('Plan: Payments 2027');
  await expect(board.column('Ideation')).toBeVisible();
});
