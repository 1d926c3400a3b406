/**
 * Each test gets a fresh browser context (its own IndexedDB, so tests never share data) and
 * fails on any page error or console error, which is how a CSP violation or a crash shows.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const STAGE_NAMES = ['Ideation', 'Development', 'Launch', 'Growth', 'Maturity', 'Decline'];

export class BoardPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.column('Ideation')).toBeVisible();
  }

  column(stage: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${stage}\\b`) });
  }

  /** The card (list item) whose name button starts with `name`. */
  card(name: string): Locator {
    return this.page.locator('li.card').filter({ has: this.cardButton(name) });
  }

  cardButton(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async cardNames(stage: string): Promise<string[]> {
    return this.column(stage).locator('button.card-name').allInnerTexts();
  }

  async createProduct(name: string, fields: { owner?: string; tags?: string } = {}) {
    await this.page.getByRole('button', { name: 'New product', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New product' });
    await dialog.getByLabel('Name').fill(name);
    if (fields.owner) await dialog.getByLabel('Owner').fill(fields.owner);
    if (fields.tags) await dialog.getByLabel('Tags').fill(fields.tags);
    await dialog.getByLabel('Name').press('Enter');
    await expect(dialog).toBeHidden();
    await expect(
      this.page
        .locator('li.card')
        .filter({ hasText: name.slice(0, 40) })
        .first(),
    ).toBeVisible();
  }

  async loadSample() {
    await this.page.getByRole('button', { name: 'Load sample portfolio' }).click();
    await expect(this.cardButton('Ledger Desktop')).toBeVisible();
  }

  /** The open product workspace, named by its product. */
  workspace(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  /** Opens the product from its card and then one section of its workspace. */
  async openSection(productName: string, section: string): Promise<Locator> {
    await this.cardButton(productName).click();
    const workspace = this.workspace(productName);
    await workspace
      .getByRole('navigation', { name: 'Product sections' })
      .getByRole('button', { name: section, exact: true })
      .click();
    await expect(workspace.getByRole('heading', { level: 2, name: section })).toBeVisible();
    return workspace;
  }

  async backToBoard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back to board' }).click();
    await expect(this.column('Ideation')).toBeVisible();
  }

  liveRegion(): Locator {
    return this.page.locator('[aria-live="polite"]').first();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const test = base.extend<{ board: BoardPage }>({
  board: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      problems.push(`unexpected browser dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const board = new BoardPage(page);
    await board.open();
    await use(board);
    expect(problems, 'the page reported errors').toEqual([]);
  },
});

export { expect };
