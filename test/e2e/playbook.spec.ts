/**
 * The stage playbook, personas and the changelog, driven as a user would: by role and name,
 * with the keyboard where the app promises it works.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function downloaded(page: Page, trigger: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await trigger();
  const download = await downloading;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

function checklist(workspace: Locator, stage: string): Locator {
  return workspace.getByRole('list', { name: `${stage} checklist` });
}

test('a product entering a stage gets the plan’s edited template as its checklist', async ({
  board,
  page,
}) => {
  // Orbit starts in Development, where the plan's Development template gets edited.
  await board
    .column('Development')
    .getByRole('button', { name: 'Add product to Development' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'New product' });
  await dialog.getByLabel('Name').fill('Orbit');
  await dialog.getByLabel('Name').press('Enter');
  let workspace = await board.openSection('Orbit', 'Playbook');
  await expect(workspace.getByText('The product is being built.')).toBeVisible();
  await expect(checklist(workspace, 'Development').getByRole('listitem')).toHaveCount(4);

  await workspace
    .getByRole('button', { name: 'Edit the Development template for this plan' })
    .click();
  const editor = page.getByRole('dialog', { name: 'Development checklist template' });
  await editor.getByLabel('Items, one per line').fill('Book the design review\n\nShip a beta');
  await expect(editor.getByText('2 items.')).toBeVisible();
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  // Orbit's own list stays as it was.
  await expect(checklist(workspace, 'Development').getByRole('listitem')).toHaveCount(4);
  await workspace.getByRole('button', { name: 'Back to board' }).click();

  await board.createProduct('Nova');
  await board.cardButton('Nova').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(board.column('Development').getByRole('button', { name: /^Nova/ })).toBeVisible();
  workspace = await board.openSection('Nova', 'Playbook');
  const items = checklist(workspace, 'Development');
  await expect(items.getByRole('checkbox')).toHaveCount(2);
  await expect(items.getByRole('checkbox', { name: 'Book the design review' })).toBeVisible();
  await expect(items.getByRole('checkbox', { name: 'Ship a beta' })).toBeVisible();
  // Where it came from: the Ideation checklist, read-only under the other stages.
  await workspace.getByText('Checklists of other stages (1)').click();
  await expect(workspace.getByText('Not done: Write the problem statement')).toBeAttached();
});

test('checks, adds and reorders checklist items by keyboard, with undo', async ({
  board,
  page,
}) => {
  await board.createProduct('Atlas');
  const workspace = await board.openSection('Atlas', 'Playbook');
  const items = checklist(workspace, 'Ideation');
  await expect(workspace.getByText('0 of 5 done')).toBeVisible();

  const interviews = items.getByRole('checkbox', { name: 'Interview potential users' });
  await interviews.focus();
  await page.keyboard.press('Space');
  await expect(interviews).toBeChecked();
  await expect(workspace.getByText('1 of 5 done')).toBeVisible();

  // Alt+ArrowUp twice takes it to the top, focus staying on it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(items.getByRole('checkbox').first()).toHaveAccessibleName(
    'Interview potential users',
  );
  await page.keyboard.press('Alt+ArrowUp');
  await expect(board.liveRegion()).toContainText('is already at the top');
  await expect(interviews).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.getByRole('checkbox').nth(1)).toHaveAccessibleName(
    'Interview potential users',
  );
  await expect(interviews).toBeFocused();

  const field = workspace.getByRole('textbox', { name: 'New Ideation checklist item' });
  await field.fill('   ');
  await field.press('Enter');
  await expect(workspace.getByText('Write what needs doing.')).toBeVisible();
  await field.fill('Sketch the landing page');
  await field.press('Enter');
  await expect(items.getByRole('checkbox')).toHaveCount(6);
  await expect(items.getByRole('checkbox').last()).toHaveAccessibleName('Sketch the landing page');
  await expect(workspace.getByText('1 of 6 done')).toBeVisible();

  await workspace.getByRole('button', { name: 'Delete “Sketch the landing page”' }).click();
  await expect(items.getByRole('checkbox')).toHaveCount(5);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(items.getByRole('checkbox', { name: 'Sketch the landing page' })).toBeVisible();
});

test('creates a release holding a shipped item and exports the release notes', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const workspace = await board.openSection('Payroll Lite', 'Changelog');
  const unreleased = workspace.getByRole('region', { name: /Shipped, not in a release/ });
  await expect(unreleased.getByText('Referral rewards')).toBeVisible();

  await workspace.getByRole('button', { name: 'New release' }).click();
  const dialog = page.getByRole('dialog', { name: 'New release' });
  await dialog.getByRole('button', { name: 'Create release' }).click();
  await expect(dialog.getByText('Give the release a version, like 2.1.')).toBeVisible();
  await dialog.getByLabel('Version').fill('2.0');
  await dialog.getByLabel('Notes').fill('Referrals pay off.');
  await dialog.getByRole('button', { name: 'Create release' }).click();
  await expect(dialog).toBeHidden();

  const release = workspace.getByRole('article', { name: '2.0' });
  await expect(release.getByRole('list', { name: 'Items in 2.0' })).toContainText(
    'Referral rewards',
  );
  await expect(unreleased).toBeHidden();

  const file = await downloaded(page, () =>
    workspace.getByRole('button', { name: 'Export release notes' }).click(),
  );
  expect(file.name).toBe('Payroll Lite release notes.md');
  expect(file.text).toMatch(/^# Payroll Lite release notes\n\n## 2\.0 — \d{4}-\d{2}-\d{2}\n/);
  expect(file.text).toContain('Referrals pay off.\n\n- Referral rewards');
});

// The Overview section shows PeoplePanel once the workspace renders it; until then this
// would fail for want of the panel, not for a fault in it.
test('links an existing persona to a product and unlinks it', async ({ board, page }) => {
  await board.loadSample();
  const workspace = await board.openSection('Payroll Lite', 'Overview');
  const personas = workspace.getByRole('group', { name: 'Personas' });
  await personas.getByLabel('Persona to link').selectOption({ label: 'Solo freelancer' });
  await personas.getByRole('button', { name: 'Link persona' }).click();
  await expect(personas.getByRole('list', { name: 'Linked personas' })).toContainText(
    'Solo freelancer',
  );
  await personas.getByRole('button', { name: 'New persona…' }).click();
  await personas.getByRole('textbox', { name: 'New persona name' }).fill('Payroll clerk');
  await personas.getByRole('textbox', { name: 'New persona name' }).press('Enter');
  await expect(personas.getByRole('list', { name: 'Linked personas' })).toContainText(
    'Payroll clerk',
  );
  await personas.getByRole('button', { name: 'Unlink persona Solo freelancer' }).click();
  await expect(personas.getByRole('list', { name: 'Linked personas' })).not.toContainText(
    'Solo freelancer',
  );
  await page.keyboard.press('Control+z');
  await expect(personas.getByRole('list', { name: 'Linked personas' })).toContainText(
    'Solo freelancer',
  );
});
