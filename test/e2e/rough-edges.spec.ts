/**
 * Small things a new user met, each as they would meet it: the backlog at 1280×720, the
 * feedback form's item, closing the loop, the remembered sort, one-step moves, consistent
 * item menus, and plan copies' names.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportPlan, importFile } from './plan-io-helpers';

/** Elements of `within` whose text runs past their box. */
function clipped(within: Locator, selector: string) {
  return within
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => (e as HTMLInputElement).value ?? e.textContent),
    );
}

test('at 1280×720 the backlog shows every title and choice whole, with no sideways scroll', async ({
  board,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await board.loadSample();
  const workspace = await board.openSection('Cash Flow Forecast', 'Backlog');
  const table = workspace.locator('.backlog-table-wrap');
  await expect(
    workspace.getByRole('textbox', { name: 'Title of Forecast alerts by email' }),
  ).toBeVisible();
  expect(await clipped(workspace, '.cell-title, .cell-select')).toEqual([]);
  expect(await table.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);

  // A title far longer than the column wraps instead of being cut.
  const title = workspace.getByRole('textbox', { name: 'Title of What-if scenarios' });
  await title.fill(
    'What-if scenarios for hiring, a price change, a lost customer and a late-paying client',
  );
  await title.press('Enter');
  expect(await clipped(workspace, '.cell-title')).toEqual([]);
  expect(await table.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
});

test('at 1280×720 the toolbar shows every button whole, Settings and New product too', async ({
  board,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await board.loadSample();
  const toolbar = page.getByRole('banner');
  for (const name of ['Show archived', 'File', 'Settings', 'New product']) {
    await expect(
      toolbar.getByRole('button', { name, exact: name !== 'Show archived' }),
    ).toBeInViewport({
      ratio: 1,
    });
  }
  expect(await toolbar.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
});

test('the feedback form keeps the backlog item it backs for the next entry', async ({ board }) => {
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'Feedback');
  const form = workspace.getByRole('form', { name: 'Add feedback' });
  const backs = form.getByRole('combobox', { name: 'Backs backlog item' });
  await backs.selectOption({ label: 'Dark mode' });
  const darkMode = await backs.inputValue();
  for (const quote of ['Too bright at night.', 'My eyes hurt after six.']) {
    await form.getByLabel('Quote').fill(quote);
    await form.getByRole('button', { name: 'Add feedback' }).click();
    await expect(workspace.locator('tr[data-record-id]', { hasText: quote })).toBeVisible();
    await expect(backs).toHaveValue(darkMode);
  }
  // Both entries back the item chosen once.
  const rows = workspace.locator('tr[data-record-id]', { hasText: /Too bright|My eyes/ });
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row.getByRole('combobox')).toHaveValue(darkMode);
});

test('sorting by RICE score is remembered when leaving the section and after a reload', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'Backlog');
  const sort = workspace.getByRole('combobox', { name: 'Sort by' });
  await sort.selectOption({ label: 'RICE score' });
  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Feedback' })
    .click();
  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Backlog' })
    .click();
  await expect(sort).toHaveValue('score');
  await page.reload();
  await expect(workspace.getByRole('combobox', { name: 'Sort by' })).toHaveValue('score');
  // Each product keeps its own order.
  await board.backToBoard();
  const other = await board.openSection('Payroll Lite', 'Backlog');
  await expect(other.getByRole('combobox', { name: 'Sort by' })).toHaveValue('manual');
});

test('an unreadable remembered arrangement is ignored, not trusted', async ({ board, page }) => {
  await page.evaluate(() =>
    localStorage.setItem(
      'lifecycle-planner:view-prefs',
      '{"state":{"backlog":{"x":{"sort":"chaos"}}},"version":1}',
    ),
  );
  await page.reload();
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'Backlog');
  await expect(workspace.getByRole('combobox', { name: 'Sort by' })).toHaveValue('manual');
});

test('closing the loop: a told customer is a ticked “Told” box, untold an empty one', async ({
  board,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'Feedback');
  const loop = workspace.getByRole('region', { name: 'Close the loop' });
  const jonas = loop.getByRole('checkbox', { name: 'Told Jonas K. about Bank rules' });
  await expect(jonas).not.toBeChecked();
  await expect(loop.getByRole('button', { name: /Not told/ })).toHaveCount(0);
  // The box shows ticked once the change is saved, never before.
  await jonas.click();
  await expect(jonas).toBeChecked();
  await expect(loop).toContainText('1 of 2 told');
  await jonas.click();
  await expect(loop).toContainText('0 of 2 told');
});

async function roadmapItemMenu(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Roadmap' })
    .click();
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  return page.getByRole('menu');
}

test('a roadmap item’s menu is named and ordered like a card’s: Actions, open first', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await board
    .card('Ledger Desktop')
    .getByRole('button', { name: 'Actions for Ledger Desktop' })
    .click();
  await expect(page.getByRole('menuitem').first()).toHaveText('Open…');
  await page.keyboard.press('Escape');

  const menu = await roadmapItemMenu(page, 'Dark mode');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Open in backlog…',
    'Move to Now',
    'Move to Next',
    'Move to Later',
  ]);
  await menu.getByRole('menuitem', { name: 'Move to Now' }).click();
  await expect(page.getByRole('region', { name: /^Now\b/ })).toContainText('Dark mode');
  const again = await roadmapItemMenu(page, 'Dark mode');
  await again.getByRole('menuitem', { name: 'Open in backlog…' }).click();
  await expect(
    board.workspace('Ledger Desktop').getByRole('textbox', { name: 'Title of Dark mode' }),
  ).toBeFocused();
});

test('two copies of the same plan are “(copy)” and “(copy 2)”', async ({ board, page }) => {
  await board.loadSample();
  const file = await exportPlan(page);
  for (let n = 0; n < 2; n += 1) {
    await importFile(page, file.name, file.text);
    const dialog = page.getByRole('dialog', { name: `Import “${file.name}”` });
    await expect(dialog.getByRole('radio', { name: 'As a new copy' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  await page.getByRole('button', { name: /^Plan: / }).click();
  const names = await page.getByRole('menuitemradio').allInnerTexts();
  expect(names.sort()).toEqual(
    ['My portfolio', 'My portfolio (copy 2)', 'My portfolio (copy)'].sort(),
  );
});
