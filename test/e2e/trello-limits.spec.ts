/**
 * A Trello board with a due date of 30 February and a 12,000-character checklist item: the
 * preview says what is left out and what is cut, and the imported plan exports as a file the
 * app imports again (it used to refuse it: "at most 10,000 characters").
 */
import type { Page, TestInfo } from '@playwright/test';
import { parsePlanText } from '../../shared/plan-file/parse';
import { loadFixture, makeCard } from '../unit/plan-file/trello-factories';
import { expect, test } from './fixtures';
import { exportPlan, importFile } from './plan-io-helpers';

async function pictures(page: Page, testInfo: TestInfo, name: string) {
  if (!process.env.DIALOG_SCREENSHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

type Json = Record<string, unknown>;

test('a Trello import leaves out impossible dates, cuts what is too long, and exports cleanly', async ({
  board,
  page,
}, testInfo) => {
  const real = loadFixture('wekan_trello-project100.json') as Json & {
    cards: Json[];
    lists: Json[];
  };
  const listId = (real.lists[0] as Json).id as string;
  const exported = {
    ...real,
    cards: [
      ...real.cards,
      makeCard('crafted-1', 'Payroll export', listId, 1e9, { due: '2026-02-30T09:00:00.000Z' }),
    ],
    checklists: [
      {
        id: 'crafted-k',
        idCard: 'crafted-1',
        name: 'Checks',
        pos: 1,
        checkItems: [{ id: 'crafted-i', name: 'C'.repeat(12_000), state: 'complete', pos: 1 }],
      },
    ],
  };
  await importFile(page, 'board.json', JSON.stringify(exported));
  await page
    .getByRole('dialog', { name: 'Import a Trello board' })
    .getByRole('button', { name: 'Continue' })
    .click();
  const preview = page.getByRole('dialog', { name: 'Import “board.json”' });
  const notCarried = preview.getByRole('region', { name: 'Not carried over' });
  await expect(notCarried).toContainText(
    '1 due date that is not a real day was left out, not moved to another day: "Payroll export" ("2026-02-30T09:00:00.000Z").',
  );
  await expect(notCarried).toContainText(
    '1 checklist item too long for a checklist was shortened to 10,000 characters.',
  );
  await pictures(page, testInfo, 'trello-preview');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(board.cardButton('Payroll export')).toBeVisible();

  const file = await exportPlan(page);
  const parsed = parsePlanText(file.text);
  expect(parsed.ok ? null : parsed.problem.message).toBeNull();
  if (!parsed.ok) return;
  const payroll = parsed.file.products.find((p) => p.name === 'Payroll export');
  expect(parsed.file.milestones.filter((m) => m.productId === payroll?.id)).toEqual([]);
  const items = parsed.file.checklistItems.filter((i) => i.productId === payroll?.id);
  expect(items.map((i) => i.text.length)).toEqual([10_000]);
});
