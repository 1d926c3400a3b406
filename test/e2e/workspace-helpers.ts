/** Reaching a section of a product's workspace, as a user does: card, then section nav. */
import type { Locator, Page } from '@playwright/test';
import { BoardPage } from './fixtures';

export function openWorkspaceSection(
  page: Page,
  productName: string,
  sectionName: string,
): Promise<Locator> {
  return new BoardPage(page).openSection(productName, sectionName);
}

/** Moves the open product to `stage` from its Overview, in one choice as a user does. */
export async function moveFromWorkspace(workspace: Locator, stage: string): Promise<void> {
  await workspace.getByRole('button', { name: /move to another stage/ }).click();
  await workspace.page().getByRole('menuitem', { name: stage, exact: true }).click();
  await workspace.page().getByRole('menu').waitFor({ state: 'hidden' });
}
