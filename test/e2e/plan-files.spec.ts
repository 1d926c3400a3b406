import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PLAN_FILE_VERSION } from '../../shared/plan-file/types';
import { BoardPage, expect, test } from './fixtures';
import { diskText, planRecords } from '../support/plan-json';
import { dumpDatabase, exportFromMenu, exportPlan, importFile } from './plan-io-helpers';

const badPlans = fileURLToPath(new URL('../fixtures/bad-plans/', import.meta.url));

test('export, import into an empty database, export again: the same bytes', async ({
  board,
  page,
  browser,
}) => {
  await board.loadSample();
  const first = await exportPlan(page);
  expect(first.name).toBe('My portfolio.lcplan');
  expect(JSON.parse(first.text)).toMatchObject({
    format: 'lifecycle-plan',
    version: PLAN_FILE_VERSION,
  });

  const fresh = await browser.newPage();
  const freshBoard = new BoardPage(fresh);
  await freshBoard.open();
  await importFile(fresh, first.name, first.text);
  const dialog = fresh.getByRole('dialog', { name: `Import “${first.name}”` });
  await expect(dialog.locator('.import-plan-name')).toHaveText('My portfolio');
  await expect(dialog.getByRole('definition').nth(1)).toHaveText('11');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(freshBoard.cardButton('Ledger Desktop')).toBeVisible();
  const second = await exportPlan(fresh);
  expect(second.text).toBe(first.text);
  await fresh.close();
});

test('re-importing a plan that is here offers merge and replace, and merging twice changes nothing', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const exported = await exportPlan(page);
  const edited = planRecords(exported.text) as {
    base: string | null;
    products: { name: string; updatedAt: string }[];
  };
  // As a colleague's app writes it: descended from the copy exported here (its fingerprint,
  // the SHA-256 of the file as written without a base), so a merge can tell who changed what.
  expect(edited.base).toBeNull();
  edited.base = createHash('sha256').update(exported.text, 'utf8').digest('hex');
  const product = edited.products.find((p) => p.name === 'Fax Gateway');
  if (!product) throw new Error('sample has no Fax Gateway');
  product.name = 'Fax Gateway Classic';
  product.updatedAt = new Date(Date.now() + 60_000).toISOString();
  const text = diskText(edited);

  await importFile(page, 'colleague.lcplan', text);
  const dialog = page.getByRole('dialog', { name: 'Import “colleague.lcplan”' });
  await expect(dialog.getByRole('radio', { name: 'As a new copy' })).toBeChecked();
  await expect(dialog.getByText('0 added · 1 changed · 0 removed · 0 conflicts')).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Changed' })).toContainText(
    'Fax Gateway Classic',
  );
  await dialog.getByRole('radio', { name: /^Merge into/ }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(board.cardButton('Fax Gateway Classic')).toBeVisible();
  await page.getByRole('button', { name: /^Plan: / }).click();
  await expect(page.getByRole('menuitemradio')).toHaveCount(1);
  await page.keyboard.press('Escape');

  const before = await dumpDatabase(page);
  await importFile(page, 'colleague.lcplan', text);
  await expect(page.getByText('Nothing differs: merging would change nothing.')).toBeVisible();
  await page.getByRole('radio', { name: /^Merge into/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  // The plan is as it was; only when the shared copy was last seen moves on.
  const lastSeenAside = (dump: Awaited<ReturnType<typeof dumpDatabase>>) =>
    JSON.stringify(dump).replace(/"at":"[^"]*"/g, '"at":"…"');
  expect(lastSeenAside(await dumpDatabase(page))).toBe(lastSeenAside(before));
});

test('replace keeps a backup that restores the plan as it was; an import undoes in one step', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const exported = await exportPlan(page);
  const slim = planRecords(exported.text) as Record<string, unknown> & {
    products: { archived: boolean; personaIds: string[]; competitorIds: string[] }[];
  };
  // Two products that show on the board (the sample has an archived one too), and nothing
  // else: every record that belonged to the others would no longer have its product.
  slim.products = slim.products
    .filter((p) => !p.archived)
    .slice(0, 2)
    .map((p) => ({ ...p, personaIds: [], competitorIds: [] }));
  for (const table of ['checklistItems', 'milestones', 'backlogItems', 'feedback', 'kpis']) {
    slim[table] = [];
  }
  for (const table of ['kpiValues', 'releases', 'experiments', 'personas', 'competitors']) {
    slim[table] = [];
  }
  await importFile(page, 'slim.lcplan', diskText(slim));
  await page.getByRole('radio', { name: /^Replace/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('li.card')).toHaveCount(2);

  await page.locator('body').press('Control+z');
  await expect(page.locator('li.card')).toHaveCount(10);

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
  const backups = page.getByRole('dialog', { name: 'Restore from backup' });
  const kept = backups
    .locator('.backup-item')
    .filter({ hasText: 'Before replacing with slim.lcplan' });
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('11 products');
  await kept.getByRole('button', { name: 'Restore as new plan' }).click();
  await expect(page.getByRole('button', { name: /^Plan: My portfolio \(backup of/ })).toBeVisible();
  await expect(page.locator('li.card')).toHaveCount(10);
});

test('a Trello board export is recognised, its lists mapped to stages, and what is left behind reported', async ({
  board,
  page,
}) => {
  const trello = readFileSync(
    fileURLToPath(new URL('../fixtures/trello/wekan_trello-project100.json', import.meta.url)),
  );
  const raw = JSON.parse(trello.toString('utf8')) as {
    name: string;
    lists: { id: string; closed: boolean }[];
    cards: { closed: boolean; idList: string }[];
  };
  const closedLists = new Set(raw.lists.filter((l) => l.closed).map((l) => l.id));
  await importFile(page, 'board.json', trello);
  const dialog = page.getByRole('dialog', { name: 'Import a Trello board' });
  await expect(dialog.getByRole('combobox')).toHaveCount(3);
  await dialog.getByRole('combobox', { name: 'Stage for In Progress' }).selectOption('Launch');
  await dialog.getByRole('button', { name: 'Continue' }).click();
  const preview = page.getByRole('dialog', { name: 'Import “board.json”' });
  await expect(preview.locator('.import-plan-name')).toHaveText(raw.name);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    `Plan: ${raw.name}`,
  );
  const open = raw.cards.filter((c) => !c.closed && !closedLists.has(c.idList)).length;
  await expect(page.locator('li.card')).toHaveCount(open);
  await expect(
    board.column('Launch').getByRole('button', { name: /^Visualize code/ }),
  ).toBeVisible();
  await expect(board.column('Ideation')).toBeVisible();
});

test('every file in the bad-plans corpus is refused with a message and leaves the data as it was', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const before = await dumpDatabase(page);
  const files = readdirSync(badPlans).filter((f) => f.endsWith('.lcplan'));
  expect(files.length).toBeGreaterThanOrEqual(10);
  for (const name of files) {
    await importFile(page, name, readFileSync(`${badPlans}${name}`));
    const alert = page.getByRole('alert');
    await expect(alert, name).toContainText(`Could not import “${name}”`);
    await expect(alert, name).toContainText('Nothing was imported.');
    await page.getByRole('button', { name: 'Dismiss error' }).click();
  }
  // The sample's own automatic backup may land meanwhile (after 20 s without edits); the
  // plan's data must not change.
  const withoutBackups = (dump: Record<string, unknown[]>) =>
    Object.fromEntries(Object.entries(dump).filter(([store]) => !store.startsWith('backup')));
  expect(withoutBackups(await dumpDatabase(page))).toEqual(withoutBackups(before));
});

