/**
 * The roadmap and the health view show the sample portfolio as a PM would read it, and an
 * item moved from Next to Now stays there after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function showView(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

const horizon = (page: Page, name: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${name}\\b`) });

test('the roadmap places open items in Now, Next and Later; a move to Now persists', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await showView(page, 'Roadmap');
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  // In progress → Now; planned → Next; ideas → Later; shipped items are off the roadmap.
  await expect(horizon(page, 'Now')).toContainText('Lower-price Starter plan');
  await expect(horizon(page, 'Next')).toContainText('Snap and categorise');
  await expect(horizon(page, 'Later')).toContainText('Dark mode');
  await expect(page.locator('.roadmap')).not.toContainText('Bank rules');

  const item = horizon(page, 'Next').getByRole('button', {
    name: 'Snap and categorise',
    exact: true,
  });
  await item.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(board.liveRegion()).toHaveText('Moved Snap and categorise to Now.');
  await expect(
    horizon(page, 'Now').getByRole('button', { name: 'Snap and categorise', exact: true }),
  ).toBeFocused();

  await page.reload();
  await expect(horizon(page, 'Now')).toContainText('Snap and categorise');
  await expect(horizon(page, 'Next')).not.toContainText('Snap and categorise');

  // Every live product is offered by name (the archived one is not), once the items are in.
  const productFilter = page.getByLabel('Product', { exact: true });
  await expect(productFilter.locator('option')).toHaveCount(11);
  await expect(productFilter.locator('option').nth(1)).toHaveText('Cash Flow Forecast');
  await expect(productFilter.locator('option', { hasText: 'Paper Statements' })).toHaveCount(0);

  // Filters narrow it; a title opens the product's backlog.
  await productFilter.selectOption({ label: 'Ledger Desktop' });
  await expect(horizon(page, 'Now')).not.toContainText('Snap and categorise');
  await horizon(page, 'Later').getByRole('button', { name: 'Dark mode', exact: true }).click();
  await expect(board.workspace('Ledger Desktop')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Backlog' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to roadmap' }).click();
  await expect(page).toHaveURL(/#\/roadmap$/);

  // Every tag of the live products is offered once, and one narrows it to its products.
  const tagFilter = page.getByLabel('Tag', { exact: true });
  await expect(tagFilter.locator('option')).toHaveCount(15);
  await tagFilter.selectOption({ label: 'desktop' });
  await expect(horizon(page, 'Now')).toContainText('Lower-price Starter plan');
  await expect(horizon(page, 'Now')).not.toContainText('Consent renewal reminders');
  await expect(tagFilter).toHaveValue('desktop');
});

test('the health view shows stages, stuck products, KPIs off target and late milestones', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await showView(page, 'Health');
  const perStage = page.getByRole('region', { name: 'Products per stage' });
  await expect(perStage.getByRole('row', { name: /^Development/ })).toContainText('2');
  await expect(perStage.getByRole('row', { name: /^Decline/ })).toContainText('1');
  await expect(page.getByRole('region', { name: 'Longest in their stage' })).toContainText(
    /Ledger Desktop\s*3 years in Maturity/,
  );
  const offTarget = page.getByRole('region', { name: 'KPIs off target' });
  await expect(offTarget).toContainText('Trial to paid');
  await expect(offTarget).toContainText('Faxes sent');
  await expect(offTarget).not.toContainText('Card spend');
  const overdue = page.getByRole('region', { name: 'Overdue milestones' });
  await expect(overdue).toContainText('Licence approval');
  await expect(overdue).toContainText('12 days overdue');
  await expect(page.getByRole('region', { name: 'Feedback volume' })).toContainText(
    /Ledger Desktop\s*3 entries/,
  );
  await overdue.getByRole('button', { name: 'Open Banking Connect' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Milestones' })).toBeVisible();
});
