/**
 * A product's vision and strategy on its Overview, and its experiments log: written through
 * the forms, kept after a reload, undone in one step, and the KPI chart shades when an
 * experiment on it ran.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Pictures to look at in both themes; Playwright empties test-results/ on every run.
const shots = join(tmpdir(), 'lifecycle-planner-screens', '/');

test('the vision and strategy are written on the Overview and kept after a reload', async ({
  board,
  page,
}) => {
  await board.createProduct('Receipt Scanner');
  await board.cardButton('Receipt Scanner').click();
  const workspace = board.workspace('Receipt Scanner');
  await workspace.getByRole('button', { name: 'Write vision and strategy' }).click();
  await workspace.getByLabel('Vision', { exact: true }).fill('Receipts that file themselves.');
  await workspace.getByLabel('Target customer').fill('Consultants who travel.');
  await workspace.getByLabel('Strategy for Ideation').fill('Ten interviews before any code.');
  await workspace.getByRole('button', { name: 'Save vision' }).click();
  await expect(workspace.getByText('Receipts that file themselves.')).toBeVisible();
  await expect(board.liveRegion()).toHaveText('Saved the vision and strategy.');

  await page.keyboard.press('Control+z');
  await expect(workspace.getByRole('button', { name: 'Write vision and strategy' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(workspace.getByText('Receipts that file themselves.')).toBeVisible();

  await page.reload();
  const reloaded = board.workspace('Receipt Scanner');
  await expect(reloaded.getByText('Receipts that file themselves.')).toBeVisible();
  await expect(reloaded.getByText('Strategy for Ideation')).toBeVisible();
});

test('a vision longer than a line is refused beside the field, nothing saved', async ({
  board,
}) => {
  await board.createProduct('Receipt Scanner');
  await board.cardButton('Receipt Scanner').click();
  const workspace = board.workspace('Receipt Scanner');
  await workspace.getByRole('button', { name: 'Write vision and strategy' }).click();
  const vision = workspace.getByLabel('Vision', { exact: true });
  await vision.fill('x'.repeat(501));
  await workspace.getByRole('button', { name: 'Save vision' }).click();
  await expect(vision).toHaveAccessibleDescription(/Keep the vision to one line/);
  await expect(vision).toBeFocused();
  await workspace.getByRole('button', { name: 'Cancel' }).click();
  await expect(workspace.getByRole('button', { name: 'Write vision and strategy' })).toBeVisible();
});

test('an experiment is logged against a KPI, shows on its chart, and goes and comes back', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Expense Cards', 'Experiments');
  await expect(workspace.getByText('No experiments yet.')).toBeVisible();
  await workspace.getByRole('button', { name: 'Log experiment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an experiment' });
  await dialog.getByLabel('Title').fill('Cashback on first card');
  await dialog.getByLabel('Hypothesis').fill('New teams spend more in month one with cashback.');
  await dialog.getByLabel('KPI it should move').selectOption({ label: 'Card spend' });
  await dialog.getByLabel('Start').fill('2026-01-05');
  await dialog.getByLabel('Variant 2 name').fill('Cashback 1%');
  await dialog.getByLabel('Variant 2 result').fill('€2.1M spend');
  await dialog.getByLabel('Decision').selectOption({ label: 'Roll it out' });
  await dialog.getByRole('button', { name: 'Log experiment' }).click();
  // A decision needs its reason.
  await expect(dialog.getByLabel('Rationale')).toHaveAccessibleDescription(/Say why/);
  await dialog.getByLabel('Rationale').fill('Spend up 12%, costs covered.');
  await dialog.getByRole('button', { name: 'Log experiment' }).click();
  await expect(dialog).toBeHidden();

  const card = workspace.getByRole('article', { name: 'Cashback on first card' });
  await expect(card).toContainText('moves Card spend');
  await expect(card).toContainText('Cashback 1%: €2.1M spend');
  await expect(card).toContainText('Roll it out — Spend up 12%, costs covered.');

  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'KPIs', exact: true })
    .click();
  const chart = workspace.getByRole('img', { name: /^Chart of Card spend/ });
  await expect(chart).toHaveAccessibleName(/Experiments shaded: Cashback on first card\./);
  await expect(chart.locator('.kpi-chart-experiment')).toHaveCount(1);

  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Experiments', exact: true })
    .click();
  await workspace.getByRole('button', { name: 'Delete experiment Cashback on first card' }).click();
  await expect(workspace.getByRole('article', { name: 'Cashback on first card' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(workspace.getByRole('article', { name: 'Cashback on first card' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article', { name: 'Cashback on first card' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Overview, Experiments and a KPI chart with experiments in the ${scheme} theme`, async ({
    board,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await board.loadSample();
    await board.cardButton('Payroll Lite').click();
    const workspace = board.workspace('Payroll Lite');
    await expect(workspace.getByText('Payroll a five-person company')).toBeVisible();
    await page.screenshot({ path: `${shots}overview-${scheme}.png` });
    for (const section of ['Experiments', 'KPIs']) {
      await workspace
        .getByRole('navigation', { name: 'Product sections' })
        .getByRole('button', { name: section, exact: true })
        .click();
      await expect(workspace.getByRole('heading', { level: 2, name: section })).toBeVisible();
      await page.screenshot({ path: `${shots}${section.toLowerCase()}-${scheme}.png` });
    }
  });
}