test('a schema error names where it is', async ({ board }) => {
  const { page } = board;
  const file = {
    format: 'lifecycle-plan',
    version: 1,
    plan: {
      id: 'p',
      name: 'Bad',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
    products: [],
    checklistItems: [],
    milestones: [],
    deletions: [],
  };
  await importFile(
    page,
    'almost.lcplan',
    JSON.stringify({ ...file, plan: { ...file.plan, name: 42 } }),
  );
  await expect(page.getByRole('alert')).toContainText('plan.name');
});

test('Markdown and CSV exports are readable without the app and never run formulas', async ({
  board,
  page,
}) => {
  await board.createProduct('=HYPERLINK("http://evil.example")', {
    owner: 'Ada, Countess',
    tags: 'a, b',
  });
  const markdown = await exportFromMenu(page, 'Export as Markdown…');
  expect(markdown.name).toBe('My portfolio.md');
  expect(markdown.text).toContain('# My portfolio');
  const csv = await exportFromMenu(page, 'Export products as CSV…');
  expect(csv.name).toBe('My portfolio.csv');
  const lines = csv.text.split('\r\n');
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(lines[1]).toContain('"Ada, Countess"');
});

test('a plan file dropped on the window can be imported through the preview', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const exported = await exportPlan(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.lcplan'));
    return transfer;
  }, exported.text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  // A plan file could also be opened as a document; this one is imported.
  await page
    .getByRole('dialog', { name: 'Open or import “dropped.lcplan”?' })
    .getByRole('button', { name: 'Import…' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Import “dropped.lcplan”' })).toBeVisible();
});
