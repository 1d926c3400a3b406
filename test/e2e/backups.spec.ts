import { expect, test } from './fixtures';

test('edits are backed up automatically and a backup restores the plan as it was', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await board.createProduct('Before the mistake');
  // The browser build writes pending backups when the page is hidden (closing, switching away).
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  const automatic = dialog.locator('.backup-item').filter({ hasText: 'Automatic backup' });
  await expect(automatic).toHaveCount(1);
  await expect(automatic).toContainText('12 products');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A mistake: the product is deleted and the deletion is no longer in the undo history.
  await board
    .card('Before the mistake')
    .getByRole('button', { name: /^Actions for / })
    .click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(board.card('Before the mistake')).toHaveCount(0);

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  await automatic.first().getByRole('button', { name: 'Restore in place' }).click();
  await expect(board.cardButton('Before the mistake')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    'Plan: My portfolio',
  );

  // The restore is one step of the undo history, undone and redone like any other, and what
  // it undid stays undone after a reload.
  await page.keyboard.press('Control+z');
  await expect(board.card('Before the mistake')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(board.cardButton('Before the mistake')).toBeVisible();
  await page.reload();
  await expect(board.cardButton('Before the mistake')).toBeVisible();
});
