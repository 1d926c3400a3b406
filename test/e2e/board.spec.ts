import { STAGE_NAMES, expect, test } from './fixtures';

test('a first start shows six empty stages in lifecycle order and offers a sample', async ({
  board,
  page,
}) => {
  const regions = page.getByRole('region');
  const names = await regions.evaluateAll((els) =>
    els.map(
      (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
    ),
  );
  expect(names.filter((n) => STAGE_NAMES.some((s) => n.startsWith(s)))).toHaveLength(6);
  for (const [i, stage] of STAGE_NAMES.entries()) {
    await expect(board.column(stage)).toHaveAccessibleName(new RegExp(`^${stage}`));
    await expect(page.locator('section.column').nth(i)).toHaveAttribute(
      'data-stage',
      stage.toLowerCase(),
    );
  }
  await expect(page.getByText('This plan has no products yet')).toBeVisible();

  await board.loadSample();
  const counts = await Promise.all(
    STAGE_NAMES.map((s) => board.column(s).locator('li.card').count()),
  );
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(8);
  expect(counts.every((c) => c > 0)).toBe(true);
  await expect(board.column('Growth')).toHaveAccessibleName(`Growth ${counts[3]} products`);
  await expect(page.getByText('This plan has no products yet')).toBeHidden();
});

test('creating a product puts its card in Ideation with owner, tags and time in stage', async ({
  board,
}) => {
  await board.createProduct('Acme Analytics', { owner: 'Grace Hopper', tags: 'web, B2B' });
  const card = board.card('Acme Analytics');
  await expect(
    board.column('Ideation').getByRole('button', { name: /^Acme Analytics/ }),
  ).toBeVisible();
  await expect(card).toContainText('Grace Hopper');
  await expect(card).toContainText('web');
  await expect(card).toContainText('B2B');
  await expect(card).toContainText('today in stage');
  await expect(board.cardButton('Acme Analytics')).toBeFocused();
});

test('an empty or blank name is refused inline and nothing is created', async ({ board }) => {
  const { page } = board;
  await page.getByRole('button', { name: 'New product', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New product' });
  await dialog.getByLabel('Name').press('Enter');
  await expect(dialog.getByText('Give the product a name.')).toBeVisible();
  await dialog.getByLabel('Name').fill('    ');
  await dialog.getByRole('button', { name: 'Create product' }).click();
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('li.card')).toHaveCount(0);
});

test("a column's own add button creates the product in that stage", async ({ board, page }) => {
  await page.getByRole('button', { name: 'Add product to Launch' }).click();
  const dialog = page.getByRole('dialog', { name: 'New product' });
  await expect(dialog).toContainText('Launch');
  await dialog.getByLabel('Name').fill('Go-to-market kit');
  await dialog.getByLabel('Name').press('Enter');
  await expect.poll(() => board.cardNames('Launch')).toEqual(['Go-to-market kit']);
});

test('search filters cards by name, owner or tag as you type', async ({ board, page }) => {
  await board.loadSample();
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('ledger');
  await expect(page.locator('li.card')).toHaveCount(1);
  await expect(board.liveRegion()).toHaveText('1 product matches.');
  await search.fill('daniel');
  await expect(page.locator('li.card')).toHaveCount(2);
  await search.fill('b2b');
  await expect(page.locator('li.card')).toHaveCount(3);
  await search.fill('no such product');
  await expect(page.locator('li.card')).toHaveCount(0);
  await expect(board.liveRegion()).toHaveText('No products match.');
  await expect(board.column('Growth')).toContainText('No matches in this stage.');
  // The first Escape closes the list of results, the second clears the field.
  await search.press('Escape');
  await expect(search).toHaveValue('no such product');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page.locator('li.card')).toHaveCount(10);
});

test('editing, archiving and the archive filter', async ({ board, page }) => {
  await board.createProduct('Draft name');
  await board.cardButton('Draft name').click();
  const workspace = board.workspace('Draft name');
  await workspace.getByLabel('Name').fill('Final name');
  await workspace.getByLabel('Summary').fill('Now with a summary.');
  await workspace.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Final name' })).toBeVisible();
  await board.backToBoard();
  await expect(board.card('Final name')).toContainText('Now with a summary.');

  await board
    .card('Final name')
    .getByRole('button', { name: /^Actions for / })
    .click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(board.card('Final name')).toHaveCount(0);
  await expect(page.locator('.toast')).toContainText('Archived “Final name”.');
  await expect(board.liveRegion()).toHaveText('Archived “Final name”.');

  await page.getByRole('button', { name: /Show archived/ }).click();
  await expect(board.card('Final name')).toContainText('Archived');
  await board
    .card('Final name')
    .getByRole('button', { name: /^Actions for / })
    .click();
  await page.getByRole('menuitem', { name: 'Unarchive' }).click();
  await page.getByRole('button', { name: /Show archived/ }).click();
  await expect(board.card('Final name')).toBeVisible();
});

test('plans: create, rename, switch, and delete with confirmation', async ({ board, page }) => {
  await board.createProduct('In the first plan');
  const switcher = page.getByRole('button', { name: /^Plan: / });
  await expect(switcher).toHaveAccessibleName('Plan: My portfolio');

  await switcher.click();
  await page.getByRole('menuitem', { name: 'New plan…' }).click();
  await page
    .getByRole('dialog', { name: 'New plan' })
    .getByLabel('Plan name')
    .fill('Platform bets');
  await page.getByRole('dialog', { name: 'New plan' }).getByLabel('Plan name').press('Enter');
  await expect(switcher).toHaveAccessibleName('Plan: Platform bets');
  await expect(page.locator('li.card')).toHaveCount(0);

  await switcher.click();
  await page.getByRole('menuitem', { name: 'Rename plan…' }).click();
  await page
    .getByRole('dialog', { name: 'Rename plan' })
    .getByLabel('Plan name')
    .fill('Platform bets 2027');
  await page
    .getByRole('dialog', { name: 'Rename plan' })
    .getByRole('button', { name: 'Rename' })
    .click();
  await expect(switcher).toHaveAccessibleName('Plan: Platform bets 2027');

  await switcher.click();
  await page.getByRole('menuitemradio', { name: 'My portfolio' }).click();
  await expect(board.cardButton('In the first plan')).toBeVisible();

  await switcher.click();
  await page.getByRole('menuitem', { name: 'Delete plan…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this plan?' });
  await expect(confirm).toContainText('1 product');
  await confirm.getByRole('button', { name: 'Keep plan' }).click();
  await expect(board.cardButton('In the first plan')).toBeVisible();

  await switcher.click();
  await page.getByRole('menuitem', { name: 'Delete plan…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete plan' }).click();
  await expect(switcher).toHaveAccessibleName('Plan: Platform bets 2027');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Plan: / })).toHaveAccessibleName(
    'Plan: Platform bets 2027',
  );
  await page.getByRole('button', { name: /^Plan: / }).click();
  await expect(page.getByRole('menuitemradio')).toHaveCount(1);
});

