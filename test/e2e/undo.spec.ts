import { expect, test } from './fixtures';

test('a deleted product comes back with Undo, in its place', async ({ board, page }) => {
  await board.createProduct('Keep me');
  await board.createProduct('Delete me');
  await board.createProduct('After');
  await board
    .card('Delete me')
    .getByRole('button', { name: /^Actions for / })
    .click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(board.card('Delete me')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Keep me', 'Delete me', 'After']);
  await page.reload();
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Keep me', 'Delete me', 'After']);
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo create, edit, move and delete', async ({
  board,
  page,
}) => {
  await board.createProduct('Widget');
  await board.cardButton('Widget').press('Alt+ArrowRight');
  await expect(board.column('Development').getByRole('button', { name: /^Widget/ })).toBeFocused();

  await board.cardButton('Widget').click();
  const workspace = board.workspace('Widget');
  await workspace.getByLabel('Name').fill('Widget Pro');
  await workspace.getByRole('button', { name: 'Save changes' }).click();
  await board.backToBoard();
  await expect(board.cardButton('Widget Pro')).toBeVisible();

  await page.locator('body').press('Control+z');
  await expect(board.cardButton('Widget')).toHaveText('Widget');
  await page.locator('body').press('Control+z');
  await expect(board.column('Ideation').getByRole('button', { name: /^Widget/ })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(page.locator('li.card')).toHaveCount(0);
  await expect(board.liveRegion()).toHaveText('Undid: Create Widget.');

  await page.locator('body').press('Control+Shift+Z');
  await page.locator('body').press('Control+Shift+Z');
  await page.locator('body').press('Control+Shift+Z');
  await expect(
    board.column('Development').getByRole('button', { name: /^Widget Pro/ }),
  ).toBeVisible();
  await page.reload();
  await expect(
    board.column('Development').getByRole('button', { name: /^Widget Pro/ }),
  ).toBeVisible();
});

test('Ctrl+Z inside a text field undoes typing there, not a board action', async ({
  board,
  page,
}) => {
  await board.createProduct('Stays');
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('abc');
  await search.press('Control+z');
  await expect(board.cardButton('Stays')).toBeVisible();
});
