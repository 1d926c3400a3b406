/** Reaching a section of a product's workspace, as a user does: card, then section nav. */
import type { Locator, Page } from '@playwright/test';
import { BoardPage, expect } from './fixtures';

export function openWorkspaceSection(
  page: Page,
  productName: string,
  sectionName: string,
): Promise<Locator> {
  return new BoardPage(page).openSection(productName, sectionName);
}

/** Changes fields of a product's details in its Overview, saves, and goes back to the board. */
export async function editProductDetails(
  board: BoardPage,
  product: string,
  fields: Record<string, string>,
): Promise<void> {
  const workspace = await board.openSection(product, 'Overview');
  for (const [label, value] of Object.entries(fields)) {
    await workspace.getByLabel(label, { exact: true }).fill(value);
  }
  await workspace.getByRole('button', { name: 'Save changes' }).click();
  const [first] = Object.entries(fields);
  if (first) await expect(workspace.getByLabel(first[0], { exact: true })).toHaveValue(first[1]);
  await board.backToBoard();
}

/** Moves the open product to `stage` from its Overview, in one choice as a user does. */
export async function moveFromWorkspace(workspace: Locator, stage: string): Promise<void> {
  await workspace.getByRole('button', { name: /move to another stage/ }).click();
  await workspace.page().getByRole('menuitem', { name: stage, exact: true }).click();
  await workspace.page().getByRole('menu').waitFor({ state: 'hidden' });
}
