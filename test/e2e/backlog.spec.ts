/**
 * The backlog and the feedback behind it, as a product manager uses them: items scored with
 * RICE, a wrong estimate explained and not saved, sorting and bulk MoSCoW, pasted feedback
 * linked to an item, and the customers told once it ships; all of it there after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWorkspaceSection } from './workspace-helpers';

const PRODUCT = 'Ledger Cloud';

async function titlesInOrder(workspace: Locator): Promise<string[]> {
  return workspace
    .getByRole('textbox', { name: /^Title of / })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function setEstimate(workspace: Locator, field: string, title: string, value: string) {
  const input = workspace.getByRole('textbox', { name: `${field} of ${title}`, exact: true });
  await input.fill(value);
  await input.press('Enter');
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
}

/** The score cell of an item's row: the score and its formula. */
function scoreCell(workspace: Locator, title: string): Locator {
  // A `has` locator is matched inside each row, so it starts from the page, not the workspace.
  const titleField = workspace
    .page()
    .getByRole('textbox', { name: `Title of ${title}`, exact: true });
  return workspace.getByRole('row').filter({ has: titleField }).locator('.score-cell');
}

async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Product sections' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test('score a backlog, link pasted feedback, ship an item and tell who asked', async ({
  board,
  page,
}) => {
  test.setTimeout(60_000);
  await board.createProduct(PRODUCT);
  const workspace = await openWorkspaceSection(page, PRODUCT, 'Backlog');

  // Three items, one after another: Enter adds and leaves the cursor in the field.
  const newItem = workspace.getByRole('textbox', { name: 'New backlog item' });
  for (const title of ['Single sign-on', 'CSV export', 'Dark mode']) {
    await newItem.fill(title);
    await newItem.press('Enter');
    await expect(workspace.getByRole('textbox', { name: `Title of ${title}` })).toBeVisible();
    await expect(newItem).toBeFocused();
    await expect(newItem).toHaveValue('');
  }

  const estimates: [string, string, string, string, string][] = [
    ['Single sign-on', '1,200', '2', '80%', '3'],
    ['CSV export', '300', '1', '50', '1'],
    ['Dark mode', '5000', '0.5', '90', '2'],
  ];
  for (const [title, reach, impact, confidence, effort] of estimates) {
    await setEstimate(workspace, 'Reach', title, reach);
    await workspace.getByRole('combobox', { name: `Impact of ${title}` }).selectOption(impact);
    await setEstimate(workspace, 'Confidence', title, confidence);
    await setEstimate(workspace, 'Effort', title, effort);
  }
  await expect(scoreCell(workspace, 'Single sign-on')).toContainText('640');
  await expect(scoreCell(workspace, 'Single sign-on')).toContainText('1,200 × 2 × 80% ÷ 3 = 640');
  await expect(scoreCell(workspace, 'CSV export')).toContainText('150');
  await expect(scoreCell(workspace, 'Dark mode')).toContainText('1,125');
  await expect(
    workspace.getByText('RICE score = Reach × Impact × Confidence ÷ Effort'),
  ).toBeVisible();

  // A wrong estimate is explained beside the field and not saved; Escape shows the saved one.
  const effort = workspace.getByRole('textbox', { name: 'Effort of Dark mode' });
  await effort.fill('0');
  await effort.press('Enter');
  await expect(effort).toHaveAttribute('aria-invalid', 'true');
  await expect(effort).toHaveAccessibleDescription(/Effort is in person-months and more than 0/);
  await expect(scoreCell(workspace, 'Dark mode')).toContainText('1,125');
  await effort.press('Escape');
  await expect(effort).toHaveValue('2');
  await expect(effort).not.toHaveAttribute('aria-invalid', 'true');
  const reach = workspace.getByRole('textbox', { name: 'Reach of CSV export' });
  await reach.fill('Infinity');
  await reach.press('Tab');
  await expect(reach).toHaveAccessibleDescription(/“Infinity” is not a number/);
  for (const text of await workspace.locator('.score-cell').allInnerTexts()) {
    expect(text).not.toMatch(/NaN|Infinity/);
  }
  await reach.focus();
  await reach.press('Escape');
  await expect(reach).toHaveValue('300');

  // Sorted by score, highest first.
  expect(await titlesInOrder(workspace)).toEqual(['Single sign-on', 'CSV export', 'Dark mode']);
  await workspace.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'RICE score' });
  await expect
    .poll(() => titlesInOrder(workspace))
    .toEqual(['Dark mode', 'Single sign-on', 'CSV export']);

  // Bulk: two items to Must have in one step, then grouped by MoSCoW.
  await workspace.getByRole('checkbox', { name: 'Select Dark mode' }).check();
  await workspace.getByRole('checkbox', { name: 'Select CSV export' }).check();
  const bulk = workspace.getByRole('form', { name: 'Selected items' });
  await bulk.getByRole('combobox', { name: 'Set MoSCoW' }).selectOption({ label: 'Must have' });
  await bulk.getByRole('button', { name: 'Apply to 2 items' }).click();
  await expect(workspace.getByRole('combobox', { name: 'MoSCoW of Dark mode' })).toHaveValue(
    'must',
  );
  await expect(workspace.getByRole('combobox', { name: 'MoSCoW of CSV export' })).toHaveValue(
    'must',
  );
  await expect(workspace.getByRole('combobox', { name: 'MoSCoW of Single sign-on' })).toHaveValue(
    '',
  );
  await workspace.getByRole('button', { name: 'Group by MoSCoW' }).click();
  await expect(workspace.getByRole('rowheader', { name: /^Must have/ })).toBeVisible();
  await expect(workspace.getByRole('rowheader', { name: /^Not set/ })).toBeVisible();

  // Feedback pasted in one go: one entry per line, the skipped line explained.
  await openSection(page, 'Feedback');
  await workspace.getByRole('button', { name: 'Paste many…' }).click();
  const paste = page.getByRole('dialog', { name: 'Paste feedback' });
  await paste
    .getByRole('textbox', { name: /^Pasted text/ })
    .fill(
      'Acme Corp: We need SSO before the rollout\n' +
        'Globex — Logging in twice a day is painful\n' +
        'Initech:\n' +
        '- "Love the new charts"',
    );
  await expect(paste.getByText('Preview: 3 entries')).toBeVisible();
  await expect(
    paste.getByText(/1 line skipped: 1 names a customer but no quote \(line 3\)/),
  ).toBeVisible();
  await paste.getByRole('button', { name: 'Add 3 entries' }).click();
  await expect(paste).toBeHidden();
  const feedbackRows = workspace.locator('table.feedback-table tbody tr');
  await expect(feedbackRows).toHaveCount(3);

  // Two entries linked to one item.
  await workspace
    .getByRole('combobox', { name: 'Backlog item for “We need SSO before the rollout”' })
    .selectOption({ label: 'Single sign-on' });
  await workspace
    .getByRole('combobox', { name: 'Backlog item for “Logging in twice a day is painful”' })
    .selectOption({ label: 'Single sign-on' });

  // The backlog shows who backs the item; shipping it lists the customers to tell.
  await openSection(page, 'Backlog');
  const ssoTitle = page.getByRole('textbox', { name: 'Title of Single sign-on' });
  await expect(workspace.getByRole('rowheader').filter({ has: ssoTitle })).toContainText(
    '2 entries · 2 customers',
  );
  await workspace
    .getByRole('combobox', { name: 'Status of Single sign-on' })
    .selectOption({ label: 'Shipped' });
  const loop = workspace.getByRole('region', { name: 'Close the loop' });
  await expect(loop).toBeVisible();
  const customers = loop.getByRole('list', { name: 'Customers who asked for Single sign-on' });
  await expect(customers.getByRole('listitem')).toHaveText([/Acme Corp/, /Globex/]);
  const told = loop.getByRole('checkbox', { name: 'Told Acme Corp about Single sign-on' });
  await expect(told).not.toBeChecked();
  await told.click();
  await expect(told).toBeChecked();
  await expect(told).toBeFocused();
  await expect(loop).toContainText('1 of 2 told');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Backlog' })).toBeVisible();
  // The order chosen is remembered: by score, in MoSCoW groups; manual order is kept too.
  await expect(workspace.getByRole('combobox', { name: 'Sort by' })).toHaveValue('score');
  await expect(workspace.getByRole('button', { name: 'Group by MoSCoW' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect
    .poll(() => titlesInOrder(workspace))
    .toEqual(['Dark mode', 'CSV export', 'Single sign-on']);
  await workspace
    .getByRole('combobox', { name: 'Sort by' })
    .selectOption({ label: 'Manual order' });
  await workspace.getByRole('button', { name: 'Group by MoSCoW' }).click();
  expect(await titlesInOrder(workspace)).toEqual(['Single sign-on', 'CSV export', 'Dark mode']);
  await expect(scoreCell(workspace, 'Dark mode')).toContainText('1,125');
  await expect(workspace.getByRole('combobox', { name: 'MoSCoW of Dark mode' })).toHaveValue(
    'must',
  );
  await expect(workspace.getByRole('combobox', { name: 'Status of Single sign-on' })).toHaveValue(
    'shipped',
  );
  const afterReload = page.getByRole('region', { name: 'Close the loop' });
  await expect(afterReload).toContainText('1 of 2 told');
  await expect(
    afterReload.getByRole('checkbox', { name: 'Told Globex about Single sign-on' }),
  ).not.toBeChecked();
  await expect(
    afterReload.getByRole('checkbox', { name: 'Told Acme Corp about Single sign-on' }),
  ).toBeChecked();
  await openSection(page, 'Feedback');
  await expect(feedbackRows).toHaveCount(3);
  await expect(feedbackRows.filter({ hasText: 'Acme Corp' })).toContainText('Told');
});

test('deleting a backlog item is undone with its feedback links', async ({ board, page }) => {
  await board.createProduct(PRODUCT);
  const workspace = await openWorkspaceSection(page, PRODUCT, 'Feedback');
  await openSection(page, 'Backlog');
  const newItem = workspace.getByRole('textbox', { name: 'New backlog item' });
  await newItem.fill('Audit log');
  await newItem.press('Enter');
  await newItem.press('Enter');
  await expect(workspace.getByText('Give the backlog item a name.')).toBeVisible();
  await newItem.fill('Billing');
  await newItem.press('Enter');
  // ↓ only has a row to go to once the new item is stored and drawn.
  const billingTitle = workspace.getByRole('textbox', { name: 'Title of Billing' });
  await expect(billingTitle).toBeVisible();

  // By keyboard: ↓ goes to the same field a row down, Alt+↓ moves the item in the order.
  const auditTitle = workspace.getByRole('textbox', { name: 'Title of Audit log' });
  await auditTitle.focus();
  await auditTitle.press('ArrowDown');
  await expect(billingTitle).toBeFocused();
  await auditTitle.focus();
  await auditTitle.press('Alt+ArrowDown');
  await expect.poll(() => titlesInOrder(workspace)).toEqual(['Billing', 'Audit log']);
  await expect(auditTitle).toBeFocused();

  await openSection(page, 'Feedback');
  const form = workspace.getByRole('form', { name: 'Add feedback' });
  await form.getByRole('textbox', { name: 'Customer or segment' }).fill('Umbrella');
  await form
    .getByRole('combobox', { name: 'Backs backlog item' })
    .selectOption({ label: 'Audit log' });
  await form.getByRole('textbox', { name: 'Quote' }).fill('Who changed this?');
  await form.getByRole('button', { name: 'Add feedback' }).click();
  const link = workspace.getByRole('combobox', { name: 'Backlog item for “Who changed this?”' });
  await expect(link).toHaveValue(/.+/);

  await openSection(page, 'Backlog');
  await workspace.getByRole('button', { name: 'Delete Audit log' }).click();
  await expect(workspace.getByRole('textbox', { name: 'Title of Audit log' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Title of Audit log' });
  await expect(title).toBeVisible();
  await expect(workspace.getByRole('rowheader').filter({ has: title })).toContainText(
    '1 entry · 1 customer',
  );
});
