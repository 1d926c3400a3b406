import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { moveFromWorkspace } from './workspace-helpers';

/** A calendar date `days` from today in this machine's zone (the browser's zone too). */
function localDate(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function recordValue(kpi: Locator, date: string, value: string) {
  await kpi.getByLabel('Date', { exact: true }).fill(date);
  await kpi.getByLabel('Value', { exact: true }).fill(value);
  await kpi.getByRole('button', { name: 'Add value' }).click();
}

test('a KPI with values shows its chart, its table and whether it is on track', async ({
  board,
  page,
}) => {
  await board.createProduct('Orbit Analytics');
  const workspace = await board.openSection('Orbit Analytics', 'KPIs');
  await expect(workspace.getByText('No KPIs yet.')).toBeVisible();

  await workspace.getByRole('button', { name: 'Add KPI' }).click();
  const dialog = page.getByRole('dialog', { name: 'New KPI' });
  await dialog.getByLabel('Name').fill('Weekly active users');
  await dialog.getByLabel('Unit').fill('users');
  await dialog.getByLabel('Target').fill('lots');
  await dialog.getByLabel('Target').press('Enter');
  await expect(dialog.getByText('“lots” is not a number.')).toBeVisible();
  await expect(dialog.getByLabel('Target')).toBeFocused();
  await dialog.getByLabel('Target').fill('1,000');
  await expect(dialog.getByLabel('Direction')).toHaveValue('higher');
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  await expect(dialog).toBeHidden();

  const kpi = workspace.getByRole('region', { name: 'Weekly active users' });
  await expect(kpi.getByText('No data', { exact: true })).toBeVisible();
  await expect(kpi.getByLabel('Date', { exact: true })).toHaveValue(localDate());

  await recordValue(kpi, '2026-03-01', '1200');
  await expect(kpi.getByText('On track', { exact: true })).toBeVisible();

  // A bad value is explained next to the field and nothing is recorded.
  await recordValue(kpi, '2026-03-08', 'twelve');
  await expect(kpi.getByText('“twelve” is not a number.')).toBeVisible();
  await expect(kpi.getByLabel('Value', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await recordValue(kpi, '2026-03-01', '5');
  await expect(kpi.getByText(/There is already a value for/)).toBeVisible();
  await expect(kpi.getByRole('table').getByRole('row')).toHaveCount(2);

  await recordValue(kpi, '2026-03-08', '800');
  await expect(kpi.getByText('Off track', { exact: true })).toBeVisible();
  await expect(kpi.getByLabel('Value', { exact: true })).toBeFocused();
  await expect(kpi.getByRole('table').getByRole('row')).toHaveCount(3);
  const chart = kpi.getByRole('img');
  await expect(chart).toHaveAccessibleName(
    /^Chart of Weekly active users: 2 values, latest 800 users on .+; target at least 1,000 users; off track\.$/,
  );
  await expect(chart.locator('.kpi-chart-target')).toHaveCount(1);
  await expect(chart.locator('circle')).toHaveCount(2);
  await expect(workspace.getByText('1 of 1 KPI off track')).toBeVisible();

  // Undo takes the last value back, and the status with it.
  await kpi
    .getByRole('button', { name: /^Delete the value of/ })
    .first()
    .click();
  await expect(kpi.getByText('On track', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(kpi.getByText('Off track', { exact: true })).toBeVisible();

  // The card says the same from the latest value.
  await workspace.getByRole('button', { name: 'Back to board' }).click();
  await expect(board.card('Orbit Analytics')).toContainText('Off track');
});

test('milestones sort by date, flag the overdue one and tick off', async ({ board, page }) => {
  await board.createProduct('Orbit Analytics');
  const workspace = await board.openSection('Orbit Analytics', 'Milestones');
  const add = workspace.getByRole('button', { name: 'Add milestone' });

  await add.click();
  await expect(workspace.getByText('Give the milestone a title.')).toBeVisible();
  await expect(workspace.getByLabel('Title', { exact: true })).toBeFocused();

  await workspace.getByLabel('Title', { exact: true }).fill('Public beta');
  await workspace.getByLabel('Date', { exact: true }).fill(localDate(10));
  await add.click();
  await expect(workspace.getByRole('rowheader', { name: 'Public beta' })).toBeVisible();
  await workspace.getByLabel('Title', { exact: true }).fill('Kickoff');
  await workspace.getByLabel('Date', { exact: true }).fill(localDate(-3));
  await workspace.getByLabel('Title', { exact: true }).press('Enter');

  const rows = workspace.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Kickoff');
  await expect(rows.nth(1)).toContainText('Overdue');
  await expect(rows.nth(1)).toContainText('3 days overdue');
  await expect(rows.nth(2)).toContainText('Public beta');
  await expect(rows.nth(2)).toContainText('In 10 days');
  await expect(rows.nth(2)).not.toContainText('Overdue');

  await workspace.getByRole('checkbox', { name: 'Kickoff done' }).check();
  await expect(rows.nth(1)).not.toContainText('Overdue');
  await expect(rows.nth(1)).toContainText('Done');

  await workspace.getByRole('button', { name: 'Edit milestone Public beta' }).click();
  await workspace.getByLabel('Edit title').fill('General availability');
  await workspace.getByLabel('Edit title').press('Enter');
  await expect(rows.nth(2)).toContainText('General availability');
  await expect(
    workspace.getByRole('button', { name: 'Edit milestone General availability' }),
  ).toBeFocused();

  await workspace.getByRole('button', { name: 'Delete milestone General availability' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(3);

  // With Kickoff done, the card shows the next milestone due.
  await workspace.getByRole('button', { name: 'Back to board' }).click();
  await expect(board.card('Orbit Analytics')).toContainText(/In 10 days:\s*General availability/);
});

test('a decline decision is recorded, and retiring archives the product after asking', async ({
  board,
  page,
}) => {
  await board.createProduct('Fax Cloud');
  const workspace = await board.openSection('Fax Cloud', 'Decision');
  await expect(
    workspace.getByText(/The decision to rejuvenate, retire or pivot is taken in Decline/),
  ).toBeVisible();
  await expect(workspace.getByRole('radio')).toHaveCount(0);

  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await moveFromWorkspace(workspace, 'Decline');
  await workspace
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name: 'Decision' })
    .click();

  const save = workspace.getByRole('button', { name: 'Save decision' });
  await workspace.getByRole('radio', { name: 'Pivot' }).check();
  await save.click();
  await expect(workspace.getByText('Say why: colleagues will read this later.')).toBeVisible();
  await expect(workspace.getByLabel('Rationale')).toBeFocused();
  await workspace.getByLabel('Rationale').fill('Schools want a lighter version.');
  await save.click();
  const record = workspace.locator('.decision-record');
  await expect(record).toContainText('Pivot');
  await expect(record).toContainText('Schools want a lighter version.');

  await workspace.getByRole('radio', { name: 'Retire' }).check();
  await workspace.getByLabel('Rationale').fill('Demand is gone.');
  await save.click();
  const confirm = page.getByRole('alertdialog', { name: 'Retire Fax Cloud?' });
  await expect(confirm).toContainText('It will be archived');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(record).toContainText('Pivot');

  await save.click();
  await confirm.getByRole('button', { name: 'Retire and archive' }).click();
  await expect(record).toContainText('Retire');
  await expect(record).toContainText('Archived');
  await workspace.getByRole('button', { name: 'Back to board' }).click();
  await expect(board.column('Decline')).toBeVisible();
  await expect(board.card('Fax Cloud')).toHaveCount(0);
});
