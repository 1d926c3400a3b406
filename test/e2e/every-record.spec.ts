/**
 * Every kind of record survives the paths a user takes by default: importing a plan that is
 * already here (as a new copy), restoring a backup as a new plan, and merging a colleague's
 * copy, where both sides' edits to different fields of one product are kept and the preview
 * says truly who changed what.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { BoardPage, expect, test } from './fixtures';
import { diskText, planRecords } from '../support/plan-json';
import { exportPlan, importFile } from './plan-io-helpers';
import { editProductDetails } from './workspace-helpers';

const KINDS = [
  'products',
  'checklistItems',
  'milestones',
  'backlogItems',
  'feedback',
  'kpis',
  'kpiValues',
  'releases',
  'personas',
  'competitors',
  'stageTemplates',
] as const;

type PlanJson = Record<string, unknown> & Record<(typeof KINDS)[number], { id: string }[]>;

const counts = (text: string) => {
  const file = planRecords(text) as PlanJson;
  return Object.fromEntries(KINDS.map((kind) => [kind, file[kind].length]));
};

async function importAs(page: Page, name: string, text: string, mode: RegExp | null) {
  await importFile(page, name, text);
  const dialog = page.getByRole('dialog', { name: `Import “${name}”` });
  if (mode) await dialog.getByRole('radio', { name: mode }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The sample, plus an edited checklist template: the one kind the sample does not hold. */
async function loadSampleWithEveryKind(board: BoardPage) {
  await board.loadSample();
  const workspace = await board.openSection('Receipt Scanner', 'Playbook');
  await workspace.getByRole('button', { name: /^Edit the \w+ template for this plan$/ }).click();
  const editor = board.page.getByRole('dialog', { name: /checklist template$/ });
  await editor.getByLabel('Items, one per line').fill('Book the design review\nShip a beta');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  await board.backToBoard();
}

test('the sample imported again as a new copy keeps every kind of record, and its export imports', async ({
  board,
  page,
  browser,
}) => {
  await loadSampleWithEveryKind(board);
  const original = await exportPlan(page);
  const sampleCounts = counts(original.text);
  for (const kind of KINDS) expect(sampleCounts[kind], kind).toBeGreaterThan(0);

  // The default choice for a plan that is already here: a new copy.
  await importAs(page, original.name, original.text, null);
  await expect(page.getByRole('button', { name: 'Plan: My portfolio (copy)' })).toBeVisible();
  const copy = await exportPlan(page);
  expect(counts(copy.text)).toEqual(sampleCounts);
  const idsOf = (text: string) =>
    KINDS.flatMap((k) => (planRecords(text) as PlanJson)[k].map((r) => r.id));
  const originalIds = new Set(idsOf(original.text));
  expect(idsOf(copy.text).filter((id) => originalIds.has(id))).toEqual([]);

  // The copy's own file is whole: a colleague's app takes it without a complaint.
  const other = new BoardPage(await browser.newPage());
  await other.open();
  await importAs(other.page, copy.name, copy.text, null);
  await expect(other.cardButton('Ledger Desktop')).toBeVisible();
  await other.page.close();
});

test('a backup restored as a new plan keeps every kind of record', async ({ board, page }) => {
  await loadSampleWithEveryKind(board);
  const original = await exportPlan(page);
  // Replacing the plan with its own file keeps its state as a backup first.
  await importAs(page, 'same.lcplan', original.text, /^Replace/);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  const backups = page.getByRole('dialog', { name: 'Restore from backup' });
  await backups
    .locator('.backup-item')
    .filter({ hasText: 'Before replacing with same.lcplan' })
    .getByRole('button', { name: 'Restore as new plan' })
    .click();
  await expect(page.getByRole('button', { name: /^Plan: My portfolio \(backup of/ })).toBeVisible();
  expect(counts((await exportPlan(page)).text)).toEqual(counts(original.text));
});

test('merging a colleague’s copy keeps both sides’ edits and labels each change truly', async ({
  board,
  page,
  browser,
}) => {
  await board.loadSample();
  const shared = await exportPlan(page);

  // The colleague imports the shared file, edits, and sends their copy back.
  const theirs = new BoardPage(await (await browser.newContext()).newPage());
  await theirs.open();
  await importAs(theirs.page, shared.name, shared.text, null);
  await editProductDetails(theirs, 'Cash Flow Forecast', {
    Owner: 'Lena Park',
    Tags: 'cash, forecasting',
  });
  await editProductDetails(theirs, 'Payroll Lite', { Summary: 'Payroll for teams of up to 50.' });
  const returned = await exportPlan(theirs.page);
  expect(JSON.parse(returned.text)).toMatchObject({
    version: 3,
    base: createHash('sha256').update(shared.text).digest('hex'),
  });
  await theirs.page.context().close();

  // Meanwhile, here: one product only we touch, one field of a product they touch too.
  await editProductDetails(board, 'Receipt Scanner', { Owner: 'Amara Okafor-Lee' });
  await editProductDetails(board, 'Cash Flow Forecast', {
    Summary: 'Thirteen weeks of cash, daily.',
  });
  await editProductDetails(board, 'Payroll Lite', { Summary: 'Payroll for small teams.' });

  await importFile(page, 'from-lena.lcplan', returned.text);
  const dialog = page.getByRole('dialog', { name: 'Import “from-lena.lcplan”' });
  await dialog.getByRole('radio', { name: /^Merge into/ }).check();
  await expect(dialog.getByText('0 added · 1 changed · 0 removed · 1 conflict')).toBeVisible();
  const changed = dialog.getByRole('region', { name: 'Changed' });
  await expect(changed).toContainText('Cash Flow Forecast');
  await expect(changed).toContainText(
    'they changed Owner and Tags; your change of Summary is kept too',
  );
  const conflict = dialog.getByRole('region', { name: 'Conflict' });
  await expect(conflict).toContainText('Payroll Lite');
  await expect(conflict).not.toContainText('Receipt Scanner');
  await expect(dialog.getByRole('region', { name: 'Changed' })).not.toContainText('Payroll Lite');
  const summary = conflict.getByRole('group', { name: 'Summary' });
  await expect(summary.getByRole('radio', { name: /^Yours/ })).toHaveAccessibleName(
    /Payroll for small teams\./,
  );
  await summary.getByRole('radio', { name: /^Theirs/ }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const merged = planRecords((await exportPlan(page)).text) as {
    products: { name: string; owner: string; summary: string; tags: string[] }[];
  };
  const product = (name: string) => merged.products.find((p) => p.name === name);
  expect(product('Cash Flow Forecast')).toMatchObject({
    owner: 'Lena Park',
    tags: ['cash', 'forecasting'],
    summary: 'Thirteen weeks of cash, daily.',
  });
  expect(product('Payroll Lite')?.summary).toBe('Payroll for teams of up to 50.');
  expect(product('Receipt Scanner')?.owner).toBe('Amara Okafor-Lee');
});

test('a file with a milestone in year 0 is refused, saying where, and the board still draws', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const file = planRecords((await exportPlan(page)).text) as PlanJson & {
    milestones: { date: string }[];
  };
  const [first] = file.milestones;
  if (first) first.date = '0000-02-29';
  await importFile(page, 'year-zero.lcplan', diskText(file));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('milestones[0].date');
  await expect(alert).toContainText('from 1900-01-01 to 2199-12-31');
  await expect(alert).toContainText('Nothing was imported.');
  await expect(board.cardButton('Ledger Desktop')).toBeVisible();
});
