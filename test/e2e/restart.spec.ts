/**
 * Closing the browser and starting it again on the same profile, as a user restarts the app:
 * the plans and their products are where they were left.
 */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { BoardPage, expect, test } from './fixtures';

test('everything survives closing and restarting the browser', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'planner-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { ...config.use?.launchOptions, baseURL });
  try {
    const first = await launch();
    const board = new BoardPage(first.pages()[0] ?? (await first.newPage()));
    await board.open();
    await board.createProduct('Survivor', { owner: 'Ada' });
    await board.cardButton('Survivor').press('Alt+ArrowRight');
    await expect(
      board.column('Development').getByRole('button', { name: /^Survivor/ }),
    ).toBeFocused();
    await first.close();

    const second = await launch();
    const again = new BoardPage(second.pages()[0] ?? (await second.newPage()));
    await again.open();
    await expect(
      again.column('Development').getByRole('button', { name: /^Survivor/ }),
    ).toBeVisible();
    await expect(again.card('Survivor')).toContainText('Ada');
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
