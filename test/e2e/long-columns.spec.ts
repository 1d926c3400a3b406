/**
 * A stage holding hundreds of products: the column draws only the cards in view, scrolls to
 * the rest, and keyboard moves and focus still reach cards that were not drawn a moment ago.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { emptyProductLinks, type Product } from '../../shared/domain/product';
import { buildPlanFile, serializePlanFile } from '../../shared/plan-file/serialize';
import type { Page } from '@playwright/test';
import { expect, test, type BoardPage } from './fixtures';
import { importFile } from './plan-io-helpers';

const COUNT = 300;
const AT = '2026-03-01T09:00:00.000Z';

function longPlan(): string {
  const plan = { id: 'plan-long', name: 'Long column', createdAt: AT, updatedAt: AT };
  const ranks = generateNKeysBetween(null, null, COUNT);
  const products: Product[] = ranks.map((rank, i) => ({
    id: `p-${String(i).padStart(4, '0')}`,
    planId: plan.id,
    name: `Product ${String(i + 1).padStart(3, '0')}`,
    summary: '',
    owner: '',
    tags: [],
    stage: 'development',
    rank,
    stageHistory: [{ stage: 'development', enteredAt: AT }],
    archived: false,
    ...emptyProductLinks(),
    createdAt: AT,
    updatedAt: AT,
  }));
  return serializePlanFile(buildPlanFile({ plan, products, deletions: [] }));
}

/** Imports the plan and gives its long column once its cards are in. */
async function importLongColumn(page: Page, board: BoardPage) {
  await importFile(page, 'long.lcplan', longPlan());
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const column = board.column('Development');
  await expect(column.getByRole('heading', { name: /^Development 300 products/ })).toBeVisible();
  return column;
}

test('a column of 300 products draws a few, scrolls to the last, and moves it by keyboard', async ({
  board,
  page,
}) => {
  const column = await importLongColumn(page, board);
  const drawn = await column.locator('li.card').count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(40);

  // Scrolled to the end, the last product is drawn, and it moves by keyboard like any card.
  await column.locator('.column-scroll').evaluate((box) => (box.scrollTop = box.scrollHeight));
  const last = board.cardButton('Product 300');
  await expect(last).toBeVisible();
  await last.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(board.liveRegion()).toHaveText(
    /Moved Product 300 within Development, position 299 of 300/,
  );
  await expect(board.cardButton('Product 300')).toBeFocused();

  // Moving it to the next stage and back brings focus home to a column scrolled elsewhere.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(board.column('Launch').getByRole('button', { name: /^Product 300/ })).toBeFocused();
  await column.locator('.column-scroll').evaluate((box) => (box.scrollTop = 0));
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(column.getByRole('button', { name: /^Product 300/ })).toBeFocused();
});

test('each drawn card says where it stands in its column, and a printout draws every card', async ({
  board,
  page,
}) => {
  const column = await importLongColumn(page, board);
  const first = column.locator('li.card').first();
  await expect(first).toHaveAttribute('aria-posinset', '1');
  await expect(first).toHaveAttribute('aria-setsize', String(COUNT));

  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(column.locator('li.card')).toHaveCount(COUNT);
  await expect(column.locator('li.card').last()).toHaveAttribute('aria-posinset', String(COUNT));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => column.locator('li.card').count()).toBeLessThan(40);
});
