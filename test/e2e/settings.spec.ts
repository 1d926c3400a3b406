/**
 * Settings: reached from the toolbar and by Ctrl+, (Preferences on macOS), applied at once
 * and kept after a reload. A region with a decimal comma is accepted in RICE and KPI fields
 * and numbers and dates show in its style everywhere; plan files keep plain numbers.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Pictures to look at in both themes; Playwright empties test-results/ on every run.
const shots = join(tmpdir(), 'lifecycle-planner-screens', '/');

test('settings open from the toolbar and by keyboard, and apply at once', async ({
  board,
  page,
}) => {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+,');
  await expect(dialog).toBeVisible();
  // The browser keeps its backups in IndexedDB: no folder to choose, only how many.
  await expect(dialog.getByRole('button', { name: 'Choose folder…' })).toHaveCount(0);
  const keep = dialog.getByLabel('Backups to keep of each plan');
  await keep.fill('0');
  await expect(dialog.getByText('Enter a whole number from 1 to 200.')).toBeVisible();
  await keep.fill('5');
  await expect(dialog.getByText('The newest 5, and one a day')).toBeVisible();
  await dialog.getByLabel('When an imported plan is already here').selectOption('merge');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(board.column('Ideation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(dialog.getByLabel('Backups to keep of each plan')).toHaveValue('5');
  await expect(dialog.getByLabel('When an imported plan is already here')).toHaveValue('merge');
});

test('a German region takes 0,5 in RICE and KPI fields and shows German numbers and dates', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Numbers and dates').selectOption('de-DE');
  await expect(dialog.getByText(/Shown as 1\.234,5 · \d\d\.\d\d\.\d{4}/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  const workspace = await board.openSection('Ledger Desktop', 'Backlog');
  const effort = workspace.getByRole('textbox', { name: 'Effort of Dark mode' });
  await effort.fill('0,5');
  await effort.press('Enter');
  await expect(effort).toHaveValue('0,5');
  await expect(workspace.getByText('4.000 × 0,5 × 80% ÷ 0,5 = 3.200')).toBeVisible();
  // A dot is the thousands separator here: "1.5" is refused, saying how to write it.
  await effort.fill('1.5');
  await effort.press('Enter');
  await expect(effort).toHaveAccessibleDescription(
    /“1\.5” is not a number\. Write numbers like 1\.234,5\./,
  );

  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'KPIs', exact: true })
    .click();
  await expect(workspace.getByText('at least 100%').first()).toBeVisible();
  await expect(workspace.getByText(/on \d\d\.\d\d\.\d{4}/).first()).toBeVisible();

  // The region is kept: after a reload the KPIs still read the German way.
  await page.reload();
  await expect(page.getByText(/on \d\d\.\d\d\.\d{4}/).first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the settings dialog in the ${scheme} theme`, async ({ board, page }) => {
    await board.loadSample();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    await page.screenshot({ path: `${shots}settings-${scheme}.png` });
  });
}
