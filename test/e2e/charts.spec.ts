/**
 * Reading charts: a KPI's values by pointer and by keyboard against its target band, and the
 * health view's small charts beside its tables.
 */
import { expect, test } from './fixtures';

test('the KPI chart reads each value on hover and by keyboard, against the target band', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Ledger Desktop', 'KPIs');
  const chart = workspace.getByRole('group', { name: 'Chart of Net revenue retention' });
  const readout = chart.locator('.kpi-chart-readout');
  // The band of values that meet "at least 100%" lies above the target line.
  const band = chart.locator('.kpi-chart-band');
  const line = chart.locator('.kpi-chart-target');
  const [bandBox, lineBox] = [await band.boundingBox(), await line.boundingBox()];
  expect(bandBox && lineBox && Math.abs(bandBox.y + bandBox.height - lineBox.y) < 2).toBe(true);

  const svg = chart.locator('svg');
  const box = await svg.boundingBox();
  if (!box) throw new Error('no chart drawn');
  await page.mouse.move(box.x + 70, box.y + box.height / 2);
  await expect(readout).toHaveText(/: 104%, meets the target of 100%$/);
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
  await expect(readout).toHaveText(/: 97%, below the target of 100%$/);
  await page.mouse.move(0, 0);
  await expect(readout).toHaveCount(0);

  await chart.focus();
  await expect(readout).toHaveText(/97%/);
  await chart.press('ArrowLeft');
  await expect(readout).toHaveText(/98%/);
  await expect(chart.getByRole('status')).toHaveText(/98%, below the target/);
  await chart.press('Home');
  await expect(readout).toHaveText(/104%, meets/);
  // Escape stops reading, and does not leave the workspace.
  await chart.press('Escape');
  await expect(readout).toHaveCount(0);
  await expect(workspace).toBeVisible();
});

test('health shows each off-target KPI’s trend and how late each milestone is', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Health' })
    .click();
  const offTarget = page.getByRole('region', { name: 'KPIs off target' });
  await expect(offTarget.getByRole('columnheader', { name: 'Trend' })).toBeVisible();
  await expect(
    offTarget.getByRole('img', {
      name: /^6 latest values of Net revenue retention, from 104% to 97%; target at least 100%$/,
    }),
  ).toBeVisible();
  const overdue = page.getByRole('region', { name: 'Overdue milestones' });
  await expect(overdue.locator('.health-bar-fill')).toHaveCount(1);
  const stuck = page.getByRole('region', { name: 'Longest in their stage' });
  await expect(stuck.locator('.health-bar')).toHaveCount(await stuck.getByRole('listitem').count());
});