test('a card a search brings back is drawn with its signals, not without them first', async ({
  board,
  page,
}) => {
  await board.loadSample();
  const cards = page.locator('li.card');
  const signalled = page.locator('li.card:has(ul.card-signals)');
  await expect.poll(() => signalled.count()).toBeGreaterThan(1);
  const ids = await signalled.evaluateAll((found) =>
    found.map((card) => card.getAttribute('data-product-id')),
  );
  // Each card the board puts on the page from now on, and whether it had its signals then.
  await page.evaluate(() => {
    const drawn: { id: string | null; signals: boolean }[] = [];
    Object.assign(window, { drawnCards: drawn });
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof HTMLElement)) continue;
        for (const card of node.matches('li.card') ? [node] : node.querySelectorAll('li.card')) {
          const signals = card.querySelector('ul.card-signals') !== null;
          drawn.push({ id: card.getAttribute('data-product-id'), signals });
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('ledger');
  await expect(cards).toHaveCount(1);
  await search.fill('');
  await expect(cards).toHaveCount(10);
  const drawn = await page.evaluate(
    () =>
      (window as unknown as { drawnCards: { id: string | null; signals: boolean }[] }).drawnCards,
  );
  const back = drawn.filter((card) => ids.includes(card.id));
  expect(back.length).toBeGreaterThan(1);
  expect(back.filter((card) => !card.signals)).toEqual([]);
});
