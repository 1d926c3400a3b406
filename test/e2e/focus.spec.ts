/** Keyboard users never lose their place: focus goes somewhere sensible after every action. */
import { expect, test } from './fixtures';

test('deleting a card from its menu puts focus on the card that takes its place', async ({
  board,
  page,
}) => {
  await board.createProduct('First');
  await board.createProduct('Second');
  await board
    .card('First')
    .getByRole('button', { name: /^Actions for / })
    .press('Enter');
  await page.getByRole('menuitem', { name: 'Delete' }).press('Enter');
  await expect(board.card('First')).toHaveCount(0);
  await expect(board.cardButton('Second')).toBeFocused();
});

test('undo puts focus on the card it moved back', async ({ board, page }) => {
  await board.createProduct('Traveller');
  await board.cardButton('Traveller').press('Alt+ArrowRight');
  await expect(
    board.column('Development').getByRole('button', { name: /^Traveller/ }),
  ).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(board.column('Ideation').getByRole('button', { name: /^Traveller/ })).toBeFocused();
});

test('a dialog opened from a menu gives focus back to the menu button when it closes', async ({
  board,
  page,
}) => {
  const planButton = page.getByRole('button', { name: /^Plan: / });
  await planButton.press('Enter');
  await page.getByRole('menuitem', { name: 'Rename plan…' }).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Rename plan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(planButton).toBeFocused();
  await expect(board.column('Ideation')).toBeVisible();
});

test('Ctrl+Z inside an open dialog does not change the board behind it', async ({
  board,
  page,
}) => {
  await board.createProduct('Stays put');
  await board.cardButton('Stays put').press('Alt+ArrowRight');
  // Clicked once it has landed: a card still being moved is drawn again in its new column.
  await expect(
    board.column('Development').getByRole('button', { name: /^Stays put/ }),
  ).toBeFocused();
  await board.cardButton('Stays put').click();
  const workspace = board.workspace('Stays put');
  await expect(workspace.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(workspace.locator('.workspace-meta .stage-badge')).toHaveText('Development');
  // The workspace is a page, not a dialog: Ctrl+Z there undoes the last action.
  await page.keyboard.press('Control+z');
  await expect(workspace.locator('.workspace-meta .stage-badge')).toHaveText('Ideation');
  await page.keyboard.press('Escape');
  await expect(board.column('Ideation').getByRole('button', { name: /^Stays put/ })).toBeFocused();
});

test('Alt+Arrow pressed faster than moves are saved still moves the card every step', async ({
  board,
  page,
}) => {
  await board.createProduct('Sprinter');
  await board.cardButton('Sprinter').focus();
  // Five presses in a row, without waiting for the board: Ideation to Decline.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Alt+ArrowRight');
  await expect(board.column('Decline').getByRole('button', { name: /^Sprinter/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(board.liveRegion()).toHaveText('Sprinter is already at the last stage.');
  await board.cardButton('Sprinter').click();
  const history = board.workspace('Sprinter').locator('.stage-history li');
  await expect(history).toHaveCount(6);
});

test('on a busy machine, a keyboard move that re-sorts the list leaves focus on the moved item', async ({
  board,
  page,
}) => {
  for (const name of ['First', 'Second', 'Third']) await board.createProduct(name);
  // A slow machine: the redraw that re-sorts the list comes well after the move is saved.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

  const [top, middle, bottom] = await board.cardNames('Ideation');
  if (!top || !middle || !bottom) throw new Error('Expected three cards in Ideation.');
  // Two presses before the first move is drawn: the card goes to the bottom, focus with it.
  await board.cardButton(top).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => board.cardNames('Ideation')).toEqual([middle, bottom, top]);
  await expect(board.cardButton(top)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => board.cardNames('Ideation')).toEqual([middle, top, bottom]);
  await expect(board.cardButton(top)).toBeFocused();

  const workspace = await board.openSection(top, 'Playbook');
  const checkboxes = workspace
    .getByRole('list', { name: 'Ideation checklist' })
    .getByRole('checkbox');
  const text = await checkboxes
    .first()
    .evaluate((el) => (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : '') ?? '');
  expect(text).not.toBe('');
  const item = workspace.getByRole('checkbox', { name: text, exact: true });
  await item.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(checkboxes.nth(2)).toHaveAccessibleName(text);
  await expect(item).toBeFocused();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('a card’s menu opened from the keyboard focuses its first item, and Escape returns', async ({
  board,
  page,
}) => {
  await board.createProduct('Keyed');
  const menuButton = board.card('Keyed').getByRole('button', { name: 'Actions for Keyed' });
  for (const key of ['Enter', 'Space', 'ArrowDown']) {
    await menuButton.press(key);
    await expect(page.getByRole('menuitem', { name: 'Open…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(menuButton).toBeFocused();
  }
});
