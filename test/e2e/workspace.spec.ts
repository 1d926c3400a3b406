/**
 * The product workspace end to end, as the product manager of one product uses it in one
 * sitting: a scored backlog, feedback behind an item, shipping it and seeing who to tell, a
 * KPI falling below target and the card saying so; then a reload, and all of it is there.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PRODUCT = 'Payroll Lite';

async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

async function estimate(workspace: Locator, title: string, values: string[]) {
  const [reach, impact, confidence, effort] = values as [string, string, string, string];
  for (const [field, value] of [
    ['Reach', reach],
    ['Confidence', confidence],
    ['Effort', effort],
  ] as const) {
    const input = workspace.getByRole('textbox', { name: `${field} of ${title}`, exact: true });
    await input.fill(value);
    await input.press('Enter');
  }
  await workspace.getByRole('combobox', { name: `Impact of ${title}` }).selectOption(impact);
}

const titles = (workspace: Locator) =>
  workspace
    .getByRole('textbox', { name: /^Title of / })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

async function addFeedback(workspace: Locator, customer: string, quote: string, item: string) {
  const form = workspace.getByRole('form', { name: 'Add feedback' });
  await form.getByRole('textbox', { name: 'Customer or segment' }).fill(customer);
  await form.getByRole('combobox', { name: 'Backs backlog item' }).selectOption({ label: item });
  await form.getByRole('textbox', { name: 'Quote' }).fill(quote);
  await form.getByRole('button', { name: 'Add feedback' }).click();
  await expect(workspace.locator('table.feedback-table')).toContainText(quote);
}

test('a product’s backlog, feedback, shipping and KPI, kept across a reload', async ({
  board,
  page,
}) => {
  test.setTimeout(90_000);
  await board.createProduct(PRODUCT);
  await board.cardButton(PRODUCT).click();
  const workspace = board.workspace(PRODUCT);
  await openSection(page, 'Backlog');

  const newItem = workspace.getByRole('textbox', { name: 'New backlog item' });
  for (const title of ['Holiday tracking', 'Payslip PDFs', 'Referral rewards']) {
    await newItem.fill(title);
    await newItem.press('Enter');
    await expect(workspace.getByRole('textbox', { name: `Title of ${title}` })).toBeVisible();
  }
  await estimate(workspace, 'Holiday tracking', ['400', '1', '80', '2']); // 160
  await estimate(workspace, 'Payslip PDFs', ['900', '0.5', '100', '1']); // 450
  await estimate(workspace, 'Referral rewards', ['2000', '2', '50', '4']); // 500
  await workspace.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'RICE score' });
  await expect
    .poll(() => titles(workspace))
    .toEqual(['Referral rewards', 'Payslip PDFs', 'Holiday tracking']);

  await openSection(page, 'Feedback');
  await addFeedback(workspace, 'Kiel Bakery', 'We would refer three friends', 'Referral rewards');
  await addFeedback(workspace, 'Studio Lumen', 'A reward would get us talking', 'Referral rewards');

  await openSection(page, 'Backlog');
  const referral = page.getByRole('textbox', { name: 'Title of Referral rewards' });
  await expect(workspace.getByRole('rowheader').filter({ has: referral })).toContainText(
    '2 entries · 2 customers',
  );
  await workspace
    .getByRole('combobox', { name: 'Status of Referral rewards' })
    .selectOption({ label: 'Shipped' });
  const loop = workspace.getByRole('region', { name: 'Close the loop' });
  const asked = loop.getByRole('list', { name: 'Customers who asked for Referral rewards' });
  await expect(asked.getByRole('listitem')).toHaveText([/Kiel Bakery/, /Studio Lumen/]);
  await loop.getByRole('checkbox', { name: 'Told Kiel Bakery about Referral rewards' }).click();
  await expect(loop).toContainText('1 of 2 told');

  await openSection(page, 'KPIs');
  await workspace.getByRole('button', { name: 'Add KPI' }).click();
  const dialog = page.getByRole('dialog', { name: 'New KPI' });
  await dialog.getByLabel('Name').fill('Monthly active companies');
  await dialog.getByLabel('Target').fill('1500');
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  const kpi = workspace.getByRole('region', { name: 'Monthly active companies' });
  await kpi.getByLabel('Value', { exact: true }).fill('1410');
  await kpi.getByRole('button', { name: 'Add value' }).click();
  await expect(kpi.getByText('Off track', { exact: true })).toBeVisible();

  await board.backToBoard();
  await expect(board.card(PRODUCT).locator('[data-kpi-status]')).toHaveText('Off track');

  await page.reload();
  await expect(board.card(PRODUCT).locator('[data-kpi-status]')).toHaveText('Off track');
  await board.cardButton(PRODUCT).click();
  await openSection(page, 'Backlog');
  await workspace.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'RICE score' });
  await expect
    .poll(() => titles(workspace))
    .toEqual(['Referral rewards', 'Payslip PDFs', 'Holiday tracking']);
  await expect(workspace.getByRole('combobox', { name: 'Status of Referral rewards' })).toHaveValue(
    'shipped',
  );
  await expect(workspace.getByRole('region', { name: 'Close the loop' })).toContainText(
    '1 of 2 told',
  );
  await openSection(page, 'Feedback');
  await expect(workspace.locator('table.feedback-table tbody tr')).toHaveCount(2);
  await openSection(page, 'KPIs');
  await expect(
    workspace.getByRole('region', { name: 'Monthly active companies' }).getByText('Off track', {
      exact: true,
    }),
  ).toBeVisible();
});
