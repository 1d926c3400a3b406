import { expect, test } from './fixtures';

const HOSTILE = [
  '<img src=x onerror="document.title=\'pwned\'">',
  '<script>document.title="pwned"</script>',
  '🚀🔥 Rocket launch 👩🏽‍🚀',
  'منتج التحليلات الجديد',
  '&lt;b&gt;entity&lt;/b&gt;',
];

test('names with markup, emoji and right-to-left text show as typed and never run', async ({
  board,
  page,
}) => {
  const widthBefore = await board
    .column('Ideation')
    .evaluate((el) => el.getBoundingClientRect().width);
  for (const name of HOSTILE) await board.createProduct(name);
  await expect.poll(() => board.cardNames('Ideation')).toEqual(HOSTILE);
  await expect(page).toHaveTitle('Lifecycle Planner');
  await expect(page.locator('li.card img, li.card script')).toHaveCount(0);
  const widthAfter = await board
    .column('Ideation')
    .evaluate((el) => el.getBoundingClientRect().width);
  expect(widthAfter).toBe(widthBefore);
});

test('a 10,000-character name fits its card without widening the board', async ({
  board,
  page,
}) => {
  const boardWidth = await page.locator('.board').evaluate((el) => el.scrollWidth);
  const name = `Long${'x'.repeat(9_996)}`;
  await board.createProduct(name);
  const card = board.card('Long');
  await expect(card).toBeVisible();
  expect(await page.locator('.board').evaluate((el) => el.scrollWidth)).toBe(boardWidth);
  const cardBox = await card.boundingBox();
  expect(cardBox?.height ?? 0).toBeLessThan(200);
  // The whole name is kept, only clamped on screen.
  await board.cardButton('Long').click();
  await expect(page.getByRole('article').getByLabel('Name')).toHaveValue(name);
});
