/**
 * The toolbar's search through the web build: it still filters the board, and lists every
 * kind of record that matches, grouped by kind; choosing one opens it where it lives.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

test('lists matches grouped by kind while the board filters its cards', async ({ board, page }) => {
  await board.loadSample();
  const search = searchBox(page);
  await search.fill('forecast');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await expect(results(page).getByRole('group')).toHaveText([
    /^Products · 1Cash Flow Forecast/,
    /^Backlog items · 1Forecast alerts by email/,
  ]);
  await expect(page.locator('li.card')).toHaveCount(1);
  await expect(page.getByRole('option')).toHaveCount(2);
});

test('opens a backlog item in its product’s backlog, by keyboard, with the item focused', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const search = searchBox(page);
  await search.fill('alerts email');
  const option = page.getByRole('option', { name: /Forecast alerts by email/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id')) ?? '',
  );
  await search.press('Enter');
  const workspace = board.workspace('Cash Flow Forecast');
  await expect(workspace.getByRole('heading', { level: 2, name: 'Backlog' })).toBeVisible();
  await expect(
    workspace.getByRole('textbox', { name: 'Title of Forecast alerts by email' }),
  ).toBeFocused();
});

test('finds feedback by quote or customer, and opens it in Feedback even past a filter', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'Feedback');
  await workspace
    .getByRole('group', { name: 'Filter feedback' })
    .getByRole('combobox', { name: 'Sentiment' })
    .selectOption({ label: 'Positive' });
  await expect(workspace.locator('tr[data-record-id]')).toHaveCount(0);

  const search = searchBox(page);
  await search.fill('payee rules');
  const option = results(page).getByRole('option', { name: /re-type the same payee rules/ });
  await expect(option).toContainText('Jonas K.');
  await option.click();
  const row = workspace.locator('tr[data-record-id]', { hasText: 'Jonas K.' });
  await expect(row).toBeVisible();
  await expect(row).toBeFocused();

  await search.fill('studio lumen');
  await expect(results(page).getByRole('group', { name: /Feedback/ })).toContainText('Too pricey');
});

test('opens KPIs, milestones, releases, personas and competitors where they live', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const search = searchBox(page);
  const open = async (text: string, option: RegExp) => {
    await search.fill(text);
    await results(page).getByRole('option', { name: option }).click();
  };

  await open('retention', /Net revenue retention/);
  await expect(page.getByRole('heading', { level: 2, name: 'KPIs' })).toBeVisible();
  await expect(page.locator('[data-record-id][data-revealed]')).toContainText(
    'Net revenue retention',
  );

  await open('licence', /Licence approval/);
  await expect(page.getByRole('heading', { level: 2, name: 'Milestones' })).toBeVisible();

  await open('8.4', /8\.4/);
  await expect(page.getByRole('heading', { level: 2, name: 'Changelog' })).toBeVisible();

  await open('nordics', /BooksNow/);
  const people = page.getByRole('dialog', { name: 'Personas and competitors' });
  await expect(people).toBeVisible();
  await expect(people.locator('tr', { hasText: 'BooksNow' })).toBeFocused();
});

test('follows edits: a renamed item is found by its new title at once', async ({ board, page }) => {
  await board.loadSample();
  const search = searchBox(page);
  await search.fill('what-if');
  await expect(results(page).getByRole('option')).toHaveCount(1);
  await search.press('Enter');
  const workspace = board.workspace('Cash Flow Forecast');
  const title = workspace.getByRole('textbox', { name: 'Title of What-if scenarios' });
  await title.fill('Scenario planner');
  await title.press('Enter');
  await expect(workspace.getByRole('textbox', { name: 'Title of Scenario planner' })).toBeVisible();

  await search.fill('scenario planner');
  await expect(results(page).getByRole('option', { name: /Scenario planner/ })).toBeVisible();
  await search.fill('what-if');
  await expect(page.locator('.search-status')).toHaveText('Nothing matches.');
  await expect(search).toHaveAttribute('aria-expanded', 'false');
});

test('finds an experiment by its hypothesis and opens it in Experiments', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const search = searchBox(page);
  await search.fill('accountants advise');
  await expect(results(page).getByRole('group')).toHaveText([
    /^Experiments · 1Referral month free/,
  ]);
  await search.press('Enter');
  const workspace = board.workspace('Payroll Lite');
  await expect(workspace.getByRole('heading', { level: 2, name: 'Experiments' })).toBeVisible();
  await expect(workspace.getByRole('article', { name: 'Referral month free' })).toBeFocused();
});
