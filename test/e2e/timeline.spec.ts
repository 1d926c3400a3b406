/** The portfolio timeline over the sample portfolio, driven by role and name like a user. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The sample's products that are not archived, in board order (stage, then rank). */
const SAMPLE_ROWS = [
  'Receipt Scanner',
  'Team Budgets',
  'Invoice Autopilot',
  'Open Banking Connect',
  'Cash Flow Forecast',
  'Expense Cards',
  'Payroll Lite',
  'Ledger Desktop',
  'Tax Filing Assistant',
  'Fax Gateway',
];

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const rowNames = (page: Page) => timeline(page).locator('.timeline-name-text');
const tickLabels = (page: Page) => timeline(page).locator('.timeline-tick');

test.beforeEach(async ({ board, page }) => {
  await board.loadSample();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Timeline' })
    .click();
  await expect(page).toHaveURL(/#\/timeline$/);
});

test('shows every product that is not archived as a row, and a line for today', async ({
  page,
}) => {
  const rows = timeline(page).getByRole('list', { name: 'Products' }).getByRole('listitem');
  await expect(rows).toHaveCount(SAMPLE_ROWS.length);
  await expect(rowNames(page)).toHaveText(SAMPLE_ROWS);
  await expect(page.getByTestId('timeline-today')).toBeVisible();
  await expect(timeline(page).locator('.timeline-today-label')).toHaveText('Today');

  // The facts in words: stage spans with dates and lengths, and milestones.
  const ledger = timeline(page).getByRole('button', { name: 'Ledger Desktop', exact: true });
  await expect(ledger).toHaveAccessibleDescription(
    /^Maturity\. Ideation from .+ to .+; Development from .+; Maturity since .+ so far\.$/,
  );
  const openBanking = timeline(page).getByRole('button', { name: 'Open Banking Connect' });
  await expect(openBanking).toHaveAccessibleDescription(
    /Launch planned from .+\. Milestone: Licence approval, .+, overdue\.$/,
  );
  const overdue = timeline(page).locator(
    '.timeline-track .timeline-milestone[data-status="overdue"]',
  );
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toHaveAttribute('title', /^Licence approval · .+ · overdue$/);
});

test('follows the board’s search and “Show archived”', async ({ page }) => {
  await page.getByRole('button', { name: /Show archived/ }).click();
  await expect(rowNames(page)).toHaveCount(SAMPLE_ROWS.length + 1);
  await expect(timeline(page).getByRole('button', { name: 'Paper Statements' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Search' }).fill('daniel');
  await expect(rowNames(page)).toHaveText(['Payroll Lite', 'Fax Gateway', 'Paper Statements']);
  await expect(timeline(page)).toContainText('3 of 11 products match the search');
});

test('zooms by month, quarter and year, with the buttons and with + and −', async ({ page }) => {
  const zoom = timeline(page).getByRole('group', { name: 'Zoom' });
  await expect(zoom.getByRole('button', { name: 'Quarter' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(tickLabels(page).first()).toHaveText(/^Q[1-4] \d{4}$/);

  await zoom.getByRole('button', { name: 'Month' }).click();
  await expect(zoom.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tickLabels(page).first()).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
  await expect(page.getByTestId('timeline-today')).toBeInViewport();

  await zoom.getByRole('button', { name: 'Year' }).click();
  await expect(tickLabels(page).first()).toHaveText(/^\d{4}$/);
  const years = await tickLabels(page).allInnerTexts();
  expect(years.map(Number)).toEqual(years.map((_, i) => Number(years[0]) + i));

  // "+" zooms in a step, "−" out.
  await page.keyboard.press('+');
  await expect(zoom.getByRole('button', { name: 'Quarter' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('-');
  await expect(zoom.getByRole('button', { name: 'Year' })).toHaveAttribute('aria-pressed', 'true');
});

test('by keyboard: Tab to the rows, arrows move between products, Enter opens one', async ({
  page,
  board,
}) => {
  await timeline(page).getByRole('button', { name: 'Today' }).focus();
  await page.keyboard.press('Tab');
  const first = timeline(page).getByRole('button', { name: SAMPLE_ROWS[0] });
  await expect(first).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(timeline(page).getByRole('button', { name: 'Invoice Autopilot' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(timeline(page).getByRole('button', { name: 'Fax Gateway' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(timeline(page).getByRole('button', { name: 'Tax Filing Assistant' })).toBeFocused();

  // Left and Right pan the chart by one unit; focus stays on the row.
  const scroller = timeline(page).locator('.timeline-scroller');
  const before = await scroller.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeLessThan(before - 100);
  const panned = await scroller.evaluate((el) => el.scrollLeft);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(panned);
  await expect(timeline(page).getByRole('button', { name: 'Tax Filing Assistant' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(board.workspace('Tax Filing Assistant')).toBeVisible();
  await expect(page).toHaveURL(/#\/product\/[^/]+\/overview$/);

  // Back returns to the timeline it was opened from, not to the board.
  await page.getByRole('button', { name: 'Back to timeline' }).click();
  await expect(page).toHaveURL(/#\/timeline$/);
  await expect(timeline(page).getByRole('button', { name: 'Tax Filing Assistant' })).toBeVisible();
});

test('a click on a row’s chart opens that product', async ({ page, board }) => {
  await timeline(page).locator('li[data-product-id]').nth(7).locator('.timeline-track').click();
  await expect(board.workspace('Ledger Desktop')).toBeVisible();
});

test('the “Today” button brings today back into view', async ({ page }) => {
  const scroller = timeline(page).locator('.timeline-scroller');
  await scroller.evaluate((el) => {
    el.scrollLeft = 0;
  });
  await expect(page.getByTestId('timeline-today')).not.toBeInViewport();
  await timeline(page).getByRole('button', { name: 'Today' }).click();
  await expect(page.getByTestId('timeline-today')).toBeInViewport();
});

test('follows a milestone marked done, and its undo while the timeline is open', async ({
  page,
}) => {
  const marks = timeline(page).locator('.timeline-track .timeline-milestone');
  const licence = marks.and(page.locator('[title^="Licence approval"]'));
  await timeline(page).getByRole('button', { name: 'Open Banking Connect' }).click();
  await page
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Milestones', exact: true })
    .click();
  const done = page.getByRole('checkbox', { name: 'Licence approval done' });
  await done.check();
  await expect(done).toBeChecked();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Timeline' })
    .click();
  await expect(licence).toHaveAttribute('data-status', 'done');
  await expect(marks.and(page.locator('[data-status="overdue"]'))).toHaveCount(0);

  // Undone from the timeline itself: it shows the milestone overdue again without a reload.
  await page.keyboard.press('Control+z');
  await expect(licence).toHaveAttribute('data-status', 'overdue');
});
