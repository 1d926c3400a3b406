/**
 * Commands through the web build: the command palette, the shortcut sheet, the user guide,
 * the labelled File menu, and Redo on Ctrl+Y. Everything by role and name, keyboard first.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const paletteInput = (page: Page) =>
  palette(page).getByRole('combobox', { name: 'Command, product or backlog item' });

test('the palette lists every command with its shortcut and runs one with Enter', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page.locator('body').press('Control+k');
  await expect(paletteInput(page)).toBeFocused();
  const commands = palette(page).getByRole('group', { name: 'Commands' });
  await expect(commands.getByRole('option', { name: /^Import plan…/ })).toContainText('Ctrl+I');
  await expect(commands.getByRole('option', { name: /^Open…/ })).toContainText('Ctrl+O');
  await expect(commands.getByRole('option', { name: /^Export plan…/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+E',
  );

  await paletteInput(page).fill('prod csv');
  const first = palette(page).getByRole('option').first();
  await expect(first).toHaveText(/^Export products as CSV…/);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const downloading = page.waitForEvent('download');
  await paletteInput(page).press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.csv$/);
  await expect(palette(page)).toBeHidden();
});

test('the palette opens products and backlog items by fuzzy name, keyboard only', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page.locator('body').press('Control+k');
  await paletteInput(page).fill('ldgr dsk');
  const product = palette(page)
    .getByRole('group', { name: 'Products' })
    .getByRole('option', { name: /Ledger Desktop/ });
  await expect(product).toBeVisible();
  // Arrow keys move the active option; the field keeps the focus and names it.
  await paletteInput(page).press('ArrowDown');
  await paletteInput(page).press('ArrowUp');
  const active = await paletteInput(page).getAttribute('aria-activedescendant');
  expect(active).toBe(await palette(page).getByRole('option').first().getAttribute('id'));
  await paletteInput(page).press('Enter');
  await expect(board.workspace('Ledger Desktop')).toBeVisible();

  await page.locator('body').press('Control+k');
  await paletteInput(page).fill('paymnt remindrs');
  await palette(page)
    .getByRole('group', { name: 'Backlog items' })
    .getByRole('option', { name: /Polite payment reminders/ })
    .click();
  const workspace = board.workspace('Invoice Autopilot');
  await expect(workspace.getByRole('heading', { level: 2, name: 'Backlog' })).toBeVisible();
  await expect(
    workspace.getByRole('textbox', { name: 'Title of Polite payment reminders' }),
  ).toBeFocused();
});

test('the palette offers only what can run now, and Escape closes it', async ({ board, page }) => {
  await board.createProduct('Solo');
  await page.locator('body').press('Control+k');
  const options = palette(page).getByRole('option');
  // Nothing to redo yet, and the board is already showing.
  await expect(options.filter({ hasText: /^Undo/ })).toHaveCount(1);
  await expect(options.filter({ hasText: /^Redo/ })).toHaveCount(0);
  await expect(options.filter({ hasText: /^Board$/ })).toHaveCount(0);
  await paletteInput(page).fill('timeline');
  await paletteInput(page).press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' }),
  ).toHaveAttribute('aria-current', 'page');

  await page.locator('body').press('Control+k');
  await paletteInput(page).fill('zzzz qqqq');
  await expect(palette(page)).toContainText('Nothing matches.');
  await expect(paletteInput(page)).toHaveAttribute('aria-expanded', 'false');
  await paletteInput(page).press('Escape');
  await expect(palette(page)).toBeHidden();
});

test('? shows the shortcut sheet, from the registry, but types ? in a text field', async ({
  board,
  page,
}) => {
  await board.createProduct('Keys');
  await page.locator('body').press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const edit = sheet.getByRole('table', { name: 'Edit' });
  await expect(edit.getByRole('row', { name: /^Undo/ })).toContainText('Ctrl+Z');
  await expect(edit.getByRole('row', { name: /^Redo/ })).toContainText('Ctrl+Shift+Z or Ctrl+Y');
  await expect(edit.getByRole('row', { name: /^Command palette/ })).toContainText('Ctrl+K');
  await expect(sheet.getByRole('table', { name: 'On the board' })).toContainText('Alt+←');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  const search = page.getByRole('combobox', { name: 'Search' });
  await search.click();
  await search.press('?');
  await expect(search).toHaveValue('?');
  await expect(sheet).toBeHidden();
});

test('F1 opens the user guide inside the app, with its topics and the shortcut sheet', async ({
  board,
  page,
}) => {
  await board.open();
  await page.locator('body').press('F1');
  const guide = page.getByRole('dialog', { name: 'User guide' });
  await expect(guide.getByRole('heading', { level: 3, name: 'Getting started' })).toBeVisible();
  await guide
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('button', { name: 'Search and the command palette' })
    .click();
  await expect(guide.getByRole('article')).toContainText('grouped by kind');
  await guide.getByRole('button', { name: /^Keyboard shortcuts/ }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(guide).toBeHidden();
});

test('Ctrl+Y redoes what Ctrl+Z undid', async ({ board, page }) => {
  await board.createProduct('Again');
  await page.locator('body').press('Control+z');
  await expect(board.card('Again')).toHaveCount(0);
  await page.locator('body').press('Control+y');
  await expect(board.cardButton('Again')).toBeVisible();
  await expect(board.liveRegion()).toHaveText('Redid: Create Again.');
});

test('the File menu is one labelled button at 1280 pixels, every item with its words', async ({
  board,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await board.open();
  const file = page.getByRole('button', { name: 'File', exact: true });
  await expect(file).toBeVisible();
  await file.click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([
    /^Open…/,
    /^Save(Ctrl|⌘)/,
    /^Save as…/,
    /^Import plan…/,
    'Import feedback from CSV…',
    /^Export plan…/,
    'Export as Markdown…',
    'Export products as CSV…',
    'Export backlog as CSV…',
    'Export as web page (HTML)…',
    /^Export view as PDF…/,
    'Export view as PNG…',
    /^Print…/,
    'Stakeholder update…',
    'Restore from backup…',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Print…' })).toContainText('Ctrl+P');
  // A plan with no file yet has no autosave to turn on: Save asks where first.
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Autosave to the file' })).toBeDisabled();
  // Feedback goes into the product shown: from the board there is none.
  await expect(menu.getByRole('menuitem', { name: 'Import feedback from CSV…' })).toBeDisabled();
});

test('settings, stakeholder updates and CSV feedback run from the palette and the sheet', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page.locator('body').press('Control+k');
  const options = palette(page).getByRole('option');
  // No product is open, so there is nothing to import feedback into.
  await paletteInput(page).fill('feedback csv');
  await expect(options.filter({ hasText: /^Import feedback from CSV/ })).toHaveCount(0);
  await paletteInput(page).fill('preferences');
  await expect(options.first()).toHaveText(/^Settings…/);
  await expect(options.first()).toContainText('Ctrl+,');
  await paletteInput(page).press('Enter');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await board.cardButton('Ledger Desktop').click();
  await page.locator('body').press('Control+k');
  await paletteInput(page).fill('stakeholder');
  await paletteInput(page).press('Enter');
  const update = page.getByRole('dialog', { name: 'Stakeholder update' });
  // Asked for inside a product's workspace, the update is of that product.
  await expect(
    update.getByRole('heading', { name: 'Ledger Desktop: status update' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('body').press('Control+k');
  await paletteInput(page).fill('feedback csv');
  await expect(options.first()).toHaveText(/^Import feedback from CSV…/);
  await paletteInput(page).press('Enter');
  await expect(page.getByRole('dialog', { name: 'Import feedback from CSV' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.locator('body').press('?');
  const file = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('table', {
    name: 'File',
  });
  await expect(file.getByRole('row', { name: /^Settings…/ })).toContainText('Ctrl+,');
});
