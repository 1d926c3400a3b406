/**
 * A stakeholder update in one action: from a product's Overview or for the whole portfolio,
 * read in the dialog, copied as formatted text and Markdown at once, saved as a file.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const shots = join(tmpdir(), 'lifecycle-planner-screens', '/');

test('a product’s update from its Overview, copied to paste into an email', async ({
  board,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await board.loadSample();
  await board.cardButton('Payroll Lite').click();
  await board
    .workspace('Payroll Lite')
    .getByRole('button', { name: 'Stakeholder update…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Stakeholder update' });
  await expect(dialog.getByLabel('Update of')).toHaveValue(/.+/);
  const preview = dialog.getByRole('region', { name: 'Preview of the update' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Payroll Lite: status update',
  );
  await expect(preview).toContainText('Growth for');
  await expect(preview).toContainText(
    'Monthly active companies: 1,410 companies, target at least 1,500 companies — Off track',
  );
  await expect(preview).toContainText('Referral experiment readout');
  await expect(preview).toContainText('Onboarding checklist, since');

  await dialog.getByLabel('Period').selectOption({ label: 'This quarter' });
  await dialog.getByRole('button', { name: 'Copy update' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Copied. Paste it into an email or a document.',
  );
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item?.getType('text/plain'))?.text();
    const html = await (await item?.getType('text/html'))?.text();
    return { text, html };
  });
  expect(copied.text).toMatch(/^# Payroll Lite: status update\n\nThis quarter: /);
  expect(copied.html).toContain('<h1>Payroll Lite: status update</h1>');
});

test('the portfolio’s update is saved as Markdown and as a page of its own', async ({
  board,
  page,
}) => {
  await board.loadSample();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Stakeholder update…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stakeholder update' });
  await expect(dialog.getByLabel('Update of')).toHaveValue('');
  await expect(dialog.getByRole('region', { name: 'Preview of the update' })).toContainText(
    'Products in play: Ideation 2 · Development 2 · Launch 1 · Growth 2 · Maturity 2 · Decline 1',
  );

  for (const [button, extension] of [
    ['Save as Markdown…', 'md'],
    ['Save as HTML…', 'html'],
  ] as const) {
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: button }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^My portfolio – portfolio update \\d{4}-\\d{2}-\\d{2}\\.${extension}$`),
    );
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text).toContain('My portfolio: portfolio update');
    await expect(dialog.getByRole('status')).toHaveText(/^Saved as “/);
  }

  // Another scope is read as it is chosen: one product, then the whole portfolio again.
  const preview = dialog.getByRole('region', { name: 'Preview of the update' });
  await dialog.getByLabel('Update of').selectOption({ label: 'Payroll Lite' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'Payroll Lite: status update',
  );
  await expect(preview).toContainText('Monthly active companies: 1,410 companies');
  await expect(preview).toContainText('Referral experiment readout');
  await dialog.getByLabel('Update of').selectOption({ label: 'The whole portfolio' });
  await expect(preview).toContainText('Products in play: Ideation 2 · Development 2');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the stakeholder update dialog in the ${scheme} theme`, async ({ board, page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await board.loadSample();
    await board.cardButton('Payroll Lite').click();
    await page.getByRole('button', { name: 'Stakeholder update…' }).click();
    await expect(page.getByRole('heading', { name: 'Payroll Lite: status update' })).toBeVisible();
    await page.screenshot({ path: `${shots}update-${scheme}.png` });
  });
}
