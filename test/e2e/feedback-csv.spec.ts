/**
 * Feedback from a survey's CSV export: the columns are mapped, bad rows are listed by line
 * before anything is written, the good rows come in as one step that one undo takes back.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BoardPage } from './fixtures';

const shots = join(tmpdir(), 'lifecycle-planner-screens', '/');

// As European Excel saves it: a byte-order mark, semicolons, a quoted line break, blank rows.
const SURVEY = [
  '\uFEFFRespondent;What should we improve?;Submitted;NPS',
  'Müller GmbH;"Exports time out;\nevery Monday";01.03.2026;3',
  ';;;',
  'Schmidt & Co;Dark mode please;02.03.2026;9',
  'Weber AG;Faster search;31.02.2026;7',
  'Becker;;03.03.2026;8',
  '',
].join('\r\n');

async function openImport(board: BoardPage) {
  await board.createProduct('Ledger Desktop');
  const workspace = await board.openSection('Ledger Desktop', 'Feedback');
  await workspace.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = board.page.getByRole('dialog', { name: 'Import feedback from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'survey-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SURVEY, 'utf8'),
  });
  return { workspace, dialog };
}

test('a survey export comes in after mapping, its bad rows listed, in one undo step', async ({
  board,
  page,
}) => {
  const { workspace, dialog } = await openImport(board);
  await expect(
    dialog.getByText('survey-export.csv: 4 rows, cells separated by semicolons'),
  ).toBeVisible();
  await expect(dialog.getByLabel('Quote column')).toHaveValue('1');
  await expect(dialog.getByLabel('Customer column')).toHaveValue('0');
  await expect(dialog.getByLabel('Date column')).toHaveValue('2');
  await expect(dialog.getByLabel('Sentiment column')).toHaveValue('3');

  await expect(dialog.getByRole('heading', { name: '1 row cannot be imported' })).toBeVisible();
  await expect(dialog.getByText(/^Line 6: “31\.02\.2026” is not a date/)).toBeVisible();
  await expect(dialog.getByText('Line 7 has no quote and is left out.')).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Preview: 2 entries' })).toBeVisible();

  // Without a quote column there is nothing to import.
  await dialog.getByLabel('Quote column').selectOption({ label: 'Choose a column' });
  await expect(dialog.getByText('Choose the column that holds what customers said.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await dialog.getByLabel('Quote column').selectOption({ label: 'What should we improve?' });

  await dialog.getByRole('button', { name: 'Import 2 entries, leave out 1' }).click();
  await expect(dialog).toBeHidden();
  await expect(workspace.getByText('Dark mode please')).toBeVisible();
  await expect(workspace.getByText(/Exports time out;\s*every Monday/)).toBeVisible();
  await expect(workspace.getByText('Faster search')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(workspace.getByText('Dark mode please')).toHaveCount(0);
  await expect(workspace.getByText(/Exports time out/)).toHaveCount(0);
});

test('a file with an unclosed quote is refused, naming the line', async ({ board }) => {
  await board.createProduct('Ledger Desktop');
  const workspace = await board.openSection('Ledger Desktop', 'Feedback');
  await workspace.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = board.page.getByRole('dialog', { name: 'Import feedback from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Name,Quote\nAna,"never closed\nBob,Fine\n', 'utf8'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    /^Could not read “broken\.csv”: Line 2: a quoted cell is never closed/,
  );
  await expect(dialog.getByRole('button', { name: /^Import/ })).toBeDisabled();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the CSV import dialog in the ${scheme} theme`, async ({ board, page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 900 });
    const { dialog } = await openImport(board);
    await expect(dialog.getByRole('heading', { name: 'Preview: 2 entries' })).toBeVisible();
    await page.screenshot({ path: `${shots}csv-${scheme}.png` });
  });
}
