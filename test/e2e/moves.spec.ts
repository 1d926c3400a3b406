import type { Page } from '@playwright/test';
import { expect, test, type BoardPage } from './fixtures';

async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // Several small steps: the drag starts only after a few pixels, as a person's hand moves.
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await page.mouse.up();
}

async function centre(board: BoardPage, name: string) {
  const box = await board.card(name).boundingBox();
  if (!box) throw new Error(`card ${name} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, top: box.y, height: box.height };
}

test('keyboard: Alt+Arrows move the card, focus stays on it, the move is announced and kept', async ({
  board,
  page,
}) => {
  await board.createProduct('Alpha');
  await board.createProduct('Beta');
  const beta = board.cardButton('Beta');
  await beta.focus();

  await beta.press('Alt+ArrowRight');
  await expect(board.column('Development').getByRole('button', { name: /^Beta/ })).toBeVisible();
  await expect(board.cardButton('Beta')).toBeFocused();
  await expect(board.liveRegion()).toHaveText('Moved Beta to Development, position 1 of 1.');

  // Back left it keeps its row: the top one, as in Development.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(board.column('Ideation').getByRole('button', { name: /^Beta/ })).toBeFocused();
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Beta', 'Alpha']);

  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Alpha', 'Beta']);
  await expect(board.cardButton('Beta')).toBeFocused();
  await expect(board.liveRegion()).toHaveText('Moved Beta within Ideation, position 2 of 2.');

  await page.keyboard.press('Alt+ArrowDown');
  await expect(board.liveRegion()).toHaveText('Beta is already at the bottom.');

  await page.keyboard.press('Alt+ArrowRight');
  await expect(board.column('Development').getByRole('button', { name: /^Beta/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(board.column('Launch').getByRole('button', { name: /^Beta/ })).toBeFocused();

  await page.reload();
  await expect(board.column('Launch').getByRole('button', { name: /^Beta/ })).toBeVisible();
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Alpha']);
  await board.cardButton('Beta').click();
  const history = board.workspace('Beta').locator('.stage-history li');
  await expect(history).toHaveText([
    /^Ideation/,
    /^Development/,
    /^Ideation/,
    /^Development/,
    /^Launch/,
  ]);
});

/** Names in a column in the order the eye sees them, mid-drag included (cards are moved by transforms). */
async function visualOrder(board: BoardPage, stage: string): Promise<string[]> {
  const cards = await board.column(stage).locator('li.card').all();
  const placed = await Promise.all(
    cards.map(async (card) => ({
      name: await card.locator('button.card-name').innerText(),
      y: (await card.boundingBox())?.y ?? 0,
    })),
  );
  return placed.sort((a, b) => a.y - b.y).map((c) => c.name);
}

test('mouse: a card dropped on an empty part of another stage lands at its end', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const from = await centre(board, 'Receipt Scanner');
  const launch = await board.column('Launch').boundingBox();
  if (!launch) throw new Error('no Launch column');
  await dragTo(page, from, { x: launch.x + launch.width / 2, y: launch.y + launch.height - 60 });
  await expect
    .poll(() => board.cardNames('Launch'))
    .toEqual(['Cash Flow Forecast', 'Receipt Scanner']);
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Team Budgets']);
  // The app says a move is done once it is stored; a reload before that may cut it short.
  await expect(board.liveRegion()).toHaveText(/^Moved Receipt Scanner to Launch, position 2 of 2/);
  await page.reload();
  await expect
    .poll(() => board.cardNames('Launch'))
    .toEqual(['Cash Flow Forecast', 'Receipt Scanner']);
});

test('mouse: the order shown while dragging between cards is the order kept after the drop', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const from = await centre(board, 'Receipt Scanner');
  const first = await centre(board, 'Invoice Autopilot');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 10, { steps: 5 });
  await page.mouse.move(first.x, first.y + first.height / 4, { steps: 20 });
  await page.mouse.move(first.x, first.y + first.height / 4 + 1, { steps: 2 });
  const shownWhileDragging = await visualOrder(board, 'Development');
  expect([...shownWhileDragging].sort()).toEqual([
    'Invoice Autopilot',
    'Open Banking Connect',
    'Receipt Scanner',
  ]);
  await page.mouse.up();
  await expect.poll(() => board.cardNames('Development')).toEqual(shownWhileDragging);
  // The app says a move is done once it is stored; a reload before that may cut it short.
  await expect(board.liveRegion()).toHaveText(/^Moved Receipt Scanner to Development/);
  await page.reload();
  await expect.poll(() => board.cardNames('Development')).toEqual(shownWhileDragging);
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Team Budgets']);
});

test('mouse: dragging within a stage reorders it', async ({ board, page }) => {
  await board.createProduct('First');
  await board.createProduct('Second');
  await board.createProduct('Third');
  const third = await centre(board, 'Third');
  const first = await centre(board, 'First');
  await dragTo(page, third, { x: first.x, y: first.top + 4 });
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Third', 'First', 'Second']);
  await expect(board.liveRegion()).toHaveText(/^Moved Third within Ideation, position 1 of 3/);
  await page.reload();
  await expect.poll(() => board.cardNames('Ideation')).toEqual(['Third', 'First', 'Second']);
});

test('"Move to" needs no drag: from the card menu and from the product details', async ({
  board,
  page,
}) => {
  await board.createProduct('Mover');
  await board.card('Mover').getByRole('button', { name: 'Actions for Mover' }).click();
  await page.getByRole('menuitem', { name: 'Move to' }).click();
  await page.getByRole('menuitem', { name: 'Maturity' }).click();
  await expect(board.column('Maturity').getByRole('button', { name: /^Mover/ })).toBeVisible();

  await board.cardButton('Mover').click();
  const workspace = board.workspace('Mover');
  // One choice moves it: no separate "Move" button to press.
  await workspace.getByRole('button', { name: /move to another stage/ }).click();
  await page.getByRole('menuitem', { name: 'Decline' }).click();
  await expect(workspace.locator('.workspace-meta .stage-badge')).toHaveText('Decline');
  await expect(page.locator('.toast')).toContainText('Moved “Mover” to Decline.');
  await page.keyboard.press('Control+z');
  await expect(workspace.locator('.workspace-meta .stage-badge')).toHaveText('Maturity');
  await page.keyboard.press('Control+Shift+z');
  await expect(workspace.locator('.workspace-meta .stage-badge')).toHaveText('Decline');
  await page.keyboard.press('Escape');
  await expect(board.column('Decline').getByRole('button', { name: /^Mover/ })).toBeVisible();
});
