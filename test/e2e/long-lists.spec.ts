/**
 * A product with hundreds of backlog items and feedback entries: the roadmap's columns, the
 * backlog table and the feedback table draw only the rows in view, and scrolling, keyboard
 * moves and focus still reach rows that were not drawn a moment ago.
 */
import type { Page } from '@playwright/test';
import { generateNKeysBetween } from 'fractional-indexing';
import { emptyProductLinks, type Product } from '../../shared/domain/product';
import type { BacklogItem, Feedback } from '../../shared/domain/workspace';
import { buildPlanFile, serializePlanFile } from '../../shared/plan-file/serialize';
import { expect, test } from './fixtures';
import { importFile } from './plan-io-helpers';

const COUNT = 300;
const AT = '2026-03-01T09:00:00.000Z';
const PLAN = 'plan-long-lists';
const PRODUCT = 'p-long';
const number = (i: number) => String(i + 1).padStart(3, '0');

function longPlan(): string {
  const plan = { id: PLAN, name: 'Long lists', createdAt: AT, updatedAt: AT };
  const stamps = { planId: PLAN, productId: PRODUCT, createdAt: AT, updatedAt: AT };
  const product: Product = {
    id: PRODUCT,
    planId: PLAN,
    name: 'Ledger Cloud',
    summary: '',
    owner: '',
    tags: [],
    stage: 'development',
    rank: 'a0',
    stageHistory: [{ stage: 'development', enteredAt: AT }],
    archived: false,
    ...emptyProductLinks(),
    createdAt: AT,
    updatedAt: AT,
  };
  const ranks = generateNKeysBetween(null, null, COUNT);
  const backlogItems: BacklogItem[] = ranks.map((rank, i) => ({
    ...stamps,
    id: `b-${number(i)}`,
    title: `Item ${number(i)}`,
    description: '',
    status: 'idea',
    moscow: null,
    reach: null,
    impact: null,
    confidence: null,
    effort: null,
    rank: rank as string,
    horizon: 'later',
    milestoneId: null,
    releaseId: null,
    shippedOn: null,
  }));
  const feedback: Feedback[] = backlogItems.map((item, i) => ({
    ...stamps,
    id: `f-${number(i)}`,
    source: 'interview',
    customer: `Customer ${number(i)}`,
    quote: `Quote ${number(i)}`,
    // One a day: the list shows the newest first, so Customer 001 comes last.
    date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
    sentiment: 'positive',
    backlogItemId: null,
    notifiedAt: null,
  }));
  return serializePlanFile(
    buildPlanFile({ plan, products: [product], backlogItems, feedback, deletions: [] }),
  );
}

async function loadLongPlan(page: Page) {
  await importFile(page, 'long-lists.lcplan', longPlan());
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('li.card')).toHaveCount(1);
}

/** Scrolls the box that scrolls the element to its end. */
async function scrollToEnd(page: Page, selector: string) {
  await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      for (let node: HTMLElement | null = element as HTMLElement; node; node = node.parentElement) {
        const { overflowY } = getComputedStyle(node);
        if (
          (overflowY === 'auto' || overflowY === 'scroll') &&
          node.scrollHeight > node.clientHeight
        ) {
          node.scrollTop = node.scrollHeight;
          return;
        }
      }
    });
}

test('a roadmap column of 300 items draws a few, and a keyboard move finds its item again', async ({
  board,
  page,
}) => {
  await loadLongPlan(page);
  await page.evaluate(() => (window.location.hash = '#/roadmap'));
  const later = page.getByRole('region', { name: /^Later\b/ });
  await expect(later.getByRole('heading', { name: 'Later 300 items' })).toBeVisible();
  const drawn = await later.locator('li.roadmap-card').count();
  expect(drawn).toBeGreaterThan(3);
  expect(drawn).toBeLessThan(60);

  await scrollToEnd(page, '[data-horizon="later"] .roadmap-cards');
  const last = later.getByRole('button', { name: 'Item 300', exact: true });
  await expect(last).toBeVisible();
  await last.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(board.liveRegion()).toHaveText('Moved Item 300 to Next.');
  const next = page.getByRole('region', { name: /^Next\b/ });
  await expect(next.getByRole('button', { name: 'Item 300', exact: true })).toBeFocused();

  // Back to a column scrolled to its top: the item is drawn again and takes focus.
  await later.locator('.roadmap-cards').evaluate((list) => (list.scrollTop = 0));
  await page.keyboard.press('Alt+ArrowRight');
  await expect(later.getByRole('button', { name: 'Item 300', exact: true })).toBeFocused();
});

test('a backlog and feedback of 300 each draw the rows in view and scroll to the last', async ({
  board,
  page,
}) => {
  await loadLongPlan(page);
  await page.evaluate((id) => (window.location.hash = `#/product/${id}/backlog`), PRODUCT);
  const table = page.getByRole('table', { name: /Backlog of Ledger Cloud/ });
  await expect(table.getByRole('textbox', { name: 'Title of Item 001' })).toBeVisible();
  const rows = await table.locator('tbody tr.backlogItem-row').count();
  expect(rows).toBeGreaterThan(3);
  expect(rows).toBeLessThan(60);

  await scrollToEnd(page, '.backlog-table');
  const lastTitle = table.getByRole('textbox', { name: 'Title of Item 300' });
  await expect(lastTitle).toBeVisible();
  await lastTitle.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(board.liveRegion()).toContainText('Item 300');
  await expect(table.locator('tbody tr.backlogItem-row').last()).toHaveAttribute(
    'data-record-id',
    'b-299',
  );
  await expect(lastTitle).toBeFocused();

  await page.evaluate((id) => (window.location.hash = `#/product/${id}/feedback`), PRODUCT);
  const entries = page.locator('.feedback-table tbody tr[data-feedback-id]');
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeLessThan(60);
  await expect(page.getByText('Customer 001', { exact: true })).toHaveCount(0);
  await scrollToEnd(page, '.feedback-table');
  await expect(page.getByText('Customer 001', { exact: true })).toBeVisible();
});
