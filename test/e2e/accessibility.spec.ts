/**
 * axe-core's WCAG 2.1 A and AA rules over every screen and dialog, in the light and the dark
 * theme, with the sample portfolio loaded. Kept at zero: any violation fails with its rule,
 * the elements and why.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type BoardPage } from './fixtures';

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    // Off by default in axe, but part of WCAG 2.1 A (2.5.3): the visible label is in the name.
    // Set before the tags: options() replaces what withTags() set.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? ''})`)
        .join('; ')}`,
  );
  expect(found, `axe on ${where}`).toEqual([]);
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });
const sections = (page: Page) => page.getByRole('navigation', { name: 'Product sections' });

async function dialog(page: Page, name: string | RegExp, where: string) {
  // Confirmations of destructive actions (delete the plan) are alert dialogs.
  const shown = page.getByRole('dialog', { name }).or(page.getByRole('alertdialog', { name }));
  await expect(shown).toBeVisible();
  await expectNoViolations(page, where);
  await page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
}

async function walkWorkspace(board: BoardPage, page: Page, product: string, names: string[]) {
  await board.cardButton(product).click();
  for (const name of names) {
    await sections(page).getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoViolations(page, `${product} › ${name}`);
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    // Each test runs axe over a dozen screens or more: well over the default time on two cores.
    test.describe.configure({ timeout: 180_000 });
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('board, search, menus and the plan-wide dialogs', async ({ board, page }) => {
      await expectNoViolations(page, 'the empty board');
      await board.loadSample();
      await expectNoViolations(page, 'the board');

      await page.getByRole('combobox', { name: 'Search' }).fill('forecast');
      await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
      await expectNoViolations(page, 'search results');
      await page.getByRole('combobox', { name: 'Search' }).press('Escape');
      await page.getByRole('combobox', { name: 'Search' }).press('Escape');

      for (const [button, where] of [
        [{ name: 'File', exact: true }, 'the File menu'],
        [{ name: /^Plan: / }, 'the plan menu'],
        [{ name: 'Actions for Ledger Desktop' }, 'a card’s menu'],
      ] as const) {
        await page.getByRole('button', button).click();
        await expect(page.getByRole('menu')).toBeVisible();
        await expectNoViolations(page, where);
        await page.keyboard.press('Escape');
      }

      await page.locator('body').press('Control+k');
      await page.getByRole('combobox', { name: 'Command, product or backlog item' }).fill('led');
      await dialog(page, 'Command palette', 'the command palette');
      await page.locator('body').press('?');
      await dialog(page, 'Keyboard shortcuts', 'the shortcut sheet');
      await page.locator('body').press('F1');
      await dialog(page, 'User guide', 'the user guide');
      await page.getByRole('button', { name: 'New product', exact: true }).click();
      await dialog(page, 'New product', 'the new product dialog');
      for (const [item, name] of [
        ['New plan…', 'New plan'],
        ['Rename plan…', 'Rename plan'],
        ['Personas and competitors…', 'Personas and competitors'],
        ['Delete plan…', /^Delete/],
      ] as const) {
        await page.getByRole('button', { name: /^Plan: / }).click();
        await page.getByRole('menuitem', { name: item }).click();
        await dialog(page, name, `the dialog “${item}”`);
      }
      await page.getByRole('button', { name: 'File', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
      await dialog(page, 'Restore from backup', 'the backups dialog');
      await page.getByRole('button', { name: 'File', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Stakeholder update…' }).click();
      await expect(page.getByRole('button', { name: 'Copy update' })).toBeEnabled();
      await dialog(page, 'Stakeholder update', 'the portfolio’s stakeholder update');
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await dialog(page, 'Settings', 'the settings dialog');
    });

    test('every section of a product’s workspace, and its dialogs', async ({ board, page }) => {
      await board.loadSample();
      await walkWorkspace(board, page, 'Ledger Desktop', [
        'Overview',
        'Playbook',
        'Backlog',
        'Feedback',
        'KPIs',
        'Experiments',
        'Milestones',
        'Changelog',
      ]);
      const workspace = board.workspace('Ledger Desktop');
      await sections(page).getByRole('button', { name: 'Backlog', exact: true }).click();
      await workspace.getByRole('checkbox', { name: 'Select Dark mode' }).check();
      await expect(workspace.getByText('1 selected')).toBeVisible();
      await expectNoViolations(page, 'the backlog with a selection');

      await sections(page).getByRole('button', { name: 'Feedback', exact: true }).click();
      await workspace.getByRole('button', { name: 'Paste many…' }).click();
      await dialog(page, 'Paste feedback', 'the paste dialog');
      await workspace.getByRole('button', { name: 'Import CSV…' }).click();
      await page.getByLabel('CSV file').setInputFiles({
        name: 'survey.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Customer,Comment,Date\nAna,Faster exports,2026-03-01\n', 'utf8'),
      });
      await expect(page.getByLabel('Quote column')).toHaveValue('1');
      await dialog(page, 'Import feedback from CSV', 'the CSV column mapping');
      await sections(page).getByRole('button', { name: 'Experiments', exact: true }).click();
      await workspace.getByRole('button', { name: 'Log experiment' }).click();
      await dialog(page, 'Log an experiment', 'the experiment dialog');
      await sections(page).getByRole('button', { name: 'KPIs', exact: true }).click();
      await workspace.getByRole('button', { name: 'Add KPI' }).click();
      await dialog(page, 'New KPI', 'the KPI dialog');
      await sections(page).getByRole('button', { name: 'Changelog', exact: true }).click();
      await workspace.getByRole('button', { name: 'New release' }).click();
      await dialog(page, 'New release', 'the release dialog');
      await sections(page).getByRole('button', { name: 'Playbook', exact: true }).click();
      await workspace.getByRole('button', { name: /^Edit the .* template for this plan$/ }).click();
      await dialog(page, 'Maturity checklist template', 'the template editor');
      await sections(page).getByRole('button', { name: 'Overview', exact: true }).click();
      await workspace.getByRole('button', { name: 'Edit vision and strategy' }).click();
      await expectNoViolations(page, 'the vision and strategy form');
      await workspace.getByRole('button', { name: 'Cancel' }).click();
      await workspace.getByRole('button', { name: 'Stakeholder update…' }).click();
      await expect(page.getByLabel('Update of')).toHaveValue(/.+/);
      await expect(page.getByRole('button', { name: 'Copy update' })).toBeEnabled();
      await dialog(page, 'Stakeholder update', 'a product’s stakeholder update');
      await workspace.getByRole('button', { name: /move to another stage/ }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoViolations(page, 'the stage menu');
      await page.keyboard.press('Escape');

      await board.backToBoard();
      await walkWorkspace(board, page, 'Fax Gateway', ['Decision']);
    });

    test('timeline, roadmap and health', async ({ board, page }) => {
      await board.loadSample();
      for (const [view, heading] of [
        ['Timeline', 'Timeline'],
        ['Roadmap', 'Roadmap'],
        ['Health', 'Portfolio health'],
      ] as const) {
        await views(page).getByRole('button', { name: view }).click();
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await expectNoViolations(page, `the ${view.toLowerCase()}`);
      }
      await views(page).getByRole('button', { name: 'Roadmap' }).click();
      await page.getByRole('button', { name: 'Actions for Dark mode' }).click();
      await expectNoViolations(page, 'a roadmap item’s menu');
    });
  });
}
