/**
 * A plan that fails to draw must not take the window with it: the plan menu stays usable to
 * open or delete another plan, the failure is said in an alert naming what failed, and a
 * reload opens a plan that works instead of failing the same way for good.
 *
 * The damage is real, not a test hook: a product record whose stage this version does not
 * know (as written by a newer version, or damaged on disk), put straight into IndexedDB, as
 * storage can hold anything. The board cannot place such a card and throws while drawing.
 */
import type { Page, TestInfo } from '@playwright/test';
import { BoardPage, expect, test } from './fixtures';

async function pictures(page: Page, testInfo: TestInfo, name: string) {
  if (!process.env.DIALOG_SCREENSHOTS) return;
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Errors the page reports, other than the draw failure the test causes on purpose. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // The failing board is logged (by React and by the boundary); anything else is a problem.
    if (message.type() === 'error' && !/reading 'push'|failed to draw/.test(text)) {
      problems.push(`console error: ${text}`);
    }
  });
  return problems;
}

/** Gives the named product a stage no version of the app has, straight in IndexedDB. */
async function damageProduct(page: Page, name: string) {
  await page.evaluate(
    (productName) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lifecycle-planner');
        request.onerror = () => reject(request.error ?? new Error('could not open'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('products', 'readwrite');
          const store = tx.objectStore('products');
          const all = store.getAll();
          all.onsuccess = () => {
            const product = (all.result as { name: string; stage: string }[]).find(
              (p) => p.name === productName,
            );
            if (!product) return reject(new Error(`no product ${productName}`));
            store.put({ ...product, stage: 'sunset' });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    name,
  );
}

async function newPlan(page: Page, name: string) {
  await page.getByRole('button', { name: /^Plan: / }).click();
  await page.getByRole('menuitem', { name: 'New plan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill(name);
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(`Plan: ${name}`);
}

async function switchTo(page: Page, name: string) {
  await page.getByRole('button', { name: /^Plan: / }).click();
  await page.getByRole('menuitemradio', { name }).click();
}

test('a plan that fails to draw leaves the plan menu working, and a reload opens another plan', async ({
  page,
}, testInfo) => {
  const problems = watchProblems(page);
  const board = new BoardPage(page);
  await board.open();
  await board.createProduct('Stays fine');
  await newPlan(page, 'Damaged plan');
  await board.createProduct('Broken card');
  await damageProduct(page, 'Broken card');
  await page.reload();

  const failure = page.getByRole('alert').filter({ hasText: 'could not be drawn' });
  await expect(failure).toContainText('The board of “Damaged plan” could not be drawn');
  await expect(failure).toContainText('Use the plan menu above to open another plan');
  await expect(failure).toContainText(
    "What failed: Cannot read properties of undefined (reading 'push')",
  );
  await pictures(page, testInfo, 'plan-failed');

  // Another plan opens from the menu, and draws.
  await switchTo(page, 'My portfolio');
  await expect(board.cardButton('Stays fine')).toBeVisible();
  await expect(failure).toHaveCount(0);

  // Back to the damaged plan, which fails again; a reload then lands on the working plan.
  await switchTo(page, 'Damaged plan');
  await expect(failure).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    'Plan: My portfolio',
  );
  await expect(board.cardButton('Stays fine')).toBeVisible();

  // The damaged plan can be deleted from the menu while it shows its failure.
  await switchTo(page, 'Damaged plan');
  await expect(failure).toBeVisible();
  await page.getByRole('button', { name: /^Plan: / }).click();
  await page.getByRole('menuitem', { name: 'Delete plan…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete this plan?' })
    .getByRole('button', { name: 'Delete plan' })
    .click();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    'Plan: My portfolio',
  );
  await expect(board.cardButton('Stays fine')).toBeVisible();
  await page.getByRole('button', { name: /^Plan: / }).click();
  await expect(page.getByRole('menuitemradio')).toHaveText(['My portfolio']);
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});

test('when the only plan fails to draw, a reload opens a new empty plan and keeps the other', async ({
  page,
}) => {
  const problems = watchProblems(page);
  const board = new BoardPage(page);
  await board.open();
  await board.createProduct('Broken card');
  await damageProduct(page, 'Broken card');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'The board of “My portfolio” could not be drawn',
  );

  await page.reload();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    'Plan: New plan',
  );
  await expect(page.getByRole('button', { name: 'Load sample portfolio' })).toBeVisible();
  await page.getByRole('button', { name: /^Plan: / }).click();
  await expect(page.getByRole('menuitemradio')).toHaveText(['My portfolio', 'New plan']);
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});
