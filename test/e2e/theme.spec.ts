/**
 * Themes follow the system until the user picks one; the README's screenshots of the board,
 * a workspace and the timeline are taken here, from the web build, in both themes.
 */
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system and the toggle overrides it, remembered after reload', async ({
  board,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).not.toBe(dark);

  const toggle = page.getByRole('button', { name: /^Theme: / });
  await expect(toggle).toHaveAccessibleName('Theme: System');
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(board.column('Ideation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the sample board in the ${scheme} theme (README screenshot)`, async ({ board, page }) => {
    await page.setViewportSize({ width: 1440, height: 820 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await board.loadSample();
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.locator('li.card')).toHaveCount(10);
    // Every card sits inside the window: nothing spills off the right edge at laptop width.
    const overflow = await page.locator('.board').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screenshotDir}board-${scheme}.png` });

    // The workspace's backlog and the timeline, for the README too.
    await board.openSection('Ledger Desktop', 'Backlog');
    await expect(page.getByRole('textbox', { name: 'Title of Bank rules' })).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}workspace-${scheme}.png` });
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Timeline' })
      .click();
    await expect(page.locator('li[data-product-id]').first()).toBeVisible();
    await page.screenshot({ path: `${screenshotDir}timeline-${scheme}.png` });
  });
}
